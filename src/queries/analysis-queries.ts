import { queryOptions } from '@tanstack/react-query';
import type { Database } from '../db/database';
import { activityCosts, programBudgets } from '../analyses/activities';
import { dimensions } from '../analyses/dimensions';
import { indicatorResults } from '../analyses/indicators';
import { policyRollup } from '../analyses/policy';
import { programScorecard, underperformers } from '../analyses/programs';
import { targetRevisions } from '../analyses/revisions';
import type { Scope } from '../analyses/scope';
import { sheetDocument } from '../analyses/sheet';
import { indicatorSeries, programSeries } from '../analyses/trends';

/**
 * One queryOptions factory per analysis. Keys: ['analysis', name, parameters, datasetVersion] — the version makes a
 * persisted result unusable as soon as the data changes. Until DuckDB is ready (db null) a query only serves its
 * persisted cache.
 */
export interface DataRef {
  db: Database | null;
  version: string | null;
}

function analysis<T>(ds: DataRef, name: string, params: unknown, run: (db: Database) => Promise<T>) {
  return queryOptions({
    queryKey: ['analysis', name, params, ds.version] as const,
    queryFn: () => run(ds.db!),
    enabled: ds.db !== null && ds.version !== null,
  });
}

export const dimensionsQuery = (ds: DataRef) => analysis(ds, 'dimensions', null, (db) => dimensions(db));
export const policyQuery = (ds: DataRef, scope: Scope) => analysis(ds, 'policy', scope, (db) => policyRollup(db, scope));
export const scorecardQuery = (ds: DataRef, scope: Scope) => analysis(ds, 'programs', scope, (db) => programScorecard(db, scope));
export const underperformersQuery = (ds: DataRef, scope: Scope, limit = 10) =>
  analysis(ds, 'underperformers', { scope, limit }, (db) => underperformers(db, scope, undefined, limit));
export const indicatorsQuery = (ds: DataRef, scope: Scope) => analysis(ds, 'indicators', scope, (db) => indicatorResults(db, scope));
export const activityCostsQuery = (ds: DataRef, scope: Scope) => analysis(ds, 'activities', scope, (db) => activityCosts(db, scope));
export const programBudgetsQuery = (ds: DataRef, scope: Scope) => analysis(ds, 'program-budgets', scope, (db) => programBudgets(db, scope));
export const revisionsQuery = (ds: DataRef, scope: Scope) => analysis(ds, 'revisions', scope, (db) => targetRevisions(db, scope));
export const indicatorSeriesQuery = (ds: DataRef, program: string | null) =>
  analysis(ds, 'indicator-series', program, (db) => indicatorSeries(db, { program }));
export const programSeriesQuery = (ds: DataRef, program: string | null) => analysis(ds, 'program-series', program, (db) => programSeries(db, program));
export const sheetQuery = (ds: DataRef, year: number, sheetNo: string) =>
  analysis(ds, 'sheet', { year, sheetNo }, (db) => sheetDocument(db, year, sheetNo));

import { queryOptions } from '@tanstack/react-query';
import type { Database } from '../db/database';
import { activityCosts, programBudgets } from '../analyses/activities';
import { dimensions } from '../analyses/dimensions';
import { indicatorResults } from '../analyses/indicators';
import { policyRollup, type PolicyRow } from '../analyses/policy';
import { programScorecard, programTree, underperformers } from '../analyses/programs';
import { targetRevisions } from '../analyses/revisions';
import type { Scope, Thresholds } from '../analyses/scope';
import { sheetDocument } from '../analyses/sheet';
import { indicatorSeries, programSeries } from '../analyses/trends';

/**
 * One queryOptions factory per analysis. Keys: ['analysis', name, parameters, datasetVersion] — the version makes a
 * persisted result unusable as soon as the data changes. Every analysis whose figures can depend on the evaluation
 * thresholds carries them in its parameters (`thresholds`), so results computed under two settings are never mixed,
 * in memory or in the persisted cache. Until DuckDB is ready (db null) a query only serves its persisted cache.
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

/** A scope and the thresholds as one key part: the scope's fields stay at the top (`key[2].year`), beside `thresholds`. */
const scoped = (scope: Scope, thresholds: Thresholds) => ({ ...scope, thresholds });

export const dimensionsQuery = (ds: DataRef) => analysis(ds, 'dimensions', null, (db) => dimensions(db));
export const policyQuery = (ds: DataRef, scope: Scope, t: Thresholds) => analysis(ds, 'policy', scoped(scope, t), (db) => policyRollup(db, scope, t));
export const scorecardQuery = (ds: DataRef, scope: Scope, t: Thresholds) => analysis(ds, 'programs', scoped(scope, t), (db) => programScorecard(db, scope, t));
export const programTreeQuery = (ds: DataRef, scope: Scope, t: Thresholds) =>
  analysis(ds, 'program-tree', scoped(scope, t), (db) => programTree(db, scope, t));
export const underperformersQuery = (ds: DataRef, scope: Scope, t: Thresholds, limit = 10) =>
  analysis(ds, 'underperformers', { ...scoped(scope, t), limit }, (db) => underperformers(db, scope, t, limit));
export const indicatorsQuery = (ds: DataRef, scope: Scope, t: Thresholds) => analysis(ds, 'indicators', scoped(scope, t), (db) => indicatorResults(db, scope, t));
export const activityCostsQuery = (ds: DataRef, scope: Scope, t: Thresholds) => analysis(ds, 'activities', scoped(scope, t), (db) => activityCosts(db, scope, t));
export const programBudgetsQuery = (ds: DataRef, scope: Scope, t: Thresholds) =>
  analysis(ds, 'program-budgets', scoped(scope, t), (db) => programBudgets(db, scope, t));
/** Target revisions compare targets with targets: no threshold takes part. */
export const revisionsQuery = (ds: DataRef, scope: Scope) => analysis(ds, 'revisions', scope, (db) => targetRevisions(db, scope));
export const indicatorSeriesQuery = (ds: DataRef, program: string | null, t: Thresholds) =>
  analysis(ds, 'indicator-series', { program, thresholds: t }, (db) => indicatorSeries(db, { program }, t));
export const programSeriesQuery = (ds: DataRef, program: string | null, t: Thresholds) =>
  analysis(ds, 'program-series', { program, thresholds: t }, (db) => programSeries(db, program, t));
export const sheetQuery = (ds: DataRef, year: number, sheetNo: string, t: Thresholds, municipalityKey = '') =>
  analysis(ds, 'sheet', { year, sheetNo, municipalityKey, thresholds: t }, (db) => sheetDocument(db, year, sheetNo, t, municipalityKey));

/** Several cities side by side: each city's roll-up (the whole city and its pillars) for the same scope. */
export interface CityRollup {
  key: string;
  name: string;
  rows: PolicyRow[];
}
export const comparisonQuery = (ds: DataRef, cities: { key: string; name: string }[], scope: Scope, t: Thresholds) =>
  analysis(ds, 'municipality-comparison', { ...scoped(scope, t), cities: cities.map((c) => c.key) }, async (db): Promise<CityRollup[]> => {
    const out: CityRollup[] = [];
    for (const c of cities) {
      const rows = await policyRollup(db, { ...scope, municipality: c.key }, t);
      out.push({ ...c, rows: rows.filter((r) => r.level === 'city' || r.level === 'pillar') });
    }
    return out;
  });

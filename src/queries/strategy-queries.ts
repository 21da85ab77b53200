import { queryOptions } from '@tanstack/react-query';
import { programChanges } from '../analyses/changes';
import { costRollup, programCosts, unitCosts } from '../analyses/costs';
import type { Scope, Thresholds } from '../analyses/scope';
import { sheetQuality } from '../analyses/sheet-quality';
import { consolidationCandidates, similarPrograms } from '../analyses/similar/similar';
import type { DataRef } from './analysis-queries';

/**
 * The strategy office's analyses as queryOptions factories, keyed as analysis-queries.ts keys its own:
 * ['analysis', name, parameters, datasetVersion]. Costs, changes and similar programs take no threshold; the sheet
 * quality does (what 'missed' means for a rating that does not match its results).
 */
function analysis<T>(ds: DataRef, name: string, params: unknown, run: () => Promise<T>) {
  return queryOptions({
    queryKey: ['analysis', name, params, ds.version] as const,
    queryFn: run,
    enabled: ds.db !== null && ds.version !== null,
  });
}

export const programCostsQuery = (ds: DataRef, scope: Scope) => analysis(ds, 'program-costs', scope, () => programCosts(ds.db!, scope));
export const unitCostsQuery = (ds: DataRef, scope: Scope) => analysis(ds, 'unit-costs', scope, () => unitCosts(ds.db!, scope));
export const costRollupQuery = (ds: DataRef, scope: Scope) => analysis(ds, 'cost-rollup', scope, () => costRollup(ds.db!, scope));
export const changesQuery = (ds: DataRef, scope: Scope) => analysis(ds, 'program-changes', scope, () => programChanges(ds.db!, scope));
export const sheetQualityQuery = (ds: DataRef, scope: Scope, t: Thresholds) =>
  analysis(ds, 'sheet-quality', { ...scope, thresholds: t }, () => sheetQuality(ds.db!, scope, t));
export const similarProgramsQuery = (ds: DataRef, scope: Scope) => analysis(ds, 'similar-programs', scope, () => similarPrograms(ds.db!, scope));
export const candidatesQuery = (ds: DataRef, scope: Scope) => analysis(ds, 'consolidation-candidates', scope, () => consolidationCandidates(ds.db!, scope));

import { queryOptions } from '@tanstack/react-query';
import { allFindings, importRuns, rejectedRows, tableCounts } from '../analyses/import-log';
import type { Database } from '../db/database';
import type { DataRef } from './analysis-queries';

/**
 * The data page's queries, keyed like every analysis: ['analysis', name, params, datasetVersion]. They also wait for
 * phase 'ready': during an import the version already names the new data while its rows are still being inserted,
 * and a count taken then would be cached under that version.
 */
type ImportLogRef = DataRef & { phase?: string };

function analysis<T>(ds: ImportLogRef, name: string, params: unknown, run: (db: Database) => Promise<T>) {
  return queryOptions({
    queryKey: ['analysis', name, params, ds.version] as const,
    queryFn: () => run(ds.db!),
    enabled: ds.db !== null && ds.version !== null && (ds.phase === undefined || ds.phase === 'ready'),
  });
}

export const tableCountsQuery = (ds: ImportLogRef) => analysis(ds, 'table-counts', null, (db) => tableCounts(db));
export const importRunsQuery = (ds: ImportLogRef) => analysis(ds, 'import-runs', null, (db) => importRuns(db));
export const allFindingsQuery = (ds: ImportLogRef, limit = 2000) => analysis(ds, 'all-findings', { limit }, (db) => allFindings(db, limit));
export const rejectedRowsQuery = (ds: ImportLogRef, limit = 2000) => analysis(ds, 'rejected-rows', { limit }, (db) => rejectedRows(db, limit));

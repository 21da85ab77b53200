import { useQuery } from '@tanstack/react-query';
import { getDatabase } from '../db/shared';
import { importFiles } from '../import/import-files';
import { TABLE_NAMES, type TableName } from '../import/types';
import { fetchSampleFiles } from './sample-files';

export interface DatasetSummary {
  counts: Record<TableName, number>;
  findings: number;
  rejected: number;
  files: number;
}

const COUNT_SQL = `
-- dataset-summary
SELECT
  (SELECT count(*) FROM sheets)        AS sheets,
  (SELECT count(*) FROM activities)    AS activities,
  (SELECT count(*) FROM outputs)       AS outputs,
  (SELECT count(*) FROM outcomes)      AS outcomes,
  (SELECT count(*) FROM reviews)       AS reviews,
  (SELECT count(*) FROM findings)      AS findings,
  (SELECT count(*) FROM rejected_rows) AS rejected,
  (SELECT count(*) FROM import_files)  AS files`;

/** Starts DuckDB, loads the bundled sample once, and counts what is there. */
export function useDatasetSummary() {
  return useQuery({
    queryKey: ['dataset', 'sample', 'summary'],
    staleTime: Infinity,
    queryFn: async (): Promise<DatasetSummary> => {
      const db = await getDatabase();
      await importFiles(db, await fetchSampleFiles());
      const [row] = await db.run<Record<string, number>>(COUNT_SQL);
      const counts = Object.fromEntries(TABLE_NAMES.map((t) => [t, row![t]!])) as Record<TableName, number>;
      return { counts, findings: row!.findings!, rejected: row!.rejected!, files: row!.files! };
    },
  });
}

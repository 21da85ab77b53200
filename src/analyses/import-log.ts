import type { Database } from '../db/database';

/**
 * What the imports left behind: rows per table, every finding ever recorded and the quarantined rows
 * (rejected_rows), read back from DuckDB so the data page shows the database, not just the last report.
 */
export interface TableCounts {
  sheets: number;
  activities: number;
  outputs: number;
  outcomes: number;
  reviews: number;
  program_money: number;
  findings: number;
  rejected_rows: number;
}

const COUNTS_SQL = `
-- table-counts
SELECT (SELECT count(*) FROM sheets)        AS sheets,
       (SELECT count(*) FROM activities)    AS activities,
       (SELECT count(*) FROM outputs)       AS outputs,
       (SELECT count(*) FROM outcomes)      AS outcomes,
       (SELECT count(*) FROM reviews)       AS reviews,
       (SELECT count(*) FROM program_money) AS program_money,
       (SELECT count(*) FROM findings)      AS findings,
       (SELECT count(*) FROM rejected_rows) AS rejected_rows`;

export async function tableCounts(db: Database): Promise<TableCounts> {
  const [row] = await db.run<TableCounts>(COUNTS_SQL);
  return row!;
}

export interface ImportRun {
  import_id: number;
  imported_at: string | null;
  files: number;
  rows: number;
  loaded: number;
  rejected: number;
  already_imported: number;
  findings: number;
}

const IMPORTS_SQL = `
-- import-runs
SELECT i.import_id,
       strftime(i.imported_at, '%Y-%m-%d %H:%M') AS imported_at,
       i.files,
       coalesce((SELECT sum(f.rows) FROM import_files f WHERE f.import_id = i.import_id), 0)             AS rows,
       coalesce((SELECT sum(f.loaded) FROM import_files f WHERE f.import_id = i.import_id), 0)           AS loaded,
       coalesce((SELECT sum(f.rejected) FROM import_files f WHERE f.import_id = i.import_id), 0)         AS rejected,
       coalesce((SELECT sum(f.already_imported) FROM import_files f WHERE f.import_id = i.import_id), 0) AS already_imported,
       (SELECT count(*) FROM findings x WHERE x.import_id = i.import_id)                                  AS findings
FROM imports i
ORDER BY i.import_id DESC`;

/** One row per import run, newest first. */
export function importRuns(db: Database): Promise<ImportRun[]> {
  return db.run<ImportRun>(IMPORTS_SQL);
}

export interface FindingRow {
  import_id: number;
  file: string;
  line: number | null;
  column: string | null;
  raw: string | null;
  expected: string | null;
  severity: 'error' | 'warning' | 'info';
  message: string;
  /** how many findings there are in all (the list itself stops at the limit) */
  total: number;
}

const FINDINGS_SQL = `
-- all-findings
SELECT import_id, file, line, "column", raw, expected, severity, message, count(*) OVER () AS total
FROM findings
ORDER BY import_id DESC,
         CASE severity WHEN 'error' THEN 0 WHEN 'warning' THEN 1 ELSE 2 END,
         file, line NULLS FIRST
LIMIT $1`;

/** Every finding of every import (errors first within an import), at most `limit` of them. */
export function allFindings(db: Database, limit = 2000): Promise<FindingRow[]> {
  return db.run<FindingRow>(FINDINGS_SQL, [limit]);
}

export interface RejectedRow {
  import_id: number;
  source_file: string;
  source_line: number;
  table_name: string | null;
  reason: string;
  /** the row's cells as written (a JSON array of strings) */
  raw_cells: string;
  total: number;
}

const REJECTED_SQL = `
-- rejected-rows
SELECT import_id, source_file, source_line, table_name, reason, raw_cells, count(*) OVER () AS total
FROM rejected_rows
ORDER BY import_id DESC, source_file, source_line
LIMIT $1`;

/** The quarantined rows: kept as written, never counted in any figure. */
export function rejectedRows(db: Database, limit = 2000): Promise<RejectedRow[]> {
  return db.run<RejectedRow>(REJECTED_SQL, [limit]);
}

import type { Database } from '../db/database';

export interface DuplicateKey {
  file: string;
  line: number;
  table: string;
  key: string;
  otherFile: string;
  otherLine: number;
}

// How each table's rows are identified (as the analyses' current_* tables pick one row per identity), and the
// identity as the user reads it. Indicators: their sheet, name, unit and ordinal (outputs: within their activity),
// so two same-named indicators of one file (ordinal 1 and 2) are two identities, and the same indicator in two
// files is one.
const CITY = `CASE WHEN x.municipality IS NOT NULL THEN x.municipality || ' / ' ELSE '' END || '年度 ' || x.fiscal_year || ' / シートNo ' || x.sheet_no`;
const INDICATOR = `' / 指標 ' || coalesce(x.indicator, '（名前なし）') || coalesce('（' || x.unit || '）', '') || CASE WHEN x.ordinal > 1 THEN ' #' || x.ordinal ELSE '' END`;
const INDICATOR_ID = `x.indicator_key, coalesce(x.unit, ''), x.ordinal`;
const IDENTITIES = [
  { table: 'sheets', identity: '', shown: CITY },
  { table: 'reviews', identity: '', shown: CITY },
  { table: 'activities', identity: ', x.activity_no', shown: `${CITY} || ' / 活動No ' || x.activity_no` },
  { table: 'outcomes', identity: `, ${INDICATOR_ID}`, shown: `${CITY} || ${INDICATOR}` },
  {
    table: 'outputs',
    identity: `, coalesce(x.activity_key, CAST(x.activity_no AS VARCHAR)), ${INDICATOR_ID}`,
    shown: `${CITY} || ' / 活動 ' || coalesce(x.activity, '活動No ' || x.activity_no, '（なし）') || ${INDICATOR}`,
  },
];

/**
 * Different rows with the same identity are all kept (the user decides which is right), the analyses use the one
 * imported last (base-views current_*), and each later row is reported with the first one. Rows with the same
 * content never get here: they are skipped on loading by their hash. Windows over each table, not a self-join, so
 * the check stays n log n however many rows share an identity.
 */
const duplicateKeysSql = (tables: ReadonlySet<string>) => `
-- duplicate-keys
WITH keyed AS (
${IDENTITIES.filter((t) => tables.has(t.table)).map(
  (t) => `  SELECT '${t.table}' AS tbl, x.import_id, x.source_file, x.source_line, f.file_no, ${t.shown} AS key,
         first_value(x.source_file) OVER w_${t.table} AS other_file, first_value(x.source_line) OVER w_${t.table} AS other_line,
         row_number() OVER w_${t.table} AS nth
  FROM ${t.table} AS x
  JOIN import_files AS f ON f.import_id = x.import_id AND f.file = x.source_file
  WINDOW w_${t.table} AS (PARTITION BY x.municipality_key, x.fiscal_year, x.sheet_no${t.identity} ORDER BY x.import_id, f.file_no, x.source_line)`,
).join('\n  UNION ALL\n')}
)
SELECT source_file AS file, source_line AS line, tbl AS "table", key, other_file AS "otherFile", other_line AS "otherLine"
FROM keyed
WHERE import_id = ? AND nth > 1
ORDER BY file, line, tbl`;

/**
 * `tables`: those this import loaded rows into. Only their rows can be new duplicates, and on DuckDB-WASM each
 * table's windows cost a fixed ~25 ms to plan even when empty (a one-file import paid for all five).
 */
export async function findDuplicateKeys(db: Database, importId: number, tables: ReadonlySet<string>): Promise<DuplicateKey[]> {
  if (!IDENTITIES.some((t) => tables.has(t.table))) return [];
  return db.run<DuplicateKey>(duplicateKeysSql(tables), [importId]);
}

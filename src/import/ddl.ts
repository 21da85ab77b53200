import { DB_COLUMNS } from './schema';
import { TABLE_NAMES } from './types';

/** Import bookkeeping: one row per import run and per file, the findings, and the quarantined rows. */
const META_DDL = `
CREATE TABLE IF NOT EXISTS imports (
  import_id   INTEGER PRIMARY KEY,
  imported_at TIMESTAMP NOT NULL, -- local wall-clock time of the importing browser (see localTimestamp)
  files       INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS import_files (
  import_id         INTEGER NOT NULL,
  -- position in the import's file list: decides which of two same-key rows is 'the later one'
  file_no           INTEGER NOT NULL,
  file              VARCHAR NOT NULL,
  encoding          VARCHAR,
  table_name        VARCHAR,           -- the table a table file feeds (NULL for a form or an unread file)
  sheet             VARCHAR,           -- the worksheet of a workbook
  format            VARCHAR,           -- csv, tsv, xlsx, xls, ods, html (pdf, json, zip… when unread)
  kind              VARCHAR,           -- 'table' or 'form'
  template          VARCHAR,           -- the form template a form was read with
  form_fiscal_year  INTEGER,           -- a form's fiscal year
  form_sheet_no     VARCHAR,           -- a form's sheet number
  rows              INTEGER NOT NULL,
  loaded            INTEGER NOT NULL,
  blank             INTEGER NOT NULL,
  rejected          INTEGER NOT NULL,
  already_imported  INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS findings (
  import_id  INTEGER NOT NULL,
  file       VARCHAR NOT NULL,
  line       INTEGER,
  "column"   VARCHAR,
  raw        VARCHAR,
  expected   VARCHAR,
  severity   VARCHAR NOT NULL,
  message    VARCHAR NOT NULL
);
CREATE TABLE IF NOT EXISTS rejected_rows (
  import_id    INTEGER NOT NULL,
  source_file  VARCHAR NOT NULL,
  source_line  INTEGER NOT NULL,
  table_name   VARCHAR,
  reason       VARCHAR NOT NULL,
  raw_cells    VARCHAR NOT NULL
);`;

export function schemaDdl(): string {
  const tables = TABLE_NAMES.map(
    (t) => `CREATE TABLE IF NOT EXISTS ${t} (\n${DB_COLUMNS[t].map((c) => `  ${c.name} ${c.type}`).join(',\n')}\n);`,
  );
  return [...tables, META_DDL].join('\n');
}

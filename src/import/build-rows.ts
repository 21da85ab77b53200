import { makeRecordBuilder, type Cells, type DbRecord, type Report } from './build-records';
import type { TableRecords } from './parsed-unit';
import { rowHasher } from './row-hash';
import { hashTexts } from './table-reader';
import { TABLE_NAMES, type TableName } from './types';

/** One row a form or a profile made for one of the tables, as cells parsed by the table import's readers. */
export interface CellRow {
  table: TableName;
  /** the source line the row came from (null for a JSON record) */
  line: number | null;
  cells: Cells;
}

/**
 * Rows read out of a form or a profiled file → stored records, through the table import's record builders, with
 * provenance and a content hash each (over every cell present, in column-name order): the same sheet read twice,
 * or once as CSV and once as xlsx, hashes the same and doubles nothing.
 */
export function buildRows(rows: readonly CellRow[], file: string, report: (line: number | null, f: Parameters<Report>[0]) => void): TableRecords {
  const out: TableRecords = {};
  for (const table of TABLE_NAMES) {
    const build = makeRecordBuilder(table);
    const hash = rowHasher(table);
    const records: DbRecord[] = [];
    for (const row of rows) {
      if (row.table !== table) continue;
      const record = build(row.cells, (f) => report(row.line, f));
      record.source_file = file;
      record.source_line = row.line ?? 0;
      record.row_hash = hash(hashTexts(row.cells, [...row.cells.keys()].sort()), record.fiscal_year as number);
      records.push(record);
    }
    if (records.length) out[table] = records;
  }
  return out;
}

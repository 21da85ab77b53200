import { toExcelCsv } from '../export/csv';
import { toXlsxBlob } from '../export/xlsx';
import type { ConsoleResult } from '../db/database';
import { exportValue } from './cell-text';

/** The result as rows of export cells (pure). */
export function resultRows(result: ConsoleResult): (string | number | boolean | null)[][] {
  const rows = new Array<(string | number | boolean | null)[]>(result.rowCount);
  for (let r = 0; r < result.rowCount; r++) rows[r] = result.values.map((col) => exportValue(col[r]));
  return rows;
}

/** CSV for Excel (UTF-8 BOM, CRLF, formulas neutralised): src/export/csv.ts, the app's one CSV writer. */
export function resultCsv(result: ConsoleResult): string {
  return toExcelCsv(result.columns.map((c) => ({ header: c.name })), resultRows(result));
}

/** The result as .xlsx through src/export/xlsx.ts, the app's one Excel writer (text as text, never formulas). */
export function resultXlsx(result: ConsoleResult): Promise<Blob> {
  return toXlsxBlob(result.columns.map((c) => ({ header: c.name })), resultRows(result), 'SQL');
}

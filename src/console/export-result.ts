import { toExcelCsv } from '../export/csv';
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

/**
 * The result as .xlsx. write-excel-file is imported on the click only. Text is written as string cells, never as
 * formulas, so '=HYPERLINK(…)' from a CSV stays text; numbers stay numbers.
 */
export async function resultXlsx(result: ConsoleResult): Promise<Blob> {
  const { default: writeXlsxFile } = await import('write-excel-file/universal');
  const header = result.columns.map((c) => ({ value: c.name, type: String, fontWeight: 'bold' as const }));
  const body = resultRows(result).map((row) =>
    row.map((v) => {
      if (v === null) return null;
      if (typeof v === 'number') return Number.isFinite(v) ? { value: v, type: Number } : null;
      if (typeof v === 'boolean') return { value: v, type: Boolean };
      return { value: v, type: String };
    }),
  );
  return writeXlsxFile([header, ...body], { sheet: 'SQL', stickyRowsCount: 1 }).toBlob();
}

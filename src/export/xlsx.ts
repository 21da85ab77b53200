/**
 * Excel (.xlsx) for every table, beside the CSV. write-excel-file (on fflate, ~25 KB gzip) is loaded on the first
 * click only, so the initial JavaScript does not grow. Every text cell is written as a string cell, never a formula,
 * so `=HYPERLINK(...)` from a CSV stays text in Excel without the CSV's apostrophe; numbers stay numbers.
 */
import { displayWidth } from '../format/display-width';
import type { CsvCell } from './csv';

export interface XlsxColumn {
  header: string;
  /** column width in characters; Japanese text is about two per character */
  width?: number;
}

type SheetCell = { value: string; type: StringConstructor; fontWeight?: 'bold' } | { value: number; type: NumberConstructor } | { value: boolean; type: BooleanConstructor } | null;

/** The sheet as rows of typed cells (pure: what the tests inspect). Header row bold. */
export function toSheetData(columns: readonly XlsxColumn[], rows: readonly CsvCell[][]): SheetCell[][] {
  const header: SheetCell[] = columns.map((c) => ({ value: c.header, type: String, fontWeight: 'bold' }));
  return [header, ...rows.map((r) => columns.map((_, i) => toCell(r[i])))];
}

function toCell(v: CsvCell): SheetCell {
  if (v === null || v === undefined || v === '') return null;
  if (typeof v === 'number') return Number.isFinite(v) ? { value: v, type: Number } : null;
  if (typeof v === 'boolean') return { value: v, type: Boolean };
  return { value: v, type: String };
}

/** The workbook as a Blob: one sheet, header row frozen. */
export async function toXlsxBlob(columns: readonly XlsxColumn[], rows: readonly CsvCell[][], sheetName = 'Seika'): Promise<Blob> {
  const { default: writeXlsxFile } = await import('write-excel-file/universal');
  return writeXlsxFile(toSheetData(columns, rows), {
    sheet: sheetName.replace(/[\\/?*[\]:]/g, '_').slice(0, 31) || 'Seika',
    stickyRowsCount: 1,
    columns: columns.map((c) => ({ width: c.width ?? Math.min(60, Math.max(8, displayWidth(c.header) + 2)) })),
  }).toBlob();
}

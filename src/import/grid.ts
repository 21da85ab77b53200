/**
 * A cell grid: what every input becomes before anything is recognised. A CSV or TSV text, one worksheet of a
 * workbook and one HTML page each give one grid; the table reader and the form reader both read grids, so a
 * form in CP932 CSV, in an .xlsx and on a web page goes through the same code.
 */

/** How a grid's cells were written: decides nothing in reading, but is reported per file. */
export type SourceFormat = 'csv' | 'tsv' | 'xlsx' | 'xls' | 'ods' | 'html';

/** A cell that repeats a merged cell's value: spread down from the row above, or across from the cell to its left. */
export const MERGED_FROM_ABOVE = 1;
export const MERGED_FROM_LEFT = 2;

export interface GridRow {
  /** 1-based: the text line the row starts on (CSV/TSV), the worksheet row (workbooks), the page row (HTML) */
  line: number;
  cells: string[];
  /** per cell, MERGED_* flags where the value was spread from a merged cell; absent when the row has none */
  merged?: Uint8Array;
}

export interface Grid {
  /** the name used in findings and as source_file: the file, plus `#sheet` for a worksheet of a workbook */
  name: string;
  /** the file the grid came from (the archive member's path inside a zip) */
  file: string;
  /** the worksheet's name in a workbook, else null */
  sheet: string | null;
  format: SourceFormat;
  /** the text encoding detected (text formats only) */
  encoding: string | null;
  rows: GridRow[];
}

/** `A`, `B`, … `Z`, `AA`: the column as Excel shows it, so a clerk can find a cell the finding names. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function isMergedCopy(row: GridRow, column: number, from = MERGED_FROM_ABOVE | MERGED_FROM_LEFT): boolean {
  return row.merged !== undefined && (row.merged[column]! & from) !== 0;
}

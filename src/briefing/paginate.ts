/**
 * Splitting a long briefing table over A4 sheets by how tall its rows will print, not by a fixed count: a list of
 * long program and activity names wraps to two or three lines a row, and a fixed 22 rows would run off the sheet.
 * The measures follow briefing.css (.bp-table: 8.5pt text, line-height 1.3, 0.8 mm × 1.2 mm cell padding).
 */
import { displayWidth } from '../format/display-width';

/** One printed line of 8.5pt text at line-height 1.3. */
const LINE_MM = 3.9;
/** A row's cell padding and rule above and below its lines. */
const ROW_PAD_MM = 1.9;
/** A full-width glyph at 8.5pt (a half-width one is half). */
const GLYPH_MM = 3.0;
/** Cell padding left and right. */
const CELL_PAD_MM = 2.4;

/** How many lines `text` takes in a column `columnMm` wide (wrapping anywhere, as .bp-table does). */
export function linesIn(text: string, columnMm: number): number {
  // one full-width glyph a line at least, however narrow the column
  const halfWidthsPerLine = Math.max(2, Math.floor(((columnMm - CELL_PAD_MM) / GLYPH_MM) * 2));
  return Math.max(1, Math.ceil(displayWidth(text) / halfWidthsPerLine));
}

/** The printed height of a row whose tallest cell has `lines` lines. */
export function rowHeightForLines(lines: number): number {
  return ROW_PAD_MM + LINE_MM * Math.max(1, lines);
}

/** The printed height of a row whose cells hold these texts in columns of these widths. */
export function rowHeightMm(cells: readonly (readonly [text: string, columnMm: number])[]): number {
  return rowHeightForLines(Math.max(1, ...cells.map(([text, mm]) => linesIn(text, mm))));
}

/** Rows in order, cut into pages whose rows together are at most `budgetMm` tall (a page holds one row at least). */
export function pagesByHeight<T>(rows: readonly T[], heightOf: (row: T) => number, budgetMm: number): T[][] {
  const pages: T[][] = [];
  let page: T[] = [];
  let used = 0;
  for (const row of rows) {
    const h = heightOf(row);
    if (page.length > 0 && used + h > budgetMm) {
      pages.push(page);
      page = [];
      used = 0;
    }
    page.push(row);
    used += h;
  }
  if (page.length > 0 || pages.length === 0) pages.push(page);
  return pages;
}

/**
 * Rows with more cells than the file's rows have: an unquoted `1,200` splits one figure into two cells and shifts
 * every later cell right (budget 1, spend 200: a 20,000% execution rate). Which cell moved cannot be known, so none
 * of the row's figures is read: each gets an error, and the row an error saying why. A file whose every row runs
 * past its header (a last column left without a name) is not shifted: its rows are measured against each other.
 */
import type { GridRow } from './grid';
import type { MappedColumn } from './header';
import { quoteCell } from './cells';
import type { CellKind } from './schema';

/** The kinds a shift makes silently wrong: figures and money (a shifted name or date fails to read anyway). */
export const FIGURE_KINDS: ReadonlySet<CellKind> = new Set(['money', 'quantity', 'target']);

/** Cells up to the last that holds anything: trailing empty cells (Excel pads rows) do not count. */
export function filledWidth(cells: readonly string[]): number {
  for (let i = cells.length - 1; i >= 0; i--) if (cells[i]!.trim() !== '') return i + 1;
  return 0;
}

/**
 * How many cells a row of this file may fill. Excel writes every line of a CSV as wide as the sheet's used range, so
 * a header with empty cells at its end still counts them: a column without a name is no shift. Only when most rows
 * (and at least two) run past even that, is the file hand-written with unnamed columns: then the width most rows fill.
 */
export function usualWidth(header: GridRow, rows: readonly GridRow[]): number {
  const headerWidth = header.cells.length;
  const counts = new Map<number, number>();
  let wider = 0;
  let filled = 0;
  for (const r of rows) {
    const w = filledWidth(r.cells);
    if (w === 0) continue;
    filled++;
    if (w > headerWidth) wider++;
    counts.set(w, (counts.get(w) ?? 0) + 1);
  }
  if (wider < 2 || wider * 2 <= filled) return headerWidth;
  let mode = headerWidth;
  let best = 0;
  for (const [w, n] of counts) if (n > best || (n === best && w > mode)) [mode, best] = [w, n];
  return Math.max(mode, headerWidth);
}

/** The figure columns of a shifted row, by header, for the row's message. */
export function figureHeaders(columns: readonly MappedColumn[]): string[] {
  return columns.filter((c) => FIGURE_KINDS.has(c.column.kind)).map((c) => c.header);
}

export function wideRowMessage(width: number, usual: number, figures: readonly string[]): string {
  const what = figures.length ? `この行の数値・金額（${figures.map((h) => `「${h}」`).join('')}）は読みません` : 'この行の値がずれていないか確かめてください';
  return (
    `ヘッダーより列が多い行です（${width}列、ほかの行は${usual}列）。引用符で囲まれていないカンマ（1,200 など）で値が右にずれている可能性があるため、` +
    `${what}（a row wider than the others: its cells may be shifted）`
  );
}

export function shiftedCellMessage(text: string): string {
  return (
    `この行は列が多く、値がずれている可能性があるため${quoteCell(text)}は読みません。` +
    'カンマを含む数値は "1,200" のように引用符で囲むか、カンマなしで書いてください（the row may be shifted: not read）'
  );
}

/**
 * Cells a row of a text file (CSV, TSV) should have: the header's count, unless every row has one same count below
 * it (a hand-written file that leaves a never-filled last column off). A row with fewer is cut short: a line break
 * in an unquoted cell splits a row in two, and its first half would load with a cut name and empty figures, without
 * a word.
 */
export function usualCount(header: GridRow, rows: readonly GridRow[]): number {
  let only: number | null = null;
  for (const r of rows) {
    if (filledWidth(r.cells) === 0) continue;
    if (r.cells.length >= header.cells.length || (only !== null && r.cells.length !== only)) return header.cells.length;
    only = r.cells.length;
  }
  return only === null ? header.cells.length : 0;
}

export function shortRowMessage(count: number, usual: number): string {
  return (
    `見出しより列が少ない行です（${count}列、見出しは${usual}列）。セルの中の改行などで行が途中で切れていないか確かめてください。` +
    'ない列は空として読みます（a row shorter than the header: it may have been cut）'
  );
}

export function cutRowMessage(nextLine: number): string {
  return (
    `次の行（${nextLine}行目）は列が少なく、この行の続きかもしれません。セルの中の改行で行が2つに分かれていないか、この行の最後の値を確かめてください` +
    '（the next line may be the rest of this row）'
  );
}

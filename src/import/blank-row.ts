import { isNotApplicable } from './cells';

// An evaluation sheet's empty activity rows print only their money units: `千円 千円`.
const UNIT_ONLY = /^\s*(千円|円|百万円)\s*$/;

/** A row whose every cell means 'nothing' (empty, a dash, なし) or is a bare money unit: skipped and counted, never reported. */
export function isBlankRow(cells: readonly string[]): boolean {
  return cells.every((c) => isBlankCell(c));
}

export function isBlankCell(cell: string): boolean {
  return isNotApplicable(cell) || UNIT_ONLY.test(cell);
}

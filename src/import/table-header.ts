import { isBlankRow } from './blank-row';
import type { Grid } from './grid';
import { findColumn, parseHeaderCell, recogniseTable, type RecognisedTable } from './header';
import { unmatchedAdvice } from './header-advice';
import { TABLE_NAMES } from './types';

/** Title rows above the header are common in exports (`令和6年度 事務事業一覧`): look for the header this far down. */
const HEADER_SEARCH_ROWS = 10;

export type TableHeader = { recognised: RecognisedTable; headerAt: number } | { error: string; line: number | null };

/**
 * The first non-blank row among the first ten that is a table's header; when none is, the first row's complaint.
 * A header may stand over two or three rows (a group name merged above its columns, `R6` above `目標値`): when no
 * single row is a header, each row is tried again joined with the one or two above it.
 */
export function findTableHeader(grid: Grid): TableHeader {
  let firstError: { line: number; error: string } | null = null;
  let nonBlank = 0;
  const candidates: number[] = [];
  for (let i = 0; i < grid.rows.length && nonBlank < HEADER_SEARCH_ROWS; i++) {
    const row = grid.rows[i]!;
    if (isBlankRow(row.cells)) continue;
    nonBlank++;
    candidates.push(i);
    const attempt = recogniseTable(row.cells);
    // A header one letter off (実積値 for 実績値) may be why nothing matched: the error says so.
    if ('error' in attempt) firstError ??= { line: row.line, error: attempt.error + unmatchedAdvice(attempt.cells) };
    else return { recognised: attempt, headerAt: i };
  }
  for (const depth of [2, 3]) {
    for (const i of candidates) {
      if (i < depth - 1) continue;
      const attempt = recogniseTable(joinedHeaderRow(grid, i, depth));
      if (!('error' in attempt)) return { recognised: attempt, headerAt: i };
    }
  }
  return firstError ? { error: firstError.error, line: firstError.line } : { error: 'ファイルが空です（ヘッダー行がありません）', line: null };
}

/**
 * Rows i-depth+1 … i read as one header, column by column: the lowest row's name when it means a column, else the
 * rows joined (`R6` over `目標値` → `R6 目標値`), else the upper name (a header merged down over both rows).
 */
function joinedHeaderRow(grid: Grid, i: number, depth: number): string[] {
  const rows = grid.rows.slice(i - depth + 1, i + 1);
  const width = Math.max(...rows.map((r) => r.cells.length));
  const out: string[] = [];
  for (let c = 0; c < width; c++) {
    const stack: string[] = [];
    for (const r of rows) {
      const t = (r.cells[c] ?? '').trim();
      if (t !== '' && stack.at(-1) !== t) stack.push(t);
    }
    const options = [stack.at(-1), stack.join(' '), ...stack.slice(0, -1).reverse()].filter((t): t is string => !!t);
    out.push(options.find(namesAColumn) ?? options[0] ?? '');
  }
  return out;
}

function namesAColumn(text: string): boolean {
  const cell = parseHeaderCell(text, 0);
  return TABLE_NAMES.some((t) => findColumn(t, cell, cell.year) !== undefined);
}


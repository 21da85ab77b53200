import { parseEraYearPrefix } from './cells/fiscal-year';
import { removeInvisible } from './cells/invisible';
import { parseFiscalYear } from './cells/fiscal-year';
import { INPUT_COLUMNS, TABLE_SIGNATURES, type InputColumn } from './schema';
import { TABLE_NAMES, type TableName } from './types';

export interface HeaderCell {
  index: number;
  /** the header as written in the file */
  text: string;
  /** normalised for alias matching */
  key: string;
  /** a parenthesised note: a unit (千円) or a hint (単位, 対象年, R9年度) */
  note: string | null;
  /** era/western year prefix (`R6 目標値` → 2024) */
  year: number | null;
  /** invisible or control characters taken out of the header before matching (reported) */
  invisible: string[];
}

export interface MappedColumn {
  index: number;
  header: string;
  column: InputColumn;
  note: string | null;
  /** a target year the header gives its cells (`目標値（R9年度）`, `R9 目標値` in a 2024 file) */
  targetYear?: number | null;
}

export interface RecognisedTable {
  table: TableName;
  columns: MappedColumn[];
  /** the year the headers carry (`R6 予算額`), used when the file has no 年度 column */
  headerYear: number | null;
  ignored: HeaderCell[];
  /** a second column with a meaning already taken: the one on the left is used (the table reader may swap them) */
  duplicated: { cell: HeaderCell; column: InputColumn }[];
  /** columns of another year than the file's (`R5実績値` in a 2024 file): not read */
  otherYear: HeaderCell[];
  /** every header cell, as parsed */
  cells: HeaderCell[];
}

const PARENTHESISED_NOTE = /[(（[［]([^()（）[\]［］]*)[)）\]］]\s*$/;

export function parseHeaderCell(text: string, index: number): HeaderCell {
  const { text: visible, removed } = removeInvisible(text);
  // Spaces stay (one each) until the year is taken off: `2024 予算額` needs its space to be a year and a name.
  let rest = visible.normalize('NFKC').replace(/\s+/g, ' ').trim();
  let note: string | null = null;
  const m = PARENTHESISED_NOTE.exec(rest);
  if (m) {
    note = m[1]!.trim() || null;
    rest = rest.slice(0, m.index).trim();
  }
  const era = parseEraYearPrefix(rest);
  let year: number | null = null;
  if (era && era.rest) {
    year = era.year;
    rest = era.rest;
  }
  // `R6 目標値（件）`-style: a note can also stand after the year was removed.
  const m2 = PARENTHESISED_NOTE.exec(rest);
  if (m2 && note === null) {
    note = m2[1]!.trim() || null;
    rest = rest.slice(0, m2.index);
  }
  return { index, text, key: rest.replace(/\s+/g, '').toLowerCase(), note, year, invisible: removed };
}

/**
 * Alias keys that mean a different column in another table (`その他`: a funding source and a review box; `担当課`):
 * they say nothing about which table a file is. A table is recognised only with a column of its own besides them.
 */
export const AMBIGUOUS_KEYS: ReadonlySet<string> = (() => {
  const meaning = new Map<string, Set<string>>();
  for (const t of TABLE_NAMES) for (const c of INPUT_COLUMNS[t]) for (const a of c.aliases) meaning.set(a, (meaning.get(a) ?? new Set()).add(c.name));
  return new Set([...meaning].filter(([, names]) => names.size > 1).map(([a]) => a));
})();
const KEY_COLUMNS = new Set(['fiscal_year', 'sheet_no', 'municipality', 'municipality_code']);

/**
 * Recognises a file's table from its header row alone (file names mean nothing: users rename exports).
 * Every table is tried; the one whose signature is met with the most columns matched wins (then the one with more
 * columns of its own). `fileYear` is the year the file's rows are of, when known (see mapColumns).
 */
export function recogniseTable(headers: readonly string[], fileYear: number | null = null): RecognisedTable | { error: string; cells: HeaderCell[] } {
  const cells = headers.map((h, i) => parseHeaderCell(h, i)).filter((c) => c.key !== '');
  const years = cells.map((c) => c.year).filter((y): y is number => y !== null);
  const headerYear = years.length ? Math.min(...years) : null;

  let best: { table: RecognisedTable; own: number } | null = null;
  for (const table of TABLE_NAMES) {
    const candidate = mapColumns(table, cells, fileYear ?? headerYear);
    candidate.headerYear = headerYear;
    if (!meetsSignature(table, candidate.columns)) continue;
    const own = candidate.columns.filter((c) => !KEY_COLUMNS.has(c.column.name) && !AMBIGUOUS_KEYS.has(keyOf(cells, c))).length;
    if (own === 0) continue;
    if (!best || candidate.columns.length > best.table.columns.length || (candidate.columns.length === best.table.columns.length && own > best.own)) {
      best = { table: candidate, own };
    }
  }
  if (best) return best.table;
  return {
    error:
      'ヘッダー行がどの表（シート・活動・アウトプット・アウトカム・点検・事業費）とも一致しません。' +
      `読み取った列名: ${headers.map((h) => `「${h}」`).join(' ')}`,
    cells,
  };
}

function keyOf(cells: HeaderCell[], c: MappedColumn): string {
  return cells.find((x) => x.index === c.index)?.key ?? '';
}

/**
 * A table's columns from its header cells. A header with a year is read against the file's year: the same year is
 * the column itself, the next year's target is 翌年度目標値, a later target is a target with that target year, and any
 * other year (`R5実績値` in a 2024 file) is another year's figure, not read.
 */
export function mapColumns(table: TableName, cells: HeaderCell[], fileYear: number | null): RecognisedTable {
  const columns: MappedColumn[] = [];
  const ignored: HeaderCell[] = [];
  const duplicated: RecognisedTable['duplicated'] = [];
  const otherYear: HeaderCell[] = [];
  const taken = new Set<string>();
  for (const cell of cells) {
    const column = findColumn(table, cell, fileYear);
    if (!column) {
      ignored.push(cell);
      continue;
    }
    const laterTarget = column.name === 'target' && cell.year !== null && fileYear !== null && cell.year > fileYear;
    if (cell.year !== null && fileYear !== null && cell.year !== fileYear && column.name !== 'next_target' && !laterTarget) {
      otherYear.push(cell);
      continue;
    }
    if (taken.has(column.name)) duplicated.push({ cell, column });
    else {
      taken.add(column.name);
      columns.push({ index: cell.index, header: cell.text, column, note: cell.note, targetYear: headerTargetYear(column, cell, laterTarget) });
    }
  }
  return { table, columns, headerYear: fileYear, ignored, duplicated, otherYear, cells };
}

/** The target year a target column's header gives: `目標値（R9年度）`, or `R9 目標値` in an earlier year's file. */
function headerTargetYear(column: InputColumn, cell: HeaderCell, laterTarget: boolean): number | null {
  if (column.name !== 'target' && column.name !== 'next_target') return null;
  if (laterTarget) return cell.year;
  if (cell.note && /\d/.test(cell.note)) {
    const r = parseFiscalYear(cell.note);
    if (r.ok && r.value !== null) return r.value;
  }
  return null;
}

export function findColumn(table: TableName, cell: HeaderCell, headerYear: number | null): InputColumn | undefined {
  const inputs = INPUT_COLUMNS[table];
  const byAlias = inputs.find((c) => c.aliases.includes(cell.key));
  // A sheet for 令和6 labels this year's target `R6 目標値` and next year's `R7 目標値`.
  if (byAlias?.name === 'target' && cell.year !== null && headerYear !== null && cell.year === headerYear + 1) {
    return inputs.find((c) => c.name === 'next_target') ?? byAlias;
  }
  return byAlias;
}

function meetsSignature(table: TableName, columns: MappedColumn[]): boolean {
  const names = new Set(columns.map((c) => c.column.name));
  const sig = TABLE_SIGNATURES[table];
  return (
    sig.all.every((n) => names.has(n)) &&
    sig.anyOf.every((group) => group.some((n) => names.has(n))) &&
    !(sig.none ?? []).some((n) => names.has(n))
  );
}

import { parseEraYearPrefix } from './cells/fiscal-year';
import { INPUT_COLUMNS, TABLE_SIGNATURES, type InputColumn } from './schema';
import { TABLE_NAMES, type TableName } from './types';

export interface HeaderCell {
  index: number;
  /** the header as written in the file */
  text: string;
  /** normalised for alias matching */
  key: string;
  /** a parenthesised note: a unit (千円) or a hint (単位, 対象年) */
  note: string | null;
  /** era/western year prefix (`R6 目標値` → 2024) */
  year: number | null;
}

export interface MappedColumn {
  index: number;
  header: string;
  column: InputColumn;
  note: string | null;
}

export interface RecognisedTable {
  table: TableName;
  columns: MappedColumn[];
  /** the year the headers carry (`R6 予算額`), used when the file has no 年度 column */
  headerYear: number | null;
  ignored: HeaderCell[];
  duplicated: HeaderCell[];
}

const PARENTHESISED_NOTE = /[(（[［]([^()（）[\]［］]*)[)）\]］]\s*$/;

export function parseHeaderCell(text: string, index: number): HeaderCell {
  let rest = text.normalize('NFKC').replace(/\s+/g, '');
  let note: string | null = null;
  const m = PARENTHESISED_NOTE.exec(rest);
  if (m) {
    note = m[1]!.trim() || null;
    rest = rest.slice(0, m.index);
  }
  const era = parseEraYearPrefix(rest);
  let year: number | null = null;
  if (era && era.rest) {
    year = era.year;
    rest = era.rest.replace(/\s+/g, '');
  }
  // `R6 目標値（件）`-style: a note can also stand after the year was removed.
  const m2 = PARENTHESISED_NOTE.exec(rest);
  if (m2 && note === null) {
    note = m2[1]!.trim() || null;
    rest = rest.slice(0, m2.index);
  }
  return { index, text, key: rest.toLowerCase(), note, year };
}

/**
 * Recognises a file's table from its header row alone (file names mean nothing: users rename exports).
 * Every table is tried; the one whose signature is met with the most columns matched wins.
 */
export function recogniseTable(headers: readonly string[]): RecognisedTable | { error: string } {
  const cells = headers.map((h, i) => parseHeaderCell(h, i)).filter((c) => c.key !== '');
  const years = cells.map((c) => c.year).filter((y): y is number => y !== null);
  const headerYear = years.length ? Math.min(...years) : null;

  let best: RecognisedTable | null = null;
  for (const table of TABLE_NAMES) {
    const candidate = mapColumns(table, cells, headerYear);
    if (!meetsSignature(table, candidate.columns)) continue;
    if (!best || candidate.columns.length > best.columns.length) best = candidate;
  }
  if (best) return best;
  return {
    error:
      'ヘッダー行がどの表（シート・活動・アウトプット・アウトカム・点検）とも一致しません。' +
      `読み取った列名: ${headers.map((h) => `「${h}」`).join(' ')}`,
  };
}

export function mapColumns(table: TableName, cells: HeaderCell[], headerYear: number | null): RecognisedTable {
  const columns: MappedColumn[] = [];
  const ignored: HeaderCell[] = [];
  const duplicated: HeaderCell[] = [];
  const taken = new Set<string>();
  for (const cell of cells) {
    const column = findColumn(table, cell, headerYear);
    if (!column) ignored.push(cell);
    else if (taken.has(column.name)) duplicated.push(cell);
    else {
      taken.add(column.name);
      columns.push({ index: cell.index, header: cell.text, column, note: cell.note });
    }
  }
  return { table, columns, headerYear, ignored, duplicated };
}

export function findColumn(table: TableName, cell: HeaderCell, headerYear: number | null): InputColumn | undefined {
  const inputs = INPUT_COLUMNS[table];
  const byAlias = inputs.find((c) => c.aliases.includes(cell.key));
  // A sheet for 令和6 labels this year's target `R6 目標値` and next year's `R7 目標値`.
  if (byAlias?.name === 'target' && cell.year !== null && headerYear !== null && cell.year === headerYear + 1) {
    return inputs.find((c) => c.name === 'next_target');
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

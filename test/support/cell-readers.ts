/**
 * Every cell reader of the import, as one list, and the cell shapes that used to make a reader slow (long runs that
 * a regex with adjacent quantifiers retries from every position). Shared by the property tests and bench/cells.
 */
import { parseEraYearPrefix } from '../../src/import/cells/fiscal-year';
import { quoteCell } from '../../src/import/cells/result';
import { readCell } from '../../src/import/read-cell';
import type { CellKind } from '../../src/import/schema';

export interface CellReader {
  name: string;
  read(raw: string): unknown;
}

const KINDS: CellKind[] = ['year', 'key', 'text', 'int', 'quantity', 'target', 'money', 'date', 'period', 'checkbox', 'direction', 'activity_name', 'indicator_label'];

export const CELL_READERS: CellReader[] = [
  ...KINDS.map((kind) => ({ name: kind, read: (raw: string) => readCell(kind, raw, null) })),
  { name: 'money（円）', read: (raw: string) => readCell('money', raw, '円') },
  { name: 'header year', read: (raw: string) => parseEraYearPrefix(raw) },
  { name: 'quoteCell', read: (raw: string) => quoteCell(raw) },
];

/** A long cell: head + pattern repeated + tail (see makeLong). */
export interface CellShape {
  name: string;
  head: string;
  pattern: string;
  tail: string;
}

/** The shapes that cost a backtracking regex most: long runs next to what the patterns look for. */
export const SLOW_SHAPES: CellShape[] = [
  { name: 'spaces', head: 'a', pattern: ' ', tail: 'b' },
  { name: 'spaces then (', head: 'a', pattern: ' ', tail: '(' },
  { name: '( then spaces', head: '(', pattern: ' ', tail: 'a' },
  { name: '( spaces )x', head: '1(', pattern: ' ', tail: ')x' },
  { name: 'spaces then 【', head: '', pattern: ' ', tail: '【' },
  { name: '【 then spaces', head: '【', pattern: ' ', tail: 'a' },
  { name: 'R6 then spaces', head: 'R6', pattern: ' ', tail: 'x' },
  { name: '2025 then spaces', head: '2025', pattern: ' ', tail: '/' },
  { name: 'date then spaces', head: '2025/5/16', pattern: ' ', tail: 'x' },
  { name: '(R6 then spaces', head: '1 (R6', pattern: ' ', tail: '' },
  { name: 'R6( then spaces', head: 'R6(', pattern: ' ', tail: '' },
  { name: 'ideographic spaces', head: 'a', pattern: '\u3000', tail: 'b' },
  { name: 'digits', head: '', pattern: '1', tail: '' },
  { name: 'digits and commas', head: '', pattern: '1,', tail: '' },
  { name: 'digits then x', head: '', pattern: '1', tail: 'x' },
  { name: 'parens', head: '', pattern: '(', tail: '' },
  { name: 'closing parens', head: '', pattern: ')', tail: '' },
  { name: 'brackets', head: '', pattern: '【', tail: '' },
  { name: 'kana', head: '', pattern: 'あ', tail: '' },
  { name: 'separators', head: '', pattern: '・ ', tail: '' },
  { name: 'dashes', head: '', pattern: '-', tail: '' },
  { name: 'zero-width spaces', head: '1', pattern: '\u200b', tail: '2' },
  { name: 'line breaks', head: '1', pattern: '\r\n', tail: '' },
];

const utf8Length = (s: string) => new TextEncoder().encode(s).length;

/** A cell of about `bytes` bytes of UTF-8 in a shape (a 1 MB cell of kana is 350,000 characters). */
export function makeLong(shape: { head: string; pattern: string; tail: string }, bytes: number): string {
  return shape.head + shape.pattern.repeat(Math.ceil(bytes / utf8Length(shape.pattern))) + shape.tail;
}

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

/** A cell of about `n` characters in each shape that costs a backtracking regex most. */
export const SLOW_SHAPES: { name: string; make(n: number): string }[] = [
  { name: 'spaces', make: (n) => `a${' '.repeat(n)}b` },
  { name: 'spaces then (', make: (n) => `a${' '.repeat(n)}(` },
  { name: '( then spaces', make: (n) => `(${' '.repeat(n)}a` },
  { name: 'spaces then 【', make: (n) => `${' '.repeat(n)}【` },
  { name: '【 then spaces', make: (n) => `【${' '.repeat(n)}a` },
  { name: 'R6 then spaces', make: (n) => `R6${' '.repeat(n)}x` },
  { name: '2025 then spaces', make: (n) => `2025${' '.repeat(n)}/` },
  { name: '(R6 then spaces', make: (n) => `1 (R6${' '.repeat(n)}` },
  { name: 'R6( then spaces', make: (n) => `R6(${' '.repeat(n)}` },
  { name: 'ideographic spaces', make: (n) => `a${'\u3000'.repeat(n)}b` },
  { name: 'digits', make: (n) => '1'.repeat(n) },
  { name: 'digits and commas', make: (n) => '1,'.repeat(n / 2) },
  { name: 'digits then x', make: (n) => `${'1'.repeat(n)}x` },
  { name: 'parens', make: (n) => '('.repeat(n) },
  { name: 'closing parens', make: (n) => ')'.repeat(n) },
  { name: 'brackets', make: (n) => '【'.repeat(n) },
  { name: 'kana', make: (n) => 'あ'.repeat(n / 3) },
  { name: 'separators', make: (n) => '・ '.repeat(n / 2) },
  { name: 'dashes', make: (n) => '-'.repeat(n) },
  { name: 'zero-width spaces', make: (n) => `1${'\u200b'.repeat(n / 3)}2` },
  { name: 'line breaks', make: (n) => `1${'\r\n'.repeat(n / 2)}` },
];

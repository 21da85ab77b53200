import { showInvisible } from './invisible';

/** Something to tell about a cell that was read all the same (its value is stored): always a warning. */
export interface CellWarning {
  expected: string;
  severity: 'warning';
  message: string;
}

/**
 * Outcome of parsing one cell. value null with ok:true means 'not applicable' (—, empty, なし…), never an error.
 * An ok result may carry warnings: the value was read, but something about it needs a look (digits a double
 * cannot hold, invisible characters taken out).
 */
export type CellResult<T> =
  | { ok: true; value: T | null; warnings?: CellWarning[] }
  | { ok: false; expected: string; severity: 'error' | 'warning'; message: string };

export function cellOk<T>(value: T | null, warnings: readonly CellWarning[] = []): CellResult<T> {
  return warnings.length > 0 ? { ok: true, value, warnings: [...warnings] } : { ok: true, value };
}

export function cellError<T>(expected: string, message: string): CellResult<T> {
  return { ok: false, expected, severity: 'error', message };
}

export function cellWarning<T>(expected: string, message: string): CellResult<T> {
  return { ok: false, expected, severity: 'warning', message };
}

/** The warnings of an ok result (none for a failed one). */
export function warningsOf(r: CellResult<unknown>): CellWarning[] {
  return r.ok ? (r.warnings ?? []) : [];
}

const QUOTE_MAX = 30;

/**
 * The cell as quoted in a message: 「…」. The full raw text is kept beside the finding, so a long free-text cell
 * (a whole paragraph pasted into a number column happens) is shortened here to keep the message readable.
 * Invisible and control characters are shown as ⟨U+200B⟩, line breaks as ↵.
 */
export function quoteCell(text: string): string {
  // Only the head is shown: never split a megabyte into characters to show thirty.
  const head = Array.from(text.slice(0, QUOTE_MAX * 2 + 2)).slice(0, QUOTE_MAX + 1);
  const cut = head.length > QUOTE_MAX;
  return `「${showInvisible((cut ? head.slice(0, QUOTE_MAX) : head).join(''))}${cut ? '…' : ''}」`;
}

/** The error for a cell far longer than any value of its kind (see MAX_VALUE_LENGTH). */
export function tooLong<T>(expected: string, text: string, what: string): CellResult<T> {
  return cellError(expected, `${quoteCell(text)}は${what}としては長すぎます（${text.length.toLocaleString('en')}文字。too long for a value）`);
}

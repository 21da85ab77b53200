/** Outcome of parsing one cell. value null with ok:true means 'not applicable' (—, empty, なし…), never an error. */
export type CellResult<T> =
  | { ok: true; value: T | null }
  | { ok: false; expected: string; severity: 'error' | 'warning'; message: string };

export function cellOk<T>(value: T | null): CellResult<T> {
  return { ok: true, value };
}

export function cellError<T>(expected: string, message: string): CellResult<T> {
  return { ok: false, expected, severity: 'error', message };
}

export function cellWarning<T>(expected: string, message: string): CellResult<T> {
  return { ok: false, expected, severity: 'warning', message };
}

const QUOTE_MAX = 30;

/**
 * The cell as quoted in a message: 「…」. The full raw text is kept beside the finding, so a long free-text cell
 * (a whole paragraph pasted into a number column happens) is shortened here to keep the message readable.
 */
export function quoteCell(text: string): string {
  const oneLine = text.replace(/\r\n|\r|\n/g, '↵');
  const chars = Array.from(oneLine);
  return `「${chars.length > QUOTE_MAX ? `${chars.slice(0, QUOTE_MAX).join('')}…` : oneLine}」`;
}

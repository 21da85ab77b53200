/**
 * Rows pasted twice. An activity row copied in a file without 活動No is numbered anew and doubles its sheet's budget
 * with no duplicate key to give it away; the same row seen again in the same sheet is reported on the copy. Indicator
 * rows alike are left alone: real sheets repeat them (the seed's two `取組回数 (回) 3 —` under one activity), they
 * are kept apart by their ordinal and add no money.
 */
import type { Cells } from './build-records';

/** The row's content, all cells but those named, as one string (a Map keeps the file's column order). */
export function rowContent(cells: Cells, except: ReadonlySet<string>): string {
  let s = '';
  for (const [name, cell] of cells) {
    if (except.has(name)) continue;
    const v = cell.value;
    s += `${name}\u0001${v === null || v === undefined ? cell.raw.trim() : Array.isArray(v) ? v.join(',') : String(v)}\u0002`;
  }
  return s;
}

/** Remembers rows by content; `seen` answers the first line of the same content, if any. */
export function copyTracker<T>() {
  const first = new Map<string, { line: number | null; info: T }>();
  return (content: string, line: number | null, info: T): { line: number | null; info: T } | null => {
    const before = first.get(content);
    if (before) return before;
    first.set(content, { line, info });
    return null;
  };
}

export function atLine(line: number | null): string {
  return line === null ? '前の行' : `${line}行目`;
}

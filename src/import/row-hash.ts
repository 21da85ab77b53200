import type { TableName } from './types';

/**
 * Identity of a row by content, for idempotent re-imports: dropping the same file twice must not double a figure.
 * Identical rows inside one file (the seed's two `取組回数 (回) 3 —` rows) differ by their occurrence number,
 * so both are kept, while the same file imported again hashes to the same values and is skipped.
 */
export function rowHasher(table: TableName): (cells: readonly string[], fiscalYear: number) => string {
  const seen = new Map<string, number>();
  return (cells, fiscalYear) => {
    const digest = hashCells(`${table}\u0001${fiscalYear}`, cells);
    const occurrence = (seen.get(digest) ?? 0) + 1;
    seen.set(digest, occurrence);
    return `${digest}-${occurrence}`;
  };
}

/**
 * cyrb53 (public domain, bryc) fed cell by cell, trimmed, with a separator — the same value as hashing the joined
 * string, without building it (that concatenation was the import's second-largest cost). 53 bits plus the length:
 * collisions are negligible at city scale. The state stays in locals, loops written out: a closure updating
 * captured variables made this the import's largest single function.
 */
function hashCells(prefix: string, cells: readonly string[]): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  let length = prefix.length + cells.length; // every cell is preceded by one separator
  for (let i = 0; i < prefix.length; i++) {
    const ch = prefix.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  for (const cell of cells) {
    h1 = Math.imul(h1 ^ SEPARATOR, 2654435761);
    h2 = Math.imul(h2 ^ SEPARATOR, 1597334677);
    let from = 0;
    let to = cell.length;
    while (from < to && isSpace(cell.charCodeAt(from))) from++;
    while (to > from && isSpace(cell.charCodeAt(to - 1))) to--;
    for (let i = from; i < to; i++) {
      const ch = cell.charCodeAt(i);
      h1 = Math.imul(h1 ^ ch, 2654435761);
      h2 = Math.imul(h2 ^ ch, 1597334677);
    }
    length += to - from;
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return `${(4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36)}-${length.toString(36)}`;
}

const SEPARATOR = 0x01;

/** What String.prototype.trim removes that Excel exports contain: ASCII whitespace, NBSP, U+3000, BOM. */
function isSpace(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x3000 || c === 0xfeff;
}

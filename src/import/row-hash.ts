import type { TableName } from './types';

/**
 * Identity of a row by content, for idempotent re-imports: dropping the same file twice must not double a figure.
 * Identical rows inside one file (the seed's two `取組回数 (回) 3 —` rows) differ by their occurrence number,
 * so both are kept, while the same file imported again hashes to the same values and is skipped.
 */
export function rowHasher(table: TableName): (cells: readonly string[], fiscalYear: number) => string {
  const seen = new Map<string, number>();
  return (cells, fiscalYear) => {
    const content = `${table}\u0001${fiscalYear}\u0001${cells.map((c) => c.trim()).join('\u0001')}`;
    const digest = `${cyrb53(content).toString(36)}-${content.length.toString(36)}`;
    const occurrence = (seen.get(digest) ?? 0) + 1;
    seen.set(digest, occurrence);
    return `${digest}-${occurrence}`;
  };
}

/** A fast 53-bit string hash (public domain, bryc). Collisions are negligible at city scale. */
function cyrb53(str: string, seed = 0): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < str.length; i++) {
    const ch = str.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

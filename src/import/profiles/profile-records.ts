import { isBlankRow } from '../blank-row';
import { labelKey } from '../forms/compact';
import type { Grid } from '../grid';
import type { ImportProfile } from './profile';
import { atPath, type RecordContext, type TableHeader } from './values';

/** Header rows are looked for this far down (title and note rows come first in real workbooks). */
export const HEADER_SEARCH_ROWS = 15;

/** One record of a profiled file: its context for reading values, and where it stood. */
export interface ProfileRecord {
  ctx: RecordContext;
  /** the table row's line, or null for a JSON record */
  line: number | null;
  /** how findings name the record: `5行目`, `3件目` */
  label: string;
}

/**
 * The header of a table a profile reads: the first row among the first 15 whose (joined, with the rows above it
 * when the profile says the header has several rows) texts hold every signature header.
 */
export function findProfileHeader(grid: Grid, profile: ImportProfile): { header: TableHeader; row: number } | null {
  const depth = profile.source.kind === 'table' ? (profile.source.headerRows ?? 1) : 1;
  const wanted = (profile.match.headers ?? []).map(labelKey);
  for (let r = 0; r < Math.min(grid.rows.length, HEADER_SEARCH_ROWS); r++) {
    const header = joinedHeader(grid, r, depth);
    if (wanted.length > 0 && wanted.every((w) => header.keys.includes(w))) return { header, row: r };
  }
  return null;
}

/** Column by column, the header rows' texts joined (a group name over several columns is spread to each). */
export function joinedHeader(grid: Grid, r: number, depth: number): TableHeader {
  const rows = grid.rows.slice(Math.max(0, r - depth + 1), r + 1);
  const width = Math.max(...rows.map((row) => row.cells.length));
  const texts: string[] = [];
  for (let c = 0; c < width; c++) {
    const parts: string[] = [];
    for (const row of rows) {
      const t = (row.cells[c] ?? '').trim();
      if (t !== '' && parts.at(-1) !== t) parts.push(t);
    }
    texts.push(parts.join(' '));
  }
  return { texts, keys: texts.map(labelKey) };
}

export function* tableRecords(grid: Grid, header: TableHeader, headerRow: number): Generator<ProfileRecord> {
  let no = 0;
  for (let r = headerRow + 1; r < grid.rows.length; r++) {
    const row = grid.rows[r]!;
    if (isBlankRow(row.cells)) continue;
    no++;
    yield { ctx: { kind: 'table', header, cells: row.cells, no }, line: row.line, label: `${row.line}行目` };
  }
}

/** The records of a JSON file: the array at `records` (the whole file when it is one), or the one object. */
export function jsonRecords(json: unknown, profile: ImportProfile): ProfileRecord[] {
  const path = profile.source.kind === 'json' ? (profile.source.records ?? '') : '';
  const at = atPath(json, path);
  const list = Array.isArray(at) ? at : at !== null && typeof at === 'object' ? [at] : [];
  return list.map((value, i) => ({ ctx: { kind: 'json', value, root: json, no: i + 1 }, line: null, label: `${i + 1}件目` }));
}

/** A JSON file matches a profile when its first record has every signature key. */
export function jsonMatches(json: unknown, profile: ImportProfile): boolean {
  if (profile.source.kind !== 'json' || !profile.match.keys?.length) return false;
  const first = jsonRecords(json, profile)[0]?.ctx;
  if (!first || first.kind !== 'json' || first.value === null || typeof first.value !== 'object') return false;
  return profile.match.keys.every((k) => atPath(first.value, k) !== undefined);
}

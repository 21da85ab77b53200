import { labelKey } from '../forms/compact';
import { columnLetter } from '../grid';
import type { ValueSpec } from './profile';

/**
 * Reading one value of a record by its ValueSpec: a column of a table row (by header, header words, letter, or a
 * header inside a year block) or a path in a JSON record. What comes back is the cell text as written, and where
 * it stood (for findings); rules are applied by the caller, so the raw text is always the original.
 */
export interface Located {
  text: string;
  /** `BT（国庫支出金）` for a table cell, the JSON path for a record value */
  where: string;
}

/** A table's header: one text per column (rows of a multi-row header joined), compacted for matching. */
export interface TableHeader {
  texts: string[];
  keys: string[];
}

export class ProfileError extends Error {}

export type RecordContext =
  | { kind: 'table'; header: TableHeader; cells: string[]; no: number; block?: { from: number; to: number } }
  | { kind: 'json'; value: unknown; root: unknown; no: number; /** where value stands in the record: `指標.成果指標[1]` */ at?: string };

/** Column index of a header spec, or a ProfileError naming the header that is not there. */
export function columnOf(header: TableHeader, spec: ValueSpec, block?: { from: number; to: number }): number {
  if ('letter' in spec) return letterIndex(spec.letter);
  if ('blockColumn' in spec) {
    if (!block || spec.blockColumn > block.to - block.from) throw new ProfileError(`年度のまとまりの ${spec.blockColumn} 列目は${block ? 'まとまりの幅を超えています' : 'まとまりの外では読めません'}`);
    return block.from + spec.blockColumn - 1;
  }
  const from = block?.from ?? 0;
  const to = block?.to ?? header.keys.length;
  let wanted: (key: string) => boolean;
  let label: string;
  let nth = 1;
  if ('col' in spec) {
    const k = labelKey(spec.col);
    wanted = (key) => key === k;
    label = spec.col;
    nth = spec.nth ?? 1;
  } else if ('colContains' in spec) {
    const parts = spec.colContains.map(labelKey);
    wanted = (key) => parts.every((p) => key.includes(p));
    label = spec.colContains.join('…');
    nth = spec.nth ?? 1;
  } else if ('inBlock' in spec) {
    const k = labelKey(spec.inBlock);
    wanted = (key) => key === k;
    label = spec.inBlock;
  } else {
    throw new ProfileError('列を指定していない値は列として読めません');
  }
  let seen = 0;
  for (let c = from; c < to; c++) {
    if (wanted(header.keys[c] ?? '') && ++seen === nth) return c;
  }
  throw new ProfileError(`列「${label}」${nth > 1 ? `（${nth}つ目）` : ''}が見出しにありません${block ? `（年度のまとまり ${columnLetter(from)}〜${columnLetter(to - 1)} の中）` : ''}`);
}

function letterIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** The value a spec points at in a record; null when a JSON path leads nowhere (an absent value, not an error). */
export function locate(spec: ValueSpec, ctx: RecordContext): Located | null {
  if ('const' in spec) return { text: spec.const, where: '（設定の定数）' };
  if ('format' in spec) return { text: formatValue(spec.format, ctx), where: spec.format };
  if ('date' in spec) {
    const part = (s: ValueSpec) => locate(s, ctx)?.text.trim() ?? '';
    const [y, m, d] = [part(spec.date.year), part(spec.date.month), part(spec.date.day)];
    if (y === '' && m === '' && d === '') return { text: '', where: '（日付）' };
    return { text: `${spec.date.era ?? ''}${y}年${m}月${d}日`, where: '（年・月・日の列）' };
  }
  if (ctx.kind === 'json') {
    if (!('path' in spec)) throw new ProfileError('JSON の値は path で指定してください');
    const value = atPath(ctx.value, spec.path);
    return value === undefined ? null : { text: jsonText(value), where: ctx.at ? `${ctx.at}.${spec.path}` : spec.path };
  }
  if ('path' in spec) throw new ProfileError('表の値は列（col・colContains・letter）で指定してください');
  const c = columnOf(ctx.header, spec, 'inBlock' in spec || 'blockColumn' in spec ? ctx.block : undefined);
  return { text: ctx.cells[c] ?? '', where: `${columnLetter(c)}（${firstLine(ctx.header.texts[c] ?? '')}）` };
}

/** `{所管局}-{#}`: header texts or JSON paths in braces, {#} the record's number. */
function formatValue(format: string, ctx: RecordContext): string {
  return format.replace(/\{([^{}]+)\}/g, (_, name: string) => {
    if (name === '#') return String(ctx.no);
    const spec: ValueSpec = ctx.kind === 'json' ? { path: name } : { col: name };
    return locate(spec, ctx)?.text.trim() ?? '';
  });
}

/** `a.b.c` in nested objects; a key with a dot in it is written with brackets: `事業費_千円["R5決算"].歳出`. */
export function atPath(value: unknown, path: string): unknown {
  if (path === '' || path === '.') return value;
  let current: unknown = value;
  for (const key of splitPath(path)) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

function splitPath(path: string): string[] {
  const keys: string[] = [];
  const re = /\[\s*"([^"]*)"\s*\]|([^.[\]]+)/g;
  for (let m = re.exec(path); m; m = re.exec(path)) keys.push(m[1] ?? m[2]!);
  return keys;
}

/** A JSON value as the text a cell would hold: numbers exactly, null as empty. */
export function jsonText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

function firstLine(s: string): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > 24 ? `${t.slice(0, 24)}…` : t;
}

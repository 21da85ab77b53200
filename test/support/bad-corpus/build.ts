/**
 * Building blocks of the bad-input corpus (test/fixtures/bad/): tables written as CSV/TSV text from rows whose
 * meaning is known, damage written into them verbatim, and the bytes of each encoding. The line of every row is
 * counted as it is written, so a case's expected findings and valid rows name lines the generator knows, not
 * lines read back from the import.
 */
import { encodeCp932, encodeUtf16le } from '../../../src/sample/encode-text';
import type { Severity, TableName } from '../../../src/import/types';

/** A row as written in the file, and what it means. */
export interface ExpectedRow {
  file: string;
  line: number;
  table: TableName;
  /** an undamaged row: it must load with these values */
  valid: boolean;
  /** the values the row means (DB column → value); a damaged row's are what its writer meant */
  values: Record<string, unknown>;
}

export interface ExpectedFinding {
  file: string;
  line: number | null;
  /** the column as the file heads it; undefined: any column */
  column?: string | null;
  severity: Severity;
  /** a phrase the message must hold */
  contains?: string;
}

/**
 * A figure computed from the loaded rows (SQL over the analyses' base tables) and the value a right reading of what
 * was written gives. A different value is a silent change unless a finding stands at `excusedBy`.
 */
export interface ExpectedFigure {
  sql: string;
  value: unknown;
  excusedBy: { file: string; line: number | null } | null;
}

export interface CorpusCase {
  id: string;
  class: number;
  wrong: string;
  files: string[];
  validRows: number;
  rows: ExpectedRow[];
  findings: ExpectedFinding[];
  figures: ExpectedFigure[];
}

/** One row to write: its cells (quoted as Excel would), or a raw line written as it is (damage). */
export interface RowSpec {
  cells?: string[];
  raw?: string;
  /** the table and meaning of the row; absent for a line that is no row (blank, title, junk) */
  table?: TableName;
  valid?: boolean;
  values?: Record<string, unknown>;
}

export const row = (table: TableName, cells: string[], values: Record<string, unknown>, valid = true): RowSpec => ({ table, cells, values, valid });
export const damaged = (table: TableName, raw: string, values: Record<string, unknown>): RowSpec => ({ table, raw, values, valid: false });
export const rawLine = (raw: string): RowSpec => ({ raw });

export interface WriteOptions {
  delimiter?: ',' | '\t';
  eol?: '\r\n' | '\n';
  /** lines written above the header (titles, blank lines) */
  above?: string[];
}

export interface Written {
  text: string;
  /** the line each row starts on */
  lines: number[];
  headerLine: number;
}

/** Quotes a cell when it must be (delimiter, quote, line break), as Excel's CSV save does. */
export function quote(cell: string, delimiter: string): string {
  return cell.includes(delimiter) || cell.includes('"') || cell.includes('\n') || cell.includes('\r') ? `"${cell.replaceAll('"', '""')}"` : cell;
}

export function writeTable(header: string[], rows: RowSpec[], opts: WriteOptions = {}): Written {
  const d = opts.delimiter ?? ',';
  const eol = opts.eol ?? '\r\n';
  let text = '';
  let line = 1;
  const put = (s: string) => {
    text += s + eol;
    line += 1 + (s.match(/\n/g)?.length ?? 0);
  };
  for (const a of opts.above ?? []) put(a);
  const headerLine = line;
  put(header.map((h) => quote(h, d)).join(d));
  const lines: number[] = [];
  for (const r of rows) {
    lines.push(line);
    put(r.raw ?? r.cells!.map((c) => quote(c, d)).join(d));
  }
  return { text, lines, headerLine };
}

export type TextEncoding = 'utf-8' | 'utf-8-bom' | 'shift_jis' | 'euc-jp' | 'utf-16le' | 'utf-16le-nobom' | 'utf-16be';

export function encode(text: string, encoding: TextEncoding): Uint8Array {
  switch (encoding) {
    case 'utf-8':
      return new TextEncoder().encode(text);
    case 'utf-8-bom':
      return concat([Uint8Array.of(0xef, 0xbb, 0xbf), new TextEncoder().encode(text)]);
    case 'shift_jis':
      return encodeCp932(text);
    case 'euc-jp':
      return encodeEucJp(text);
    case 'utf-16le':
      return encodeUtf16le(text);
    case 'utf-16le-nobom':
      return encodeUtf16le(text).slice(2);
    case 'utf-16be': {
      const le = encodeUtf16le(text).slice(2);
      for (let i = 0; i + 1 < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1]!, le[i]!];
      return le;
    }
  }
}

export function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

let eucTable: Map<string, number[]> | null = null;

/** EUC-JP bytes: the inverse of the WHATWG decoder (JIS X 0208 in two bytes, half-width kana after 0x8E). */
function encodeEucJp(text: string): Uint8Array {
  if (!eucTable) {
    eucTable = new Map();
    const dec = new TextDecoder('euc-jp');
    for (let a = 0xa1; a <= 0xfe; a++) {
      for (let b = 0xa1; b <= 0xfe; b++) {
        const ch = dec.decode(Uint8Array.of(a, b));
        if (ch.length === 1 && ch !== '\uFFFD' && !eucTable.has(ch)) eucTable.set(ch, [a, b]);
      }
    }
    for (let b = 0xa1; b <= 0xdf; b++) eucTable.set(dec.decode(Uint8Array.of(0x8e, b)), [0x8e, b]);
  }
  const out: number[] = [];
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (c < 0x80) out.push(c);
    else {
      const bytes = eucTable.get(ch);
      if (!bytes) throw new Error(`not in EUC-JP: ${ch}`);
      out.push(...bytes);
    }
  }
  return Uint8Array.from(out);
}

/** The line (1-based) on which the first occurrence of `needle` stands in `text`. */
export function lineOf(text: string, needle: string): number {
  const at = text.indexOf(needle);
  if (at < 0) throw new Error(`not in text: ${needle}`);
  return 1 + (text.slice(0, at).match(/\n/g)?.length ?? 0);
}

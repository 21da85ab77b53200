import type { Severity } from '../types';
import type { Scan } from './scan';

/** Something about the decoding of one spot of a file. line and column are 1-based, in the decoded text. */
export interface DecodeIssue {
  line: number;
  column: number;
  /** the bytes as written, in hex (0x93 0xFA), or the character found */
  raw: string;
  message: string;
  severity: Severity;
}

/** Issues reported one by one per file; past this, one more issue counts the rest. */
export const MAX_ISSUES = 100;

/**
 * The text a WHATWG decoder would give (valid runs through TextDecoder, U+FFFD for each undecodable unit, the
 * characters the scanner supplies), with each undecodable unit's offset in that text.
 */
export function assemble(bytes: Uint8Array, start: number, label: string, scan: Scan): { text: string; replaced: { offset: number; raw: string; atEnd: boolean }[] } {
  const decoder = new TextDecoder(label, { ignoreBOM: true });
  const parts: string[] = [];
  const replaced: { offset: number; raw: string; atEnd: boolean }[] = [];
  let length = 0;
  let from = start;
  const push = (s: string) => {
    parts.push(s);
    length += s.length;
  };
  for (const e of scan.events ?? []) {
    if (e.at > from) push(decoder.decode(bytes.subarray(from, e.at)));
    if (e.char === null) {
      replaced.push({ offset: length, raw: hex(bytes.subarray(e.at, e.at + e.length)), atEnd: e.at + e.length === bytes.length });
      push('\ufffd');
    } else push(e.char);
    from = e.at + e.length;
  }
  if (from < bytes.length) push(decoder.decode(bytes.subarray(from)));
  return { text: parts.join(''), replaced };
}

function hex(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => `0x${b.toString(16).toUpperCase().padStart(2, '0')}`).join(' ');
}

/**
 * One issue per U+FFFD in the text: the ones put there for undecodable bytes are errors (a character was lost);
 * any other was in the file already when the encoding can carry U+FFFD (UTF-8, UTF-16: something was lost before the
 * file was saved), or is a loss the decoder found (`foreignIsLoss`: ISO-2022-JP, or a decoder that disagrees with
 * the scanner) — reported all the same, so that no U+FFFD is ever stored unsaid.
 */
export function issuesFor(text: string, replaced: { offset: number; raw: string; atEnd: boolean }[], encodingName: string, foreignIsLoss: boolean): DecodeIssue[] {
  const issues: DecodeIssue[] = [];
  const ours = new Map(replaced.map((r) => [r.offset, r]));
  const newline = text.includes('\n') ? '\n' : '\r';
  let total = 0;
  let line = 1;
  let scanned = 0;
  let column = 1; // the column of the character at offset `scanned`
  for (let at = text.indexOf('\ufffd'); at !== -1; at = text.indexOf('\ufffd', at + 1)) {
    total++;
    if (issues.length >= MAX_ISSUES) continue;
    // Advance line and column to `at`, in one pass over the text in all.
    for (let p = text.indexOf(newline, scanned); p !== -1 && p < at; p = text.indexOf(newline, p + 1)) {
      line++;
      scanned = p + 1;
      column = 1;
    }
    column += countCodePoints(text, scanned, at);
    scanned = at;
    const mine = ours.get(at);
    if (mine) issues.push(undecodable(encodingName, line, column, mine.raw, mine.atEnd));
    else if (foreignIsLoss) issues.push(undecodable(encodingName, line, column, '?', false));
    else issues.push(foundReplacement(encodingName, line, column));
  }
  if (total > MAX_ISSUES) {
    const last = issues.at(-1)!;
    issues.push({
      line: last.line,
      column: last.column,
      raw: '',
      severity: 'error',
      message: `${encodingName} として読めない箇所がほかに ${(total - MAX_ISSUES).toLocaleString('en')} か所あります（どれも「�」に置き換えました）。文字コードを確かめてください（${total - MAX_ISSUES} more undecodable spots）`,
    });
  }
  return issues;
}

function undecodable(encodingName: string, line: number, column: number, raw: string, atEnd: boolean): DecodeIssue {
  const where = `${line}行目 ${column}文字目`;
  const message = atEnd
    ? `ファイルが ${encodingName} の文字の途中で終わっています（${where}: ${raw}）。切れた文字は「�」に置き換えました（the file ends inside a character）`
    : `${where}に ${encodingName} として読めないバイト（${raw}）があります。その文字は「�」に置き換え、ほかの部分はそのまま読みました（undecodable bytes at line ${line}, column ${column}）`;
  return { line, column, raw, severity: 'error', message };
}

function foundReplacement(encodingName: string, line: number, column: number): DecodeIssue {
  return {
    line,
    column,
    raw: '\ufffd',
    severity: 'warning',
    message: `${line}行目 ${column}文字目に置換文字「�」（U+FFFD）があります。このファイルが作られる前に文字が失われています（${encodingName}; the file itself holds U+FFFD）`,
  };
}

function countCodePoints(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c < 0xdc00 || c > 0xdfff || i === from || s.charCodeAt(i - 1) < 0xd800 || s.charCodeAt(i - 1) > 0xdbff) n++;
  }
  return n;
}

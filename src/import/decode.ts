import { assemble, issuesFor, type DecodeIssue } from './encoding/assemble';
import { scanEucJp, scanShiftJis, scanUtf16, scanUtf8, type Scan } from './encoding/scan';
import type { Encoding } from './types';

export type { DecodeIssue } from './encoding/assemble';

/**
 * A decoded file: its text, the encoding it was read in, and one issue per spot that did not decode (each
 * replaced by U+FFFD in the text, never silently) or that held U+FFFD already.
 */
export type Decoded = { ok: true; text: string; encoding: Encoding; issues: DecodeIssue[] } | { ok: false; message: string };

/** How each encoding is named to the user. */
export const ENCODING_NAMES: Readonly<Record<Encoding, string>> = {
  'utf-8': 'UTF-8',
  'utf-8-bom': 'UTF-8（BOM付き）',
  shift_jis: 'Shift_JIS（CP932）',
  'euc-jp': 'EUC-JP',
  'iso-2022-jp': 'ISO-2022-JP（JIS）',
  'utf-16le': 'UTF-16LE',
  'utf-16be': 'UTF-16BE',
};

const LABELS: Readonly<Record<Encoding, string>> = {
  'utf-8': 'utf-8',
  'utf-8-bom': 'utf-8',
  shift_jis: 'shift_jis',
  'euc-jp': 'euc-jp',
  'iso-2022-jp': 'iso-2022-jp',
  'utf-16le': 'utf-16le',
  'utf-16be': 'utf-16be',
};

/**
 * Detects how the bytes were written and decodes them; the user is never asked. By evidence, not by the first
 * failure: a byte-order mark decides; else the pattern of zero bytes tells UTF-16 without a BOM; else UTF-8,
 * Shift_JIS (CP932, as Excel writes it) and EUC-JP are each scanned over the whole file and the one with the fewest
 * undecodable bytes and implausible characters wins. A UTF-8 file with a few bad bytes stays UTF-8 (its valid
 * multi-byte characters outweigh them). The undecodable bytes of the winner become issues with line and column.
 * The WHATWG TextDecoder decodes every one of these encodings; only the detection is ours.
 */
export function decodeBytes(bytes: Uint8Array): Decoded {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return decodeAs(bytes, 3, 'utf-8-bom', scanUtf8(bytes, 3));
  // Excel's 'Unicode text' export: UTF-16LE with BOM, tab-separated.
  if (startsWith(bytes, [0xff, 0xfe])) return decodeAs(bytes, 2, 'utf-16le', scanUtf16(bytes, 2, false));
  if (startsWith(bytes, [0xfe, 0xff])) return decodeAs(bytes, 2, 'utf-16be', scanUtf16(bytes, 2, true));
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    return { ok: false, message: 'Excel ブック（.xlsx）のようです。Excel で「CSV」として保存してから読み込んでください。' };
  }
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    return { ok: false, message: 'Excel 97-2003 ブック（.xls）のようです。Excel で「CSV」として保存してから読み込んでください。' };
  }
  const utf16 = sniffUtf16(bytes);
  if (utf16) return decodeAs(bytes, 0, utf16, scanUtf16(bytes, 0, utf16 === 'utf-16be'));
  if (looksBinary(bytes)) {
    return { ok: false, message: 'テキストではないファイル（バイナリ）です。CSV ファイルを選んでください。' };
  }
  if (isIso2022Jp(bytes)) return decodeAs(bytes, 0, 'iso-2022-jp', null);

  // Strict UTF-8 validity is strong evidence: Japanese text in another encoding is almost never valid UTF-8. The
  // platform's own decoder checks that fastest.
  const strict = strictUtf8(bytes);
  if (strict !== null) return { ok: true, text: strict, encoding: 'utf-8', issues: issuesFor(strict, [], ENCODING_NAMES['utf-8'], false) };
  const utf8 = scanUtf8(bytes, 0, false);
  // A few damaged spots among many good multi-byte characters: UTF-8 still, with the bad bytes reported.
  if (utf8.multibyte >= 4 * utf8.spots) return decodeAs(bytes, 0, 'utf-8', scanUtf8(bytes));
  // A damaged spot weighs as much as ten unusual characters; on a tie the earlier (more common) encoding wins.
  const score = (s: Scan) => s.spots * 10 + s.odd;
  const sjis = scanShiftJis(bytes, 0, false);
  // EUC-JP can only tie a flawless Shift_JIS reading, and a tie goes to Shift_JIS: no need to scan it then.
  const euc = score(sjis) === 0 ? null : scanEucJp(bytes, 0, false);
  let best: Encoding = score(sjis) < score(utf8) ? 'shift_jis' : 'utf-8';
  if (euc && score(euc) < Math.min(score(sjis), score(utf8))) best = 'euc-jp';
  // The winner is scanned again to record where its bad bytes are, unless it has none to record.
  const counted = best === 'utf-8' ? utf8 : best === 'shift_jis' ? sjis : euc!;
  if (counted.errors + counted.supplied === 0) return decodeAs(bytes, 0, best, counted);
  const scan = best === 'utf-8' ? scanUtf8(bytes) : best === 'shift_jis' ? scanShiftJis(bytes) : scanEucJp(bytes);
  return decodeAs(bytes, 0, best, scan);
}

function decodeAs(bytes: Uint8Array, start: number, encoding: Encoding, scan: Scan | null): Decoded {
  const label = LABELS[encoding];
  const { text, replaced } = scan
    ? assemble(bytes, start, label, scan)
    : { text: new TextDecoder(label).decode(bytes.subarray(start)), replaced: [] };
  // A U+FFFD the scanner did not put there is a lost character too, unless the encoding can carry U+FFFD itself.
  const canHoldReplacement = encoding.startsWith('utf-');
  return { ok: true, text, encoding, issues: issuesFor(text, replaced, ENCODING_NAMES[encoding], !canHoldReplacement) };
}

function strictUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

const SAMPLE = 65536;

/**
 * UTF-16 without a BOM: a table always has ASCII (digits, commas, line breaks), whose other byte is zero, at even
 * offsets for big-endian and odd for little-endian; no 8-bit encoding writes zero bytes. Japanese characters may have
 * a zero byte too (一 is U+4E00), so one side must clearly outnumber the other, the zero bytes must be many (a stray
 * NUL in an 8-bit file is no evidence), and the decoded sample must read as text.
 */
function sniffUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, SAMPLE) & ~1;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  // Digits, delimiters and line breaks are a good share of any table (a twentieth of its characters at the least):
  // two stray NULs in a UTF-8 file were once enough to read it all as UTF-16BE mojibake.
  const enough = Math.max(2, n / 2 / 20);
  const guess = odd >= enough && odd >= 4 * even ? 'utf-16le' : even >= enough && even >= 4 * odd ? 'utf-16be' : null;
  if (!guess) return null;
  const sample = new TextDecoder(guess).decode(bytes.subarray(0, n));
  // ...and a table has line breaks or delimiters: a misreading pairs them with the bytes beside them.
  if (!/[\n\r\t,]/.test(sample)) return null;
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) control++;
  }
  return control <= sample.length / 100 ? guess : null;
}

/**
 * Zero bytes (more than 1%, and more than a few) or control characters in the first 8 KB: not a text export. A few
 * stray ones, even in a short file, are left to the cells (each is reported there, with its line).
 */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  let zero = 0;
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) zero++;
    if (b < 0x09 || (b > 0x0d && b < 0x20 && b !== 0x1b)) control++;
  }
  return n > 0 && ((zero * 100 > n && zero > 8) || control / n > 0.05);
}

/** 7-bit text that switches to JIS X 0208 with ESC $ B (or ESC $ @): ISO-2022-JP, as old mail and some hosts write. */
function isIso2022Jp(bytes: Uint8Array): boolean {
  let escapes = false;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b >= 0x80) return false;
    if (b === 0x1b && bytes[i + 1] === 0x24 && (bytes[i + 2] === 0x42 || bytes[i + 2] === 0x40)) escapes = true;
  }
  return escapes;
}

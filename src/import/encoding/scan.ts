/**
 * Byte scanners that follow the WHATWG decoders (utf-8, shift_jis, euc-jp, utf-16) step by step, to find what a
 * decoder would replace with U+FFFD and where, and to weigh how plausible the bytes are as Japanese text in each
 * encoding. TextDecoder alone can tell neither: it replaces silently, or (fatal) throws at the first bad byte.
 * Every scanner is one pass over the bytes.
 */

/** Scanners record events only when asked: while detecting, a file in the wrong encoding has millions of errors. */

/** Something a valid run of bytes is not: an undecodable unit (one U+FFFD) or a character the scanner supplies. */
export interface ScanEvent {
  /** byte offset and length of the unit */
  at: number;
  length: number;
  /** null: undecodable; otherwise the character these bytes stand for (decoded here, not by TextDecoder) */
  char: string | null;
}

export interface Scan {
  /** in byte order; the bytes between events are valid and decode with TextDecoder. Null when only counting. */
  events: ScanEvent[] | null;
  errors: number;
  /** characters that are possible but unusual in a Japanese table (half-width kana, private use, C1 controls), weighted */
  odd: number;
  /** characters of more than one byte that decoded */
  multibyte: number;
  /** characters the scanner supplies (see ScanEvent.char): without them, TextDecoder alone decodes the bytes */
  supplied: number;
  /**
   * damaged spots: runs of adjacent errors count once. One bad byte in UTF-8 orphans the continuation bytes after
   * it, each an error of its own, but it is one damage.
   */
  spots: number;
  /** where the last error ended, to tell a new spot from the continuation of one */
  lastErrorEnd: number;
}

/** WHATWG utf-8 decoder: each maximal invalid subpart is one error. BOM handling is the caller's. */
export function scanUtf8(bytes: Uint8Array, start = 0, record = true): Scan {
  const scan: Scan = { events: record ? [] : null, errors: 0, odd: 0, multibyte: 0, supplied: 0, spots: 0, lastErrorEnd: -1 };
  const n = bytes.length;
  let i = start;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need = 0;
    let lower = 0x80;
    let upper = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lower = 0xa0;
      if (b === 0xed) upper = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lower = 0x90;
      if (b === 0xf4) upper = 0x8f;
    } else {
      error(scan, i, 1);
      i++;
      continue;
    }
    let j = i + 1;
    let seen = 0;
    while (seen < need && j < n) {
      const c = bytes[j]!;
      if (c < lower || c > upper) break;
      lower = 0x80;
      upper = 0xbf;
      j++;
      seen++;
    }
    if (seen < need) {
      // The maximal subpart is one error; the byte that broke it is read again.
      error(scan, i, j - i);
      i = j;
      continue;
    }
    scan.multibyte++;
    // C1 controls (C2 80–C2 9F) and private use (U+E000–F8FF: EE 80 80 – EF A3 BF) are rare in real text.
    if ((b === 0xc2 && bytes[i + 1]! < 0xa0) || b === 0xee || (b === 0xef && bytes[i + 1]! < 0xa4)) scan.odd++;
    i = j;
  }
  return scan;
}

// Whether a two-byte sequence (or the last two of EUC-JP's three-byte JIS X 0212) maps to a character, asked of the
// platform's own decoder once per sequence and remembered: 0 not asked yet, 1 valid, 2 invalid. Looked up inline in
// the scanners' loops (no call, no allocation per character).
const SJIS = new Uint8Array(0x10000);
const JIS0208 = new Uint8Array(0x10000);
const JIS0212 = new Uint8Array(0x10000);
const decoders: Record<string, TextDecoder> = {};

function learn(table: Uint8Array, key: number, label: string, seq: number[]): number {
  let ok = false;
  try {
    const text = (decoders[label] ??= new TextDecoder(label, { fatal: true })).decode(Uint8Array.from(seq));
    ok = text.length > 0 && text.length <= 2 && !text.includes('\ufffd');
  } catch {
    ok = false;
  }
  return (table[key] = ok ? 1 : 2);
}

/** WHATWG shift_jis decoder (= Windows CP932). */
export function scanShiftJis(bytes: Uint8Array, start = 0, record = true): Scan {
  const scan: Scan = { events: record ? [] : null, errors: 0, odd: 0, multibyte: 0, supplied: 0, spots: 0, lastErrorEnd: -1 };
  const n = bytes.length;
  let i = start;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    if (b === 0x80) {
      // U+0080 by the standard; some decoders (ICU in Node) disagree, so the character is supplied here.
      scan.events?.push({ at: i, length: 1, char: '\u0080' });
      scan.supplied++;
      scan.odd++;
      i++;
      continue;
    }
    if (b >= 0xa1 && b <= 0xdf) {
      scan.odd += 0.5; // half-width katakana: old systems write it, but most Japanese text does not
      i++;
      continue;
    }
    if ((b >= 0x81 && b <= 0x9f) || (b >= 0xe0 && b <= 0xfc)) {
      if (i + 1 >= n) {
        error(scan, i, 1); // the file ends inside a character
        i++;
        continue;
      }
      const t = bytes[i + 1]!;
      if ((t >= 0x40 && t <= 0x7e) || (t >= 0x80 && t <= 0xfc)) {
        const pointer = (b - (b < 0xa0 ? 0x81 : 0xc1)) * 188 + t - (t < 0x7f ? 0x40 : 0x41);
        if (pointer >= 8836 && pointer <= 10715) {
          // User-defined characters (外字) map to private use by the standard; supplied here for the same reason.
          scan.events?.push({ at: i, length: 2, char: String.fromCharCode(0xe000 - 8836 + pointer) });
          scan.supplied++;
          scan.odd++;
          scan.multibyte++;
          i += 2;
          continue;
        }
        const key = (b << 8) | t;
        if ((SJIS[key] || learn(SJIS, key, 'shift_jis', [b, t])) === 1) {
          scan.multibyte++;
          i += 2;
          continue;
        }
      }
      // An ASCII byte after a lead byte is read again as itself.
      const length = t < 0x80 ? 1 : 2;
      error(scan, i, length);
      i += length;
      continue;
    }
    error(scan, i, 1); // 0xA0, 0xFD–0xFF
    i++;
  }
  return scan;
}

const inEucRange = (x: number | undefined): x is number => x !== undefined && x >= 0xa1 && x <= 0xfe;

/** WHATWG euc-jp decoder: JIS X 0208 pairs, 8E + half-width katakana, 8F + JIS X 0212 pairs. */
export function scanEucJp(bytes: Uint8Array, start = 0, record = true): Scan {
  const scan: Scan = { events: record ? [] : null, errors: 0, odd: 0, multibyte: 0, supplied: 0, spots: 0, lastErrorEnd: -1 };
  const n = bytes.length;
  let i = start;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    const b2 = bytes[i + 1];
    if (b === 0x8e) {
      if (b2 !== undefined && b2 >= 0xa1 && b2 <= 0xdf) {
        scan.odd += 0.5;
        scan.multibyte++;
        i += 2;
        continue;
      }
      i += eucError(scan, i, b2, 1);
      continue;
    }
    if (b === 0x8f) {
      const b3 = bytes[i + 2];
      if (inEucRange(b2)) {
        const key = (b2 << 8) | (b3 ?? 0);
        if (inEucRange(b3) && (JIS0212[key] || learn(JIS0212, key, 'euc-jp', [b, b2, b3])) === 1) {
          scan.odd += 0.5; // JIS X 0212: rare kanji
          scan.multibyte++;
          i += 3;
          continue;
        }
        i += eucError(scan, i, b3, 2);
        continue;
      }
      i += eucError(scan, i, b2, 1);
      continue;
    }
    if (inEucRange(b)) {
      const key = (b << 8) | (b2 ?? 0);
      if (inEucRange(b2) && (JIS0208[key] || learn(JIS0208, key, 'euc-jp', [b, b2])) === 1) {
        scan.multibyte++;
        i += 2;
        continue;
      }
      i += eucError(scan, i, b2, 1);
      continue;
    }
    error(scan, i, 1);
    i++;
  }
  return scan;
}

/** An error after `read` bytes of a sequence: the next byte is part of it unless it is ASCII or the end. */
function eucError(scan: Scan, at: number, next: number | undefined, read: number): number {
  const length = next === undefined || next < 0x80 ? read : read + 1;
  error(scan, at, length);
  return length;
}

/** UTF-16: lone surrogates, and an odd byte at the end. */
export function scanUtf16(bytes: Uint8Array, start: number, bigEndian: boolean, record = true): Scan {
  const scan: Scan = { events: record ? [] : null, errors: 0, odd: 0, multibyte: 0, supplied: 0, spots: 0, lastErrorEnd: -1 };
  const end = start + ((bytes.length - start) & ~1);
  const unit = (k: number) => (bigEndian ? (bytes[k]! << 8) | bytes[k + 1]! : bytes[k]! | (bytes[k + 1]! << 8));
  for (let i = start; i < end; i += 2) {
    const u = unit(i);
    if (u < 0xd800 || u > 0xdfff) continue;
    if (u <= 0xdbff && i + 2 < end) {
      const v = unit(i + 2);
      if (v >= 0xdc00 && v <= 0xdfff) {
        i += 2;
        continue;
      }
    }
    // A leading surrogate that the file ends after, with half a code unit left: one error for both (WHATWG).
    if (u <= 0xdbff && i + 2 === end && end < bytes.length) {
      error(scan, i, 3);
      return scan;
    }
    error(scan, i, 2);
  }
  if (end < bytes.length) error(scan, end, 1);
  return scan;
}

function error(scan: Scan, at: number, length: number): void {
  scan.events?.push({ at, length, char: null });
  scan.errors++;
  if (at !== scan.lastErrorEnd) scan.spots++;
  scan.lastErrorEnd = at + length;
}

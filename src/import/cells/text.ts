/** Text helpers shared by every cell parser. Every function here runs in linear time on any input. */

/**
 * NFKC folds what Japanese IMEs type in full width (３，０８３, Ｒ６, ％, the U+3000 space) and era ligatures
 * (㋿ → 令和) to their plain forms. Only for reading numbers and codes: user prose is shown as written.
 */
export function toHalfWidth(s: string): string {
  return s.normalize('NFKC');
}

/**
 * The form a value (year, figure, date, period…) is read from: NFKC, and each run of white space as one (a run
 * holding a line break as one line break). Value patterns put `\s*` beside other `\s*`; on a long run of spaces a
 * backtracking regex retries every split of the run, which took minutes on a 300,000-space cell. With runs of one,
 * reading stays linear. Never used for text that is stored as written.
 */
export function toValueText(s: string): string {
  return squeezeSpaces(toHalfWidth(s));
}

export function squeezeSpaces(s: string): string {
  return s.replace(/\s{2,}/g, (run) => (run.includes('\n') ? '\n' : ' '));
}

/**
 * Excel exports keep the cell as typed: an ideographic space (U+3000) or a stray tab after the value, and CRLF
 * for Alt+Enter line breaks inside a quoted cell. String.prototype.trim already covers U+3000, tabs and a BOM.
 */
export function cleanText(raw: string): string {
  const t = raw.trim();
  // split/join rather than replace(/\r\n?/g): a regex replace costs about a microsecond a match, too slow for a
  // cell of half a million line breaks.
  return t.includes('\r') ? t.split('\r\n').join('\n').split('\r').join('\n') : t;
}

/**
 * No year, figure, date, period, tick or direction is written in more than this many characters (a figure with its
 * note runs to a few dozen). A longer cell in such a column is prose or damage: it is reported without running the
 * value patterns over it, which bounds their cost whatever the cell holds.
 */
export const MAX_VALUE_LENGTH = 1000;

/** Whether a cell holds anything that reads as a digit (full-width, circled…), without normalising all of it. */
export function hasNumberChar(s: string): boolean {
  return /\p{N}/u.test(s);
}

// Japanese sheets mark 'nothing here' with whichever dash the writer's IME offered. ー (U+30FC, the katakana
// long vowel mark) looks alike but is a letter, so it is deliberately absent. U+2212 (minus) alone is no number
// either. Dashes may be doubled (――), as Japanese typesetting writes a dash two characters long.
const DASHES = /^[-—―‐–−]+$/;
const NONE_WORDS = new Set(['なし', '該当なし']);
// A long cell is prose or a figure, never 'none', unless it is a long rule of dashes: skip NFKC over it otherwise.
const SHORT = 32;
const ONLY_DASHES_AND_SPACES = /^[\s\p{Pd}\u2212]+$/u;

export function isNotApplicable(raw: string): boolean {
  const t = raw.trim();
  if (t === '') return true;
  if (t.length > SHORT && !ONLY_DASHES_AND_SPACES.test(t)) return false;
  const s = toHalfWidth(t).replace(/\s/g, '');
  return s === '' || DASHES.test(s) || NONE_WORDS.has(s);
}

/** The 'normalised name' that follows a program or indicator across years: NFKC, every space removed. */
export function identityKey(s: string): string {
  return toHalfWidth(s).replace(/\s/g, '');
}

// JavaScript's `\s`: ECMAScript WhiteSpace and LineTerminator.
const SPACES = new Set([...'\t\n\v\f\r \u00a0\u1680\u2028\u2029\u202f\u205f\u3000\ufeff', ...Array.from({ length: 11 }, (_, i) => String.fromCharCode(0x2000 + i))]);

/** JavaScript's `\s`, for scanning by hand. */
export function isSpace(ch: string | undefined): boolean {
  return ch !== undefined && SPACES.has(ch);
}

/**
 * A text that ends with a parenthesised part, split there: `名前 (R6)` → { before: '名前', inner: 'R6' }. The part
 * may hold no parenthesis of either kind, so its opening is the last parenthesis before the end; `before` has
 * its trailing white space taken off. By hand rather than `/^(.*?)\s*[(（]([^()（）]*)[)）]$/s`, which is quadratic
 * (cubic with `\s*` inside the parentheses) on a long run of spaces.
 */
export function splitTrailingParen(s: string, opens = '(（', closes = ')）'): { before: string; inner: string } | null {
  if (!closes.includes(s.at(-1) ?? '\0')) return null;
  for (let i = s.length - 2; i >= 0; i--) {
    const ch = s[i]!;
    if (closes.includes(ch)) return null;
    if (opens.includes(ch)) return { before: s.slice(0, i).trimEnd(), inner: s.slice(i + 1, -1) };
  }
  return null;
}

export interface Bracketed {
  /** where the match starts: the white space before the bracket, if any */
  index: number;
  /** the match: white space, the bracket and its content, white space */
  text: string;
  inner: string;
}

/**
 * Every `【…】` in a text with the white space on either side, as `s.matchAll(/\s*【([^【】]*)】\s*\/g)` finds them,
 * in linear time (that regex retries a long run of spaces from each of its positions).
 */
export function findBracketed(s: string, open = '【', close = '】'): Bracketed[] {
  const found: Bracketed[] = [];
  let lastEnd = 0;
  let from = 0;
  for (;;) {
    const first = s.indexOf(open, from);
    if (first === -1) break;
    const shut = s.indexOf(close, first + 1);
    if (shut === -1) break;
    // Of the brackets opened before this close, only the last holds no other 【: the others cannot match.
    const at = s.lastIndexOf(open, shut);
    let start = at;
    while (start > lastEnd && isSpace(s[start - 1])) start--;
    let end = shut + 1;
    while (end < s.length && isSpace(s[end])) end++;
    found.push({ index: start, text: s.slice(start, end), inner: s.slice(at + 1, shut) });
    lastEnd = from = end;
  }
  return found;
}

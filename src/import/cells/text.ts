/** Text helpers shared by every cell parser. */

/**
 * NFKC folds what Japanese IMEs type in full width (３，０８３, Ｒ６, ％, the U+3000 space) and era ligatures
 * (㋿ → 令和) to their plain forms. Only for reading numbers and codes: user prose is shown as written.
 */
export function toHalfWidth(s: string): string {
  return s.normalize('NFKC');
}

/**
 * Excel exports keep the cell as typed: an ideographic space (U+3000) or a stray tab after the value, and CRLF
 * for Alt+Enter line breaks inside a quoted cell. String.prototype.trim already covers U+3000, tabs and a BOM.
 */
export function cleanText(raw: string): string {
  return raw.replace(/\r\n?/g, '\n').trim();
}

// Japanese sheets mark 'nothing here' with whichever dash the writer's IME offered. ー (U+30FC, the katakana
// long vowel mark) looks alike but is a letter, so it is deliberately absent. U+2212 (minus) alone is no number
// either. Dashes may be doubled (――), as Japanese typesetting writes a dash two characters long.
const DASHES = /^[-—―‐–−]+$/;
const NONE_WORDS = new Set(['なし', '該当なし']);

export function isNotApplicable(raw: string): boolean {
  const s = toHalfWidth(raw).replace(/\s/g, '');
  return s === '' || DASHES.test(s) || NONE_WORDS.has(s);
}

/** The 'normalised name' that follows a program or indicator across years: NFKC, every space removed. */
export function identityKey(s: string): string {
  return toHalfWidth(s).replace(/\s/g, '');
}

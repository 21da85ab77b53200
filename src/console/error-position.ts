/**
 * Where DuckDB says the error is. Its messages end with the offending line and a caret:
 *
 *   LINE 2:   nope + 1 FROM t
 *             ^
 *
 * The caret counts display columns (a Japanese character is two wide), and a long line is shown cut, with "..." in
 * front. This finds the line and the column in the SQL the user wrote and returns a character range to highlight.
 */
export interface ErrorRange {
  from: number;
  to: number;
}

const LINE_AND_CARET = /LINE (\d+): (.*)\n( *)\^/;

export function errorRange(message: string, sql: string): ErrorRange | null {
  const m = LINE_AND_CARET.exec(message);
  if (!m) return null;
  const lineNo = Number(m[1]);
  const prefixWidth = `LINE ${m[1]}: `.length;
  let shown = m[2]!;
  let caretWidth = m[3]!.length - prefixWidth;

  const lines = sql.split('\n');
  const line = lines[lineNo - 1];
  if (line === undefined || caretWidth < 0) return null;
  const lineStart = lines.slice(0, lineNo - 1).reduce((sum, l) => sum + l.length + 1, 0);

  if (shown.startsWith('...')) {
    shown = shown.slice(3);
    caretWidth -= 3;
  }
  const caretInShown = charIndexAtWidth(shown, caretWidth);
  const core = shown.endsWith('...') ? shown.slice(0, -3) : shown;
  const shownAt = line.indexOf(core);
  const column = (shownAt < 0 ? 0 : shownAt) + caretInShown;
  if (column > line.length) return null;

  const from = lineStart + column;
  // the token at the caret: a word, a quoted string, or at least one character
  const rest = line.slice(column);
  const token = /^([\p{L}\p{N}_$]+|'(?:[^']|'')*'|"(?:[^"]|"")*")/u.exec(rest)?.[0] ?? rest.slice(0, 1);
  return { from, to: from + Math.max(token.length, rest.length > 0 ? 1 : 0) };
}

/** The index of the character that starts at display column `width` (wide characters count two). */
export function charIndexAtWidth(text: string, width: number): number {
  let w = 0;
  let i = 0;
  while (i < text.length && w < width) {
    const code = text.codePointAt(i)!;
    w += isWide(code) ? 2 : 1;
    i += code > 0xffff ? 2 : 1;
  }
  return i;
}

/** East Asian wide and full-width characters (CJK, kana, full-width forms), but not half-width kana. */
function isWide(code: number): boolean {
  return (
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    (code >= 0x1f300 && code <= 0x1faff) ||
    (code >= 0x20000 && code <= 0x3fffd)
  );
}

/**
 * Width of text in half-width units, as Japanese printing and Excel count it: Latin-1 and half-width kana are 1,
 * everything else (kanji, kana, full-width forms) 2.
 */
export function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    w += code <= 0xff || (code >= 0xff61 && code <= 0xff9f) ? 1 : 2;
  }
  return w;
}

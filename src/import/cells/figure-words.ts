/**
 * Words around a figure that a sheet writes and a number does not hold: a bound or an estimate (`100以上`, `約100`,
 * `2,700人程度`) and figures in kanji numerals (`三千`). Both used to be read silently: `100以上` as 100 with the
 * unit 以上 (which then became the indicator's unit), `三千` as a 'not measured' word. Linear, by hand.
 */

// Longest first: 以上 before 上-less words, 超え before 超, 見込み before 見込.
const AFTER = ['以上', '以下', '未満', '超え', '超', '程度', '前後', '余り', 'あまり', '見込み', '見込', '強', '弱'];
const BEFORE = ['約', '概ね', 'おおむね', 'およそ', '最大', '最低'];

/** `約100` → { text: '100', word: '約' }; a word only counts when a figure follows it. */
export function takeLeadingQualifier(norm: string): { text: string; word: string | null } {
  for (const w of BEFORE) {
    if (!norm.startsWith(w)) continue;
    const rest = norm.slice(w.length).trimStart();
    if (/^[-+−▲△]?\d/.test(rest)) return { text: rest, word: w };
  }
  return { text: norm, word: null };
}

/** The unit text after a figure with a trailing bound taken off: `人以上` → { unit: '人', word: '以上' }. */
export function takeTrailingQualifier(unit: string): { unit: string; word: string | null } {
  for (const w of AFTER) if (unit.endsWith(w)) return { unit: unit.slice(0, -w.length).trim(), word: w };
  return { unit, word: null };
}

const KANJI_NUMERALS = new Set(Array.from('〇零一二三四五六七八九十百千万億兆壱弐参拾'));

/**
 * `三千`, `一万二千人`: two or more kanji numerals, then at most a short unit. One numeral is a word more often than a
 * figure (十分, 一部, 百貨店), so it stays a word.
 */
export function isKanjiFigure(norm: string): boolean {
  const chars = Array.from(norm.trim());
  let i = 0;
  while (i < chars.length && KANJI_NUMERALS.has(chars[i]!)) i++;
  if (i < 2) return false;
  const rest = chars.slice(i);
  return rest.length <= 3 && !rest.some((c) => /[\p{Script=Hiragana}\s]/u.test(c));
}

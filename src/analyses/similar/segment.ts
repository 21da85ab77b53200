/**
 * Japanese text as the words similar programs are compared by: the built-in word segmentation (Intl.Segmenter('ja'),
 * ICU's dictionary, in browsers and Node alike, no dependency), after NFKC. Kept:
 * - content words of two or more characters (kanji, katakana, Latin; a hiragana word only when it is not a function
 *   word such as する or ため): 子育て, 支援, センター, ごみ;
 * - each two neighbouring content words joined, which puts back the compounds the dictionary splits and carries the
 *   single-kanji suffixes that make them (認知 + 症 → 認知症, 利用 + 者 → 利用者).
 * Figures, punctuation and one-character particles are left out.
 */
const SEGMENTER = new Intl.Segmenter('ja', { granularity: 'word' });

/** Kanji, katakana (with the prolonged sound mark) or a Latin letter: what makes a segment a content word. */
const CONTENT = /[\p{Script=Han}\p{Script=Katakana}ーa-z]/u;
const HIRAGANA_ONLY = /^[\p{Script=Hiragana}ー]+$/u;
const DIGITS_ONLY = /^[\d.,]+$/;

/** Hiragana words that carry no topic: auxiliaries, formal nouns, demonstratives and compound particles. */
const FUNCTION_WORDS = new Set([
  'する', 'して', 'した', 'します', 'され', 'される', 'させ', 'ます', 'まし', 'ある', 'あり', 'いる', 'おり', 'なる', 'なり',
  'なっ', 'ない', 'れる', 'られる', 'こと', 'ため', 'よう', 'もの', 'など', 'から', 'まで', 'より', 'として', 'について',
  'により', 'による', 'において', 'における', 'ついて', 'また', 'および', 'ならびに', 'その', 'この', 'それ', 'これ',
  'です', 'でし', 'ござい', 'いく', 'いき', 'でき', 'できる', 'ながら', 'とも', 'ほか', 'とき', 'ところ', 'うち', 'へと',
]);

function isContent(word: string): boolean {
  if (DIGITS_ONLY.test(word)) return false;
  if (HIRAGANA_ONLY.test(word)) return word.length >= 2 && !FUNCTION_WORDS.has(word);
  return CONTENT.test(word);
}

/** The terms of one text, in order, repeats kept (their count is the term frequency). */
export function segmentTerms(text: string | null | undefined): string[] {
  if (!text) return [];
  const out: string[] = [];
  let previous: string | null = null;
  for (const s of SEGMENTER.segment(text.normalize('NFKC').toLowerCase())) {
    const word = s.segment;
    if (!s.isWordLike || !isContent(word)) {
      previous = null;
      continue;
    }
    if (word.length >= 2) out.push(word);
    // a compound is two neighbouring words each with a kanji or katakana (not a hiragana word, not a figure)
    const compoundable = CONTENT.test(word) && !HIRAGANA_ONLY.test(word);
    if (previous !== null && compoundable) out.push(previous + word);
    previous = compoundable ? word : null;
  }
  return out;
}

/** Term → how often it occurs. */
export function termCounts(texts: readonly (string | null | undefined)[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const text of texts) for (const term of segmentTerms(text)) counts.set(term, (counts.get(term) ?? 0) + 1);
  return counts;
}

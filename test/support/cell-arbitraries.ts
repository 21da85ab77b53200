/** fast-check generators for cell text: the characters that cell readers treat specially, and any text at all. */
import fc from 'fast-check';

// Everything a reader's patterns react to: digits (half and full width), separators, signs, units, era names, year
// suffixes, brackets and parentheses of both widths, dashes, every kind of white space and line break, invisible and
// control characters, words, and surrogate pairs.
export const TRICKY = [
  ...'0123456789０１２３４５',
  ...',，.．:：・、/~〜～-－—―−▲△+',
  ...'()（）【】「」',
  ...'年度月日RrHhSs令和平成昭元万千百億円人件%％㎡',
  ' ', '\u3000', '\t', '\n', '\r\n', '\u00a0',
  '\u200b', '\ufeff', '\u202e', '\u001b', '\u0000', '\u009b',
  '#', '!', '?', 'N/A', 'REF', 'DIV/0',
  'あ', '事業', '課', 'No.', '№', '☑', '□', '○', '×', 'up', '増', '減', 'なし', '該当なし', '𠮷',
];

export const trickyText = (maxLength = 40) => fc.string({ unit: fc.constantFrom(...TRICKY), maxLength });

/** Tricky text, or any string of code points (lone surrogates included through 'binary'). */
export const anyCell = fc.oneof(trickyText(), fc.string({ unit: 'binary', maxLength: 40 }), fc.string({ unit: 'grapheme', maxLength: 40 }));

/** A pattern of tricky characters to repeat into a long cell, with a head and a tail. */
export const longCellShape = fc.record({
  head: trickyText(4),
  pattern: fc.string({ unit: fc.constantFrom(...TRICKY), minLength: 1, maxLength: 4 }),
  tail: trickyText(4),
});

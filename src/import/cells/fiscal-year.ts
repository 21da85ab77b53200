import { readYearLabel } from './era';
import { cellError, cellOk, quoteCell, tooLong, type CellResult } from './result';
import { cleanText, isNotApplicable, MAX_VALUE_LENGTH, toHalfWidth, toValueText } from './text';

const EXPECTED = '年度（2024, 2024年度, 令和6年度, R6, H30）';

/**
 * The Western year a fiscal year starts in (令和6年度 = April 2024 to March 2025 → 2024).
 * An empty cell is 'not applicable' (null); whether a row may lack its year is the row's business.
 */
export function parseFiscalYear(raw: string): CellResult<number> {
  const text = cleanText(raw);
  if (isNotApplicable(text)) return cellOk(null);
  if (text.length > MAX_VALUE_LENGTH) return tooLong(EXPECTED, text, '年度');
  const norm = toValueText(text);
  const label = readYearLabel(norm);
  if (!label || label.end !== norm.length) {
    return cellError(EXPECTED, `${quoteCell(text)}は年度として読めません（not a fiscal year）`);
  }
  if (label.problem) return cellError(EXPECTED, `${quoteCell(text)}は年度として読めません: ${label.problem}`);
  return cellOk(label.year);
}

// Between a header's year and its name: 'R6 目標値', 'R6：目標値'.
const HEADER_YEAR_REACH = 64;
const SEPARATOR = /^[\s:：]+/;

/**
 * Splits the sheet's own year off a header, as the seed writes them ('R6 目標値', '令和6年度 予算額',
 * '2024年度決算額') → { year: 2024, rest: '目標値' }; rest is the header as written, trimmed.
 * A bare western number needs 年度/年 or a space after it, so a figure such as '2700人' is no header year.
 */
export function parseEraYearPrefix(s: string): { year: number; rest: string } | null {
  const text = cleanText(s);
  const norm = toHalfWidth(text);
  // The year stands at the start: its patterns need not run over a long header.
  const label = readYearLabel(norm.slice(0, HEADER_YEAR_REACH));
  if (!label || label.problem) return null;
  const after = norm.slice(label.end);
  const western = label.eraBase === null;
  if (western && !label.suffixed && after !== '' && !/^\s/.test(after)) return null;
  const rest = text.slice(originalOffset(text, label.end));
  return { year: label.year, rest: rest.replace(SEPARATOR, '').trim() };
}

/**
 * NFKC may change lengths (㋿ → 令和), so find where the normalised prefix ends in the text as written,
 * to hand back the rest of the header verbatim. A normalised prefix grows with the prefix it comes from, so a
 * binary search finds the shortest prefix long enough, and the first few from there are compared (trying every
 * prefix in turn was quadratic).
 */
function originalOffset(text: string, normalisedEnd: number): number {
  const norm = toHalfWidth(text);
  if (norm === text) return normalisedEnd;
  const target = norm.slice(0, normalisedEnd);
  // Search the short prefixes first: the year is at the start, and normalising the whole text twenty times is not.
  let hi = 1;
  while (hi < text.length && toHalfWidth(text.slice(0, hi)).length < target.length) hi *= 2;
  hi = Math.min(hi, text.length);
  let lo = hi >> 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (toHalfWidth(text.slice(0, mid)).length >= target.length) hi = mid;
    else lo = mid + 1;
  }
  for (let i = lo; i <= Math.min(text.length, lo + 4); i++) {
    if (toHalfWidth(text.slice(0, i)) === target) return i;
  }
  return text.length;
}

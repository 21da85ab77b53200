import { readYearLabel } from './era';
import { cellError, cellOk, quoteCell, type CellResult } from './result';
import { cleanText, isNotApplicable, toHalfWidth } from './text';

const EXPECTED = '年度（2024, 2024年度, 令和6年度, R6, H30）';

/**
 * The Western year a fiscal year starts in (令和6年度 = April 2024 to March 2025 → 2024).
 * An empty cell is 'not applicable' (null); whether a row may lack its year is the row's business.
 */
export function parseFiscalYear(raw: string): CellResult<number> {
  const text = cleanText(raw);
  if (isNotApplicable(text)) return cellOk(null);
  const norm = toHalfWidth(text);
  const label = readYearLabel(norm);
  if (!label || label.end !== norm.length) {
    return cellError(EXPECTED, `${quoteCell(text)}は年度として読めません（not a fiscal year）`);
  }
  if (label.problem) return cellError(EXPECTED, `${quoteCell(text)}は年度として読めません: ${label.problem}`);
  return cellOk(label.year);
}

// Between a header's year and its name: 'R6 目標値', 'R6：目標値'.
const SEPARATOR = /^[\s:：]+/;

/**
 * Splits the sheet's own year off a header, as the seed writes them ('R6 目標値', '令和6年度 予算額',
 * '2024年度決算額') → { year: 2024, rest: '目標値' }; rest is the header as written, trimmed.
 * A bare western number needs 年度/年 or a space after it, so a figure such as '2700人' is no header year.
 */
export function parseEraYearPrefix(s: string): { year: number; rest: string } | null {
  const text = cleanText(s);
  const norm = toHalfWidth(text);
  const label = readYearLabel(norm);
  if (!label || label.problem) return null;
  const after = norm.slice(label.end);
  const western = label.eraBase === null;
  if (western && !label.suffixed && after !== '' && !/^\s/.test(after)) return null;
  const rest = text.slice(originalOffset(text, label.end));
  return { year: label.year, rest: rest.replace(SEPARATOR, '').trim() };
}

/**
 * NFKC may change lengths (㋿ → 令和), so find where the normalised prefix ends in the text as written,
 * to hand back the rest of the header verbatim.
 */
function originalOffset(text: string, normalisedEnd: number): number {
  const target = toHalfWidth(text).slice(0, normalisedEnd);
  for (let i = 0; i <= text.length; i++) {
    if (toHalfWidth(text.slice(0, i)) === target) return i;
  }
  return text.length;
}

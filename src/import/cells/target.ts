import { readYearLabel, type YearLabel } from './era';
import { parseQuantity, wordsForFigure } from './number';
import { cellError, cellOk, quoteCell, type CellResult } from './result';
import { cleanText, isNotApplicable, toHalfWidth } from './text';

export interface Target {
  value: number;
  unit: string | null;
  targetYear: number | null;
}

const EXPECTED = '目標値（2,700 / 2,700人 / R9年度 2,700人 / 令和9年度：2,700人）';

// Words a writer puts between the target year and the figure: 'R9年度目標 2,700人', 'R9年度まで：2,700'.
const YEAR_TAIL = /^\s*(?:目標値?|までに?)?\s*:?\s*/;
// A year written after the figure instead: '2,700人（R9年度）'.
const TRAILING_PAREN = /^(.*?)\s*\(\s*([^()]+?)\s*\)$/s;

/**
 * A target, with the year it is due when the sheet names one. Sheets state a multi-year goal in the target cell
 * itself ('R9年度 2,700人' on a 令和6 sheet), so the year is read from there.
 */
export function parseTarget(raw: string): CellResult<Target> {
  const text = cleanText(raw);
  if (isNotApplicable(text)) return cellOk(null);
  const norm = toHalfWidth(text);

  const leading = readLeadingYear(norm);
  if (leading) return withYear(text, leading.label, norm.slice(leading.end));

  const trailing = TRAILING_PAREN.exec(norm);
  const label = trailing ? readYearLabel(trailing[2] ?? '') : null;
  if (trailing && label && (trailing[2] ?? '').slice(label.end).replace(YEAR_TAIL, '') === '') {
    return withYear(text, label, trailing[1] ?? '');
  }

  return withYear(text, null, text);
}

/** '(R9) ', 'R9年度 ', '2027年度：'. A bare four-digit number is a figure, not a year, unless 年度/年 or ( ) mark it. */
function readLeadingYear(norm: string): { label: YearLabel; end: number } | null {
  const paren = /^\(\s*/.exec(norm);
  const start = paren ? paren[0].length : 0;
  const label = readYearLabel(norm, start);
  if (!label) return null;
  let end = label.end;
  if (paren) {
    const close = /^\s*\)/.exec(norm.slice(end));
    if (!close) return null;
    end += close[0].length;
  } else if (label.eraBase === null && !label.suffixed) {
    return null;
  }
  const tail = YEAR_TAIL.exec(norm.slice(end));
  return { label, end: end + (tail?.[0].length ?? 0) };
}

function withYear(text: string, label: YearLabel | null, figure: string): CellResult<Target> {
  if (label?.problem) return cellError(EXPECTED, `${quoteCell(text)}の目標年度が読めません: ${label.problem}`);
  if (label && isNotApplicable(figure)) {
    return cellError(EXPECTED, `${quoteCell(text)}には目標年度だけで目標値がありません（a year but no figure）`);
  }
  const quantity = parseQuantity(figure);
  if (!quantity.ok) {
    // Words keep parseQuantity's warning (the indicator is 'not measured'); anything else is this cell's error.
    if (quantity.severity === 'warning') return wordsForFigure(text);
    return cellError(EXPECTED, `${quoteCell(text)}は目標値として読めません（not a target）`);
  }
  if (quantity.value === null) return cellOk(null);
  return cellOk({ ...quantity.value, targetYear: label?.year ?? null });
}

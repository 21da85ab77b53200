import { readYearLabel, type YearLabel } from './era';
import { excelError } from './excel-error';
import { readFigure, wordsForFigure, type Quantity } from './number';
import { cellError, cellOk, quoteCell, tooLong, type CellResult, type CellWarning } from './result';
import { cleanText, hasNumberChar, isNotApplicable, MAX_VALUE_LENGTH, splitTrailingParen, toValueText } from './text';

export interface Target {
  value: number;
  unit: string | null;
  targetYear: number | null;
  scale?: Quantity['scale'];
}

const EXPECTED = '目標値（2,700 / 2,700人 / R9年度 2,700人 / 令和9年度：2,700人）';

// Words a writer puts between the target year and the figure: 'R9年度目標 2,700人', 'R9年度まで：2,700'.
const YEAR_TAIL = /^\s*(?:目標値?|までに?)?\s*:?\s*/;

/**
 * A target, with the year it is due when the sheet names one. Sheets state a multi-year goal in the target cell
 * itself ('R9年度 2,700人' on a 令和6 sheet), so the year is read from there.
 */
export function parseTarget(raw: string): CellResult<Target> {
  const text = cleanText(raw);
  if (isNotApplicable(text)) return cellOk(null);
  const spreadsheetError = excelError<Target>(text);
  if (spreadsheetError) return spreadsheetError;
  if (text.length > MAX_VALUE_LENGTH) return hasNumberChar(text) ? tooLong(EXPECTED, text, '目標値') : wordsForFigure(text);
  const norm = toValueText(text);

  const leading = readLeadingYear(norm);
  if (leading) return withYear(text, leading.label, norm.slice(leading.end));

  // A year written after the figure instead: '2,700人（R9年度）'.
  const trailing = splitTrailingParen(norm, '(', ')');
  const inner = trailing?.inner.trim() ?? '';
  const label = inner !== '' ? readYearLabel(inner) : null;
  if (trailing && label && inner.slice(label.end).replace(YEAR_TAIL, '') === '') {
    return withYear(text, label, trailing.before);
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
  const figureText = cleanText(figure);
  if (isNotApplicable(figureText)) return cellOk(null);
  const spreadsheetError = excelError<Target>(figureText);
  if (spreadsheetError) return spreadsheetError;
  const read = readFigure(toValueText(figureText));
  // Words keep the 'not measured' warning; anything else is this cell's error, with its reason when there is one.
  if (read.kind === 'words') return wordsForFigure(text);
  if (read.kind === 'bad') return cellError(EXPECTED, `${quoteCell(text)}は${read.reason ?? '目標値として読めません（not a target）'}`);
  const warnings: CellWarning[] = read.warning ? [{ expected: EXPECTED, severity: 'warning', message: `${quoteCell(text)}は${read.warning}` }] : [];
  return cellOk({ ...read.quantity, targetYear: label?.year ?? null }, warnings);
}

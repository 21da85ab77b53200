import { readYearLabel, type YearLabel } from './era';
import { cellError, cellOk, quoteCell, tooLong, type CellResult } from './result';
import { cleanText, isNotApplicable, MAX_VALUE_LENGTH, toValueText } from './text';

const EXPECTED = '対象年（R6・7・8, R6～R8, R6〜8, R6, 2024-2026, R6、R7）';

// Lists are written with ・ (the seed), 、 or commas; ranges with ～ (NFKC: ~), the wave dash 〜, or a dash.
const LIST_SEPARATOR = /\s*[・、,/]\s*/;
const RANGE_SEPARATOR = /\s*[~〜\-–—―]\s*/;
const WRAPPED = /^\((.*)\)$/s;

/**
 * The fiscal years an activity runs, sorted and unique. A bare number after an era year stays in that era,
 * as the seed's activity names write it: 'R6・7・8' is 令和6, 7 and 8.
 */
export function parsePeriod(raw: string): CellResult<number[]> {
  const text = cleanText(raw);
  if (isNotApplicable(text)) return cellOk(null);
  if (text.length > MAX_VALUE_LENGTH) return tooLong(EXPECTED, text, '対象年');
  let norm = toValueText(text);
  norm = (WRAPPED.exec(norm)?.[1] ?? norm).trim();

  const years = new Set<number>();
  let eraBase: number | null = null;
  for (const item of norm.split(LIST_SEPARATOR)) {
    const ends: number[] = [];
    for (const part of item.split(RANGE_SEPARATOR)) {
      const label = readPeriodYear(part, eraBase);
      if (!label) return cellError(EXPECTED, `${quoteCell(text)}は対象年として読めません（not a period）`);
      if (label.problem) return cellError(EXPECTED, `${quoteCell(text)}は対象年として読めません: ${label.problem}`);
      eraBase = label.eraBase;
      ends.push(label.year);
    }
    const from = ends[0];
    const to = ends.at(-1);
    if (from === undefined || to === undefined || ends.length > 2 || to < from) {
      return cellError(EXPECTED, `${quoteCell(text)}は対象年として読めません（not a period）`);
    }
    for (let y = from; y <= to; y++) years.add(y);
  }
  return cellOk([...years].sort((a, b) => a - b));
}

function readPeriodYear(part: string, eraContext: number | null): YearLabel | null {
  const label = readYearLabel(part, 0, eraContext);
  return label && label.end === part.length ? label : null;
}

import { checkYearRange, ERA_NAME, eraBase, eraYearToWestern } from './era';
import { cellError, cellOk, quoteCell, tooLong, type CellResult } from './result';
import { cleanText, isNotApplicable, MAX_VALUE_LENGTH, toValueText } from './text';

const EXPECTED = '日付（2025/05/16, 2025-05-16, 2025.5.16, 2025年5月16日, 令和7年5月16日, R7.5.16）';

// Separators are taken loosely because sheets mix them: the seed's 作成日 is '2025.5/16'. A time after the date
// appears when Excel exports a date-time cell ('2025/5/16 0:00').
const SEP_YEAR = String.raw`\s*[./\-年]\s*`;
const SEP_MONTH = String.raw`\s*[./\-月]\s*`;
const DAY_AND_TIME = String.raw`(\d{1,2})\s*日?(?:(?:\s+|T)\d{1,2}:\d{2}(?::\d{2})?)?$`;
const WESTERN_DATE = new RegExp(String.raw`^(\d{4})${SEP_YEAR}(\d{1,2})${SEP_MONTH}${DAY_AND_TIME}`);
const ERA_DATE = new RegExp(String.raw`^${ERA_NAME}\s*(元|\d{1,2})${SEP_YEAR}(\d{1,2})${SEP_MONTH}${DAY_AND_TIME}`, 'i');
/** A calendar date as 'YYYY-MM-DD'. */
export function parseDate(raw: string): CellResult<string> {
  const text = cleanText(raw);
  if (isNotApplicable(text)) return cellOk(null);
  if (text.length > MAX_VALUE_LENGTH) return tooLong(EXPECTED, text, '日付');
  const norm = toValueText(text);
  const parts = readDateParts(norm);
  if (!parts) return cellError(EXPECTED, `${quoteCell(text)}は日付として読めません（not a date）`);
  const [year, month, day] = parts;
  const problem = checkYearRange(year);
  if (problem) return cellError(EXPECTED, `${quoteCell(text)}は日付として読めません: ${problem}`);
  if (!isCalendarDate(year, month, day)) {
    return cellError(EXPECTED, `${quoteCell(text)}は存在しない日付です（no such date）`);
  }
  return cellOk(`${year}-${pad(month)}-${pad(day)}`);
}

function readDateParts(norm: string): [number, number, number] | null {
  const western = WESTERN_DATE.exec(norm);
  if (western) return [Number(western[1]), Number(western[2]), Number(western[3])];
  const era = ERA_DATE.exec(norm);
  if (!era) return null;
  const { year, eraYear } = eraYearToWestern(eraBase(era[1] ?? ''), era[2] ?? '');
  if (eraYear === 0) return null;
  return [year, Number(era[3]), Number(era[4])];
}

function isCalendarDate(year: number, month: number, day: number): boolean {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

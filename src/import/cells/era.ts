/** Year labels as Japanese sheets write them: western (2024) or era (令和6, R6, 平成元). Input is NFKC-normalised. */
import { isSpace } from './text';

export const MIN_YEAR = 1950;
export const MAX_YEAR = 2100;

// The year before each era's first year, so era year n is base + n (令和1 = 2019, 平成1 = 1989, 昭和1 = 1926).
// Sheets abbreviate eras to their romanised initial (R6, H30, S60), in either case.
const ERA_BASE: ReadonlyMap<string, number> = new Map([
  ['令和', 2018],
  ['r', 2018],
  ['平成', 1988],
  ['h', 1988],
  ['昭和', 1925],
  ['s', 1925],
]);

/** Regex source matching an era name; use with the 'i' flag. */
export const ERA_NAME = '(令和|平成|昭和|[RHS])';

export function eraBase(name: string): number {
  return ERA_BASE.get(name.toLowerCase()) ?? 0;
}

// 元 is how the first year of an era is written (令和元年). The lookahead keeps a date (R7.5.16), a thousands
// figure (R92,700) or a chemical-looking code (H2O) from reading as a year.
const ERA_TOKEN = new RegExp(String.raw`^${ERA_NAME}\s*(元|\d{1,2})(?![\d.,A-Za-z])`, 'i');
const WESTERN_TOKEN = /^(\d{4})(?![\d.,])/;
const BARE_ERA_NUMBER = /^(元|\d{1,2})(?![\d.,A-Za-z])/;
// '2024（令和6）年度' and '令和6（2024）年度' are common in municipal documents: the same year in both calendars.
// Read by crossCheck() by hand: /^\s*\(\s*([^()]*?)\s*\)/ is quadratic in a run of spaces inside the parentheses.
const SUFFIX = /^\s*(年度|年)/;

export interface YearToken {
  year: number;
  /** the era's base year when the token was an era year, so that R6・7・8 can read 7 and 8 in 令和 */
  eraBase: number | null;
  eraYear: number | null;
  /** offset just after the token */
  end: number;
}

export function eraYearToWestern(eraBase: number, eraYear: string): { year: number; eraYear: number } {
  const n = eraYear === '元' ? 1 : Number(eraYear);
  return { year: eraBase + n, eraYear: n };
}

/**
 * One year token (no 年度 suffix) at offset `at`. With `eraContext`, a bare number (the 7 of R6・7) is read in
 * that era.
 */
export function readYearToken(s: string, at = 0, eraContext: number | null = null): YearToken | null {
  const rest = s.slice(at);
  const era = ERA_TOKEN.exec(rest);
  if (era) {
    const base = eraBase(era[1] ?? '');
    const { year, eraYear } = eraYearToWestern(base, era[2] ?? '');
    return { year, eraBase: base, eraYear, end: at + era[0].length };
  }
  const western = WESTERN_TOKEN.exec(rest);
  if (western) return { year: Number(western[1]), eraBase: null, eraYear: null, end: at + western[0].length };
  const bare = eraContext === null ? null : BARE_ERA_NUMBER.exec(rest);
  if (!bare || eraContext === null) return null;
  const { year, eraYear } = eraYearToWestern(eraContext, bare[1] ?? '');
  return { year, eraBase: eraContext, eraYear, end: at + bare[0].length };
}

export interface YearLabel extends YearToken {
  /** 年度 or 年 was written after the year */
  suffixed: boolean;
  /** what is wrong with the year, in Japanese, or null */
  problem: string | null;
}

/** A full year label at offset `at`: a token, an optional cross-check in parentheses, an optional 年度/年. */
export function readYearLabel(s: string, at = 0, eraContext: number | null = null): YearLabel | null {
  const token = readYearToken(s, at, eraContext);
  if (!token) return null;
  let end = token.end;
  let suffixed = false;
  let mismatch = false;
  const takeSuffix = (): void => {
    const m = SUFFIX.exec(s.slice(end));
    if (m && !suffixed) {
      suffixed = true;
      end += m[0].length;
    }
  };
  takeSuffix();
  const cross = crossCheck(s, end);
  if (cross) {
    const inner = readYearLabel(cross.inner);
    const innerIsOtherCalendar = inner && (inner.eraBase === null) !== (token.eraBase === null);
    if (inner && innerIsOtherCalendar && inner.end === cross.inner.length) {
      // 平成0 or 令和99 inside the parentheses is no year either: as wrong as a different year.
      mismatch = inner.year !== token.year || inner.problem !== null;
      end = cross.end;
      takeSuffix();
    }
  }
  return { ...token, end, suffixed, problem: yearProblem(token, mismatch) };
}

/** '（令和6）' at `at`, with white space before or inside: its trimmed content and the offset after it. */
function crossCheck(s: string, at: number): { inner: string; end: number } | null {
  let i = at;
  while (isSpace(s[i])) i++;
  if (s[i] !== '(') return null;
  let close = i + 1;
  while (close < s.length && s[close] !== '(' && s[close] !== ')') close++;
  if (s[close] !== ')') return null;
  return { inner: s.slice(i + 1, close).trim(), end: close + 1 };
}

function yearProblem(token: YearToken, mismatch: boolean): string | null {
  if (token.eraYear === 0) return '元号の年は1（元年）から始まります（era years start at 1）';
  if (mismatch) return '西暦と元号の年が食い違っています（the two calendars disagree）';
  return checkYearRange(token.year);
}

export function checkYearRange(year: number): string | null {
  if (year < MIN_YEAR || year > MAX_YEAR) {
    return `${year}年は範囲外です（${MIN_YEAR}〜${MAX_YEAR}年）`;
  }
  return null;
}

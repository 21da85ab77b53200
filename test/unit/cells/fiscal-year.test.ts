import { describe, expect, it } from 'vitest';
import { parseEraYearPrefix, parseFiscalYear } from '../../../src/import/cells/fiscal-year';
import { ERROR, NOT_APPLICABLE, ok, outcome } from './outcome';

describe('parseFiscalYear', () => {
  it.each([
    ['2024', 2024],
    ['2024年度', 2024],
    ['2024年', 2024],
    ['R6', 2024],
    ['R6年度', 2024],
    ['令和6年度', 2024],
    ['令和6年', 2024],
    ['令和6', 2024],
    ['令和元年度', 2019],
    ['令和1年度', 2019],
    ['R1', 2019],
    ['H30', 2018],
    ['H31', 2019],
    ['平成30年度', 2018],
    ['平成元年', 1989],
    ['平成元年度', 1989],
    ['S60', 1985],
    ['昭和60年度', 1985],
    ['昭和25年度', 1950],
    ['２０２４', 2024],
    ['２０２４年度', 2024],
    ['R 6', 2024],
    ['R 6 年度', 2024],
    ['令和 6 年度', 2024],
    ['r6', 2024],
    ['h30', 2018],
    ['Ｒ６', 2024],
    ['Ｒ６年度', 2024],
    ['令和６年度', 2024],
    ['㋿6年度', 2024],
    ['㍻30年度', 2018],
    ['\u3000R6\t', 2024],
    ['2024（令和6）年度', 2024],
    ['令和6(2024)年度', 2024],
    ['令和6年度（2024年度）', 2024],
    ['1950', 1950],
    ['2100', 2100],
    ['R82', 2100],
  ])('%j → %i', (raw, expected) => {
    expect(outcome(parseFiscalYear(raw))).toEqual(ok(expected));
  });

  it.each([[''], ['   '], ['—'], ['－']])('%j is not applicable (the row decides whether a year is required)', (raw) => {
    expect(outcome(parseFiscalYear(raw))).toEqual(NOT_APPLICABLE);
  });

  it.each([
    ['1949'], // out of range
    ['2101'],
    ['R83'], // 2101
    ['昭和24年度'], // 1949
    ['令和0年度'],
    ['R0'],
    ['平成0年'],
    ['ほげ'],
    ['24'],
    ['20245'],
    ['2024年度予算'],
    ['R6.5'],
    ['R'],
    ['令和'],
    ['年度'],
    ['2,024'],
    ['M30'], // 明治 is not an era a sheet's fiscal year can be in
    ['2024（令和5）年度'], // the two calendars disagree
    ['1988（平成0）年度'], // no 平成0: was read as 1988
    ['2019（令和0）年度'],
    ['R6・7'],
    ['FY2024'],
  ])('%j is an error', (raw) => {
    expect(outcome(parseFiscalYear(raw))).toEqual(ERROR);
  });

  it('says what it expected and which text it could not read', () => {
    expect(parseFiscalYear('ほげ')).toEqual({
      ok: false,
      expected: '年度（2024, 2024年度, 令和6年度, R6, H30）',
      severity: 'error',
      message: '「ほげ」は年度として読めません（not a fiscal year）',
    });
  });

  it('names the reason for an era year 0', () => {
    const r = parseFiscalYear('令和0年度');
    expect(r.ok ? null : r.message).toBe(
      '「令和0年度」は年度として読めません: 元号の年は1（元年）から始まります（era years start at 1）',
    );
  });

  it('names the range for a year out of range', () => {
    const r = parseFiscalYear('1949');
    expect(r.ok ? null : r.message).toBe('「1949」は年度として読めません: 1949年は範囲外です（1950〜2100年）');
  });
});

describe('parseEraYearPrefix', () => {
  it.each([
    ['R6 目標値', 2024, '目標値'],
    ['R6目標値', 2024, '目標値'],
    ['R7 目標値', 2025, '目標値'],
    ['R6 予算額', 2024, '予算額'],
    ['R6 決算額', 2024, '決算額'],
    ['R6実績値', 2024, '実績値'],
    ['R6 活動・事業内容', 2024, '活動・事業内容'],
    ['令和6年度 予算額', 2024, '予算額'],
    ['令和6年度予算額（千円）', 2024, '予算額（千円）'],
    ['2024年度決算額', 2024, '決算額'],
    ['2024 目標値', 2024, '目標値'],
    ['Ｒ７　目標値', 2025, '目標値'],
    ['Ｒ６　予算額（千円）', 2024, '予算額（千円）'],
    ['㋿6年度 予算額', 2024, '予算額'],
    ['R6：目標値', 2024, '目標値'],
    ['R6: 目標値', 2024, '目標値'],
    ['H30 実績値', 2018, '実績値'],
    ['  R6 目標値  ', 2024, '目標値'],
    ['R6', 2024, ''],
    ['令和6年度', 2024, ''],
  ])('%j → %i + %j', (header, year, rest) => {
    expect(parseEraYearPrefix(header)).toEqual({ year, rest });
  });

  it.each([
    ['目標値'],
    ['2,700人'],
    ['2700人'],
    ['2000人'], // a figure whose value falls in the year range
    ['1980円'],
    ['12月'],
    ['指標 (単位)'],
    ['活動名・事業名 (対象年)'],
    ['H2O濃度'],
    ['R0 目標値'],
    ['1900年度 目標値'],
    ['Rate'],
    [''],
  ])('%j has no year prefix', (header) => {
    expect(parseEraYearPrefix(header)).toBe(null);
  });
});

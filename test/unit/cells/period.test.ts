import { describe, expect, it } from 'vitest';
import { parsePeriod } from '../../../src/import/cells/period';
import { ERROR, NOT_APPLICABLE, ok, outcome } from './outcome';

describe('parsePeriod', () => {
  it.each([
    ['R6・7・8', [2024, 2025, 2026]],
    ['R6～R8', [2024, 2025, 2026]],
    ['R6~R8', [2024, 2025, 2026]],
    ['R6〜R8', [2024, 2025, 2026]], // U+301C wave dash
    ['R6〜8', [2024, 2025, 2026]],
    ['R6～8', [2024, 2025, 2026]],
    ['R6-R8', [2024, 2025, 2026]],
    ['R6－R8', [2024, 2025, 2026]],
    ['令和6年度～令和8年度', [2024, 2025, 2026]],
    ['令和6年度 ～ 令和8年度', [2024, 2025, 2026]],
    ['R6-8年度', [2024, 2025, 2026]],
    ['R6', [2024]],
    ['R6年度', [2024]],
    ['令和6年度', [2024]],
    ['2024', [2024]],
    ['2024-2026', [2024, 2025, 2026]],
    ['2024～2026年度', [2024, 2025, 2026]],
    ['R6、R7', [2024, 2025]],
    ['R6,R7', [2024, 2025]],
    ['R6，R7', [2024, 2025]],
    ['R6年度・7年度', [2024, 2025]],
    ['(R6・7・8)', [2024, 2025, 2026]], // as in the seed's activity names
    ['（R6・7・8）', [2024, 2025, 2026]],
    ['（R6）', [2024]],
    ['Ｒ６・７・８', [2024, 2025, 2026]],
    ['R 6 ・ 7 ・ 8', [2024, 2025, 2026]],
    ['R8・6・7', [2024, 2025, 2026]], // sorted
    ['R6・R6・7', [2024, 2025]], // unique
    ['R6～R8・R7', [2024, 2025, 2026]],
    ['H30～R2', [2018, 2019, 2020]], // across an era change
    ['H30・R1', [2018, 2019]],
    ['平成31年度・令和元年度', [2019]],
    ['R1・2', [2019, 2020]],
  ])('%j → %j', (raw, expected) => {
    expect(outcome(parsePeriod(raw))).toEqual(ok(expected));
  });

  it.each([[''], ['—'], ['－'], ['なし']])('%j is not applicable', (raw) => {
    expect(outcome(parsePeriod(raw))).toEqual(NOT_APPLICABLE);
  });

  it.each([
    ['ほげ'],
    ['7・8'], // a bare number needs an era before it
    ['2024・25'], // …and a western year is no era
    ['R8～R6'], // backwards
    ['R6～'],
    ['～R8'],
    ['R6～R7～R8'],
    ['R6・'],
    ['R6・・7'],
    ['R0'],
    ['R6・0'],
    ['1949-1950'],
    ['R6以降'],
    ['通年'],
    ['R6.5'],
    ['(R6'],
  ])('%j is an error', (raw) => {
    expect(outcome(parsePeriod(raw))).toEqual(ERROR);
  });

  it('says what it expected', () => {
    expect(parsePeriod('通年')).toEqual({
      ok: false,
      expected: '対象年（R6・7・8, R6～R8, R6〜8, R6, 2024-2026, R6、R7）',
      severity: 'error',
      message: '「通年」は対象年として読めません（not a period）',
    });
  });
});

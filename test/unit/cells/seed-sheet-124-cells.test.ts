import { describe, expect, it } from 'vitest';
import * as cells from '../../../src/import/cells';

// Cells copied from /work/shared/seed/sheet-124-R6.txt (令和6年度, シートNo. 124), through the package index.
describe('seed sheet 124 (令和6年度), cell by cell', () => {
  it('reads the sheet year and its creation date', () => {
    expect(cells.parseFiscalYear('令和6年度')).toEqual({ ok: true, value: 2024 });
    expect(cells.parseDate('2025.5/16')).toEqual({ ok: true, value: '2025-05-16' });
  });

  it('splits the year off the headers of the activity table', () => {
    expect(cells.parseEraYearPrefix('R6 予算額')).toEqual({ year: 2024, rest: '予算額' });
    expect(cells.parseEraYearPrefix('R6 決算額')).toEqual({ year: 2024, rest: '決算額' });
    expect(cells.parseEraYearPrefix('R6 目標値')).toEqual({ year: 2024, rest: '目標値' });
    expect(cells.parseEraYearPrefix('R7 目標値')).toEqual({ year: 2025, rest: '目標値' });
    expect(cells.parseEraYearPrefix('R6実績値')).toEqual({ year: 2024, rest: '実績値' });
    expect(cells.parseEraYearPrefix('R6 活動・事業内容')).toEqual({ year: 2024, rest: '活動・事業内容' });
    expect(cells.parseEraYearPrefix('活動名・事業名 (対象年)')).toBe(null);
    expect(cells.parseEraYearPrefix('指標 (単位)')).toBe(null);
  });

  it('reads 転出者数: target 2,700 for FY2027, actual 3,083', () => {
    expect(cells.parseTarget('R9年度 2,700人')).toEqual({
      ok: true,
      value: { value: 2700, unit: '人', targetYear: 2027 },
    });
    expect(cells.parseQuantity('3,083人')).toEqual({ ok: true, value: { value: 3083, unit: '人' } });
  });

  it('reads the zero-cost activities as 0 千円, not as missing', () => {
    expect(cells.parseMoney('0 千円', null)).toEqual({ ok: true, value: 0 });
  });

  it('reads the four empty activity rows (a bare 千円) as not applicable', () => {
    for (const cell of ['千円', '千円', '千円', '千円']) {
      expect(cells.parseMoney(cell, null)).toEqual({ ok: true, value: null });
    }
  });

  it('reads the 鬼怒中学校 next-year target — as not applicable', () => {
    expect(cells.parseTarget('—')).toEqual({ ok: true, value: null });
    expect(cells.parseQuantity('—')).toEqual({ ok: true, value: null });
    expect(cells.isNotApplicable('—')).toBe(true);
  });

  it('reads the activity names', () => {
    expect(cells.parseActivityName('筑波大学・オリジナルオープンキャンパス (R6・7・8) 【指導課】')).toEqual({
      name: '筑波大学・オリジナルオープンキャンパス',
      leadDepartment: '指導課',
      period: [2024, 2025, 2026],
    });
    expect(cells.parsePeriod('(R6・7・8)')).toEqual({ ok: true, value: [2024, 2025, 2026] });
  });

  it('reads the output indicator labels, the two 取組回数 rows alike', () => {
    expect(cells.parseIndicatorLabel('提携先企業・団体 (件)')).toEqual({ name: '提携先企業・団体', unit: '件' });
    expect(cells.parseIndicatorLabel('取組回数 (回)')).toEqual({ name: '取組回数', unit: '回' });
    expect(cells.identityKey('取組回数 (回)')).toBe(cells.identityKey('取組回数（回）'));
  });

  it('reads the review boxes: 活動 and 成果 ticked, コスト and その他 not', () => {
    expect(cells.parseCheckbox('☐ コスト')).toEqual({ ok: true, value: false });
    expect(cells.parseCheckbox('☑ 活動')).toEqual({ ok: true, value: true });
    expect(cells.parseCheckbox('☑ 成果')).toEqual({ ok: true, value: true });
    expect(cells.parseCheckbox('☐ その他')).toEqual({ ok: true, value: false });
    expect(cells.parseCheckbox('☑')).toEqual({ ok: true, value: true });
    expect(cells.parseCheckbox('☐')).toEqual({ ok: true, value: false });
  });

  it('reads the outcome 転出者数 as having no stated direction', () => {
    expect(cells.parseDirection('')).toEqual({ ok: true, value: null });
  });
});

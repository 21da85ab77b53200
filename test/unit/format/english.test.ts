import { describe, expect, it } from 'vitest';
import { statusSummary, moneySummary } from '../../../src/charts/summaries';
import { formatCount, formatFiscalYear, formatMoney, statusBoundLabels } from '../../../src/format/ja';
import { noRateReason, reasonText } from '../../../src/format/reasons';

describe('figures in the English screen', () => {
  it('writes money in thousand yen as ¥…k, years as FY, counts without counter words', () => {
    expect(formatMoney(2859902, 'en')).toBe('¥2,859,902k');
    expect(formatMoney(-120, 'en')).toBe('-¥120k');
    expect(formatMoney(null, 'en')).toBe('—');
    expect(formatMoney(1234)).toBe('1,234千円');
    expect(formatFiscalYear(2024, 'en')).toBe('FY2024');
    expect(formatFiscalYear(2024)).toBe('令和6年度 (2024)');
    expect(formatCount(161, 'ja', '事業')).toBe('161事業');
    expect(formatCount(161, 'en', '事業', 'programs')).toBe('161 programs');
    expect(formatCount(3, 'en')).toBe('3');
    expect(statusBoundLabels(0.75, 'en')).toEqual({ achieved: '100% or more', near: '75% or more', missed: 'below 75%', not_measured: 'no rate' });
  });

  it('summarises a chart in one line from its rows (the issue’s example, worked by hand)', () => {
    const counts = { achieved: 94, near: 116, missed: 90, not_measured: 25 };
    expect(statusSummary(2024, counts)).toBe('令和6年度 (2024): 達成94件、概ね達成116件、未達90件、未測定25件');
    expect(statusSummary(2024, counts, 'en')).toBe('FY2024: 94 achieved, 116 near, 90 missed, 25 not measured');
    expect(moneySummary(null, { budget: 1000, spend: 876, execution: 0.876 })).toBe('予算額1,000千円、決算額876千円、執行率87.6%');
  });

  it('words the analyses’ reasons in English; words written in a cell stay data', () => {
    expect(reasonText('成果指標2件が未達', 'en')).toBe('2 outcomes missed');
    expect(reasonText('成果指標1件が未達', 'en')).toBe('1 outcome missed');
    expect(reasonText('3年連続で未達', 'en')).toBe('missed 3 years in a row');
    expect(reasonText('平均達成率64.0%', 'en')).toBe('mean achievement 64.0%');
    expect(reasonText('未達だが「成果」の改善余地に☑なし', 'en')).toBe('missed, but "outcome" not ticked for improvement');
    expect(reasonText('成果指標2件が未達', 'ja')).toBe('成果指標2件が未達');
    expect(noRateReason('実績値なし', 'en')).toEqual({ text: 'no actual', data: false });
    expect(noRateReason('集計中', 'en')).toEqual({ text: '集計中', data: true });
    expect(noRateReason(null, 'en')).toBeNull();
  });
});

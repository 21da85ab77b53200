import { describe, expect, it } from 'vitest';
import type { PolicyRow } from '../../../src/analyses/policy';
import { echarts } from '../../../src/charts/echarts';
import { yearColors, zeroCostByPillarOption, zeroCostMatrix, zeroCostTooltip } from '../../../src/charts/zero-cost-options';

const XSS = '<img src=x onerror=alert(1)>';

function row(over: Partial<PolicyRow>): PolicyRow {
  return {
    fiscal_year: 2024,
    level: 'pillar',
    pillar: 'I 子育て・教育',
    goal: null,
    measure: null,
    programs: 21,
    outcomes: 41,
    achieved: 16,
    near: 16,
    missed: 7,
    not_measured: 2,
    budget: 359419,
    spend: 302231,
    execution: 0.84,
    activities: 55,
    zero_cost_activities: 10,
    zero_cost_share: 10 / 55,
    ...over,
  };
}

const rows: PolicyRow[] = [
  row({ level: 'city', pillar: null, fiscal_year: 2023 }),
  row({ fiscal_year: 2023, pillar: 'II 健康・福祉', zero_cost_activities: 3, activities: 30, zero_cost_share: 0.1 }),
  row({ fiscal_year: 2023 }),
  row({ level: 'goal', goal: 'g', fiscal_year: 2023 }),
  row({ fiscal_year: 2024, pillar: 'II 健康・福祉', zero_cost_activities: 6, activities: 30, zero_cost_share: 0.2 }),
];

describe('zeroCostMatrix', () => {
  it('lays the pillar rows out pillar × year, with gaps as null', () => {
    const m = zeroCostMatrix(rows);
    expect(m.pillars).toEqual(['I 子育て・教育', 'II 健康・福祉']);
    expect(m.years).toEqual([2023, 2024]);
    expect(m.cell[0]!.map((r) => r?.zero_cost_share)).toEqual([10 / 55, 0.1]);
    expect(m.cell[1]![0]).toBeNull();
    expect(m.cell[1]![1]!.zero_cost_activities).toBe(6);
  });
});

describe('zeroCostByPillarOption', () => {
  it('has one series per year, the focus year labelled', () => {
    const option = zeroCostByPillarOption(rows, 2024) as { series: { name: string; data: (number | null)[]; label?: { show: boolean } }[] };
    expect(option.series.map((s) => s.name)).toEqual(['令和5年度 (2023)', '令和6年度 (2024)（選択中）']);
    expect(option.series[1]!.data).toEqual([null, 0.2]);
    expect(option.series[1]!.label?.show).toBe(true);
    expect(option.series[0]!.label).toBeUndefined();
  });
  it('escapes the pillar name in the tooltip and gives counts', () => {
    const evil = [row({ pillar: XSS })];
    const m = zeroCostMatrix(evil);
    const html = zeroCostTooltip(m, 0, 2024);
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img');
    expect(html).toContain('18.2%（10件／活動 55件）');
    const option = zeroCostByPillarOption(evil, 2024) as { tooltip: { formatter: (p: unknown) => string } };
    expect(option.tooltip.formatter([{ dataIndex: 0 }])).not.toContain('<img');
  });
  it('renders with ECharts', () => {
    const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: 900, height: 300 });
    try {
      chart.setOption(zeroCostByPillarOption(rows, 2024));
      expect(chart.renderToSVGString()).toContain('健康・福祉');
    } finally {
      chart.dispose();
    }
  });
});

describe('yearColors', () => {
  it('gives one colour per year, distinct for up to six years', () => {
    for (const n of [1, 2, 5, 6]) {
      const c = yearColors(n);
      expect(c).toHaveLength(n);
      expect(new Set(c).size).toBe(n);
    }
    expect(yearColors(0)).toEqual([]);
  });
});

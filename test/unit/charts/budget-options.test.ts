import { describe, expect, it } from 'vitest';
import type { ProgramBudget } from '../../../src/analyses/activities';
import { budgetScatterOption, budgetTooltip, executionBins, executionHistogramOption, flagLabel, scatterRange, scatterRows } from '../../../src/charts/budget-options';
import { echarts } from '../../../src/charts/echarts';

const XSS = '<img src=x onerror=alert(1)>';

function program(over: Partial<ProgramBudget>): ProgramBudget {
  return {
    fiscal_year: 2024,
    sheet_no: '1',
    program: '産後ケア啓発事業',
    program_key: 'P0001',
    department: '健康推進課',
    pillar: 'I 子育て・教育',
    budget: 1000,
    spend: 800,
    execution: 0.8,
    execution_flag: null,
    zero_cost: false,
    ...over,
  };
}

const rate = (execution: number | null, execution_flag: 'under' | 'over' | null = null) => ({ execution, execution_flag });

describe('executionBins', () => {
  it('has 16 bins of 10% from 0, the last open (150%以上)', () => {
    const bins = executionBins([]);
    expect(bins).toHaveLength(16);
    expect(bins[0]).toMatchObject({ from: 0, to: 0.1, label: '0〜10%', total: 0 });
    expect(bins[7]).toMatchObject({ from: 0.7, to: 0.8, label: '70〜80%' });
    expect(bins[15]).toMatchObject({ from: 1.5, to: null, label: '150%以上' });
  });
  it('puts each rate in [lower, upper), and 150% and above in the last bin', () => {
    const bins = executionBins([rate(0), rate(0.0999, 'under'), rate(0.7), rate(0.6999, 'under'), rate(1), rate(1.0001, 'over'), rate(1.5, 'over'), rate(3.2, 'over'), rate(-0.1, 'under')]);
    const totals = bins.map((b) => b.total);
    expect(totals[0]).toBe(3); // 0, 0.0999, and a negative rate clamped into the first bin
    expect(totals[6]).toBe(1); // 0.6999
    expect(totals[7]).toBe(1); // 0.7 (floating point must not push it into 60〜70)
    expect(totals[10]).toBe(2); // 1.0 and 1.0001
    expect(totals[15]).toBe(2); // 1.5 and 3.2
    expect(totals.reduce((a, b) => a + b, 0)).toBe(9);
  });
  it('keeps 70% exactly in the 70% bin for rates computed as spend ÷ budget', () => {
    for (const [spend, budget] of [[7, 10], [70, 100], [700, 1000], [21, 30], [0.7, 1]] as const) {
      expect(executionBins([rate(spend / budget)])[7]!.total).toBe(1);
    }
  });
  it('splits a bin by the flag the analysis gave, and skips programs without a rate', () => {
    const bins = executionBins([rate(1), rate(1.05, 'over'), rate(null), rate(0.65, 'under'), rate(0.75)]);
    expect(bins[10]).toMatchObject({ normal: 1, over: 1, under: 0, total: 2 });
    expect(bins[6]).toMatchObject({ under: 1, total: 1 });
    expect(bins[7]).toMatchObject({ normal: 1, total: 1 });
    expect(bins.reduce((n, b) => n + b.total, 0)).toBe(4);
  });
});

describe('executionHistogramOption', () => {
  it('stacks the flags per bin and labels the bins', () => {
    const bins = executionBins([rate(0.65, 'under'), rate(0.85), rate(1.2, 'over')]);
    const option = executionHistogramOption(bins) as { xAxis: { data: string[] }; series: { name: string; data: (number | null)[] }[]; yAxis: { name: string } };
    expect(option.xAxis.data[0]).toBe('0');
    expect(option.xAxis.data[7]).toBe('70');
    expect(option.xAxis.data[15]).toBe('≥150');
    expect(option.series.map((s) => s.name)).toEqual(['▼ 執行率70%未満', '● 執行率70%〜100%', '▲ 執行率100%超', '合計']);
    expect(option.series[0]!.data[6]).toBe(1);
    expect(option.series[2]!.data[12]).toBe(1);
    expect(option.yAxis.name).toContain('件');
  });
});

describe('budget scatter', () => {
  it('escapes every CSV-derived string in the tooltip', () => {
    const html = budgetTooltip(program({ program: XSS, department: XSS, sheet_no: XSS }));
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img');
    const option = budgetScatterOption([program({ program: XSS, execution_flag: null })]) as { tooltip: { formatter: (p: unknown) => string } };
    const viaOption = option.tooltip.formatter({ seriesIndex: 1, dataIndex: 0 });
    expect(viaOption).not.toContain('<img');
    expect(viaOption).toContain('&lt;img');
  });
  it('gives budget, spend and rate in 千円 and %', () => {
    const html = budgetTooltip(program({ budget: 1234, spend: 617, execution: 0.5, execution_flag: 'under' }));
    expect(html).toContain('予算額: 1,234千円');
    expect(html).toContain('決算額: 617千円');
    expect(html).toContain('執行率: 50.0%（▼ 執行率70%未満）');
  });
  it('places programs with a budget, one series per flag, each point carrying its program key', () => {
    const rows = [
      program({ sheet_no: '1', program_key: 'A', execution: 0.5, execution_flag: 'under', spend: 500 }),
      program({ sheet_no: '2', program_key: 'B' }),
      program({ sheet_no: '3', program_key: 'C', execution: 1.2, execution_flag: 'over', spend: 1200 }),
      program({ sheet_no: '4', budget: 0, spend: 0, execution: null, zero_cost: true }),
      program({ sheet_no: '5', budget: null, spend: null, execution: null }),
      program({ sheet_no: '6', program_key: 'F', spend: 0, execution: 0, execution_flag: 'under' }),
    ];
    expect(scatterRows(rows, false).map((r) => r.sheet_no)).toEqual(['1', '2', '3', '6']);
    expect(scatterRows(rows, true).map((r) => r.sheet_no)).toEqual(['1', '2', '3']);
    const option = budgetScatterOption(rows) as { series: { name: string; data: { value: number[]; programKey: string }[]; symbol: string }[]; xAxis: { max: number }; yAxis: { max: number } };
    expect(option.series.map((s) => s.name)).toEqual([flagLabel('under'), flagLabel('normal'), flagLabel('over')]);
    expect(option.series.map((s) => s.symbol)).toEqual(['triangle', 'circle', 'triangle']);
    expect(option.series[0]!.data).toEqual([
      { value: [1000, 500], programKey: 'A' },
      { value: [1000, 0], programKey: 'F' },
    ]);
    expect(option.series[2]!.data[0]!.programKey).toBe('C');
    expect(option.xAxis.max).toBe(option.yAxis.max);
    expect(option.xAxis.max).toBeGreaterThanOrEqual(1200);
  });
  it('draws spend = budget and the lower threshold inside the axes, on both scales', () => {
    for (const log of [false, true]) {
      const option = budgetScatterOption([program({ budget: 95, spend: 90 }), program({ budget: 127644, spend: 118000 })], { log }) as {
        series: { markLine?: { data: { coord: number[] }[][] } }[];
        xAxis: { min: number; max: number };
      };
      const lines = option.series[0]!.markLine!.data;
      expect(lines).toHaveLength(2);
      for (const [a, b] of lines) {
        for (const c of [...a!.coord, ...b!.coord]) {
          expect(c).toBeGreaterThanOrEqual(option.xAxis.min);
          expect(c).toBeLessThanOrEqual(option.xAxis.max);
        }
      }
    }
  });
  it('picks a round shared range', () => {
    expect(scatterRange([98, 127644], false)).toEqual([0, 150000]);
    expect(scatterRange([98, 127644], true)).toEqual([10, 1000000]);
    expect(scatterRange([], false)).toEqual([0, 1]);
  });
  it('renders with ECharts', () => {
    const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: 600, height: 400 });
    try {
      chart.setOption(budgetScatterOption([program({}), program({ sheet_no: '2', execution: 0.5, execution_flag: 'under', spend: 500 })]));
      expect(chart.renderToSVGString()).toContain('執行率100%');
      chart.setOption(executionHistogramOption(executionBins([rate(0.8)])), { notMerge: true });
      expect(chart.renderToSVGString()).toContain('≥150');
    } finally {
      chart.dispose();
    }
  });
});

import { describe, expect, it } from 'vitest';
import type { IndicatorPoint, ProgramMoneyPoint } from '../../../src/analyses/trends';
import {
  finalTarget,
  groupIndicatorSeries,
  indicatorLineOption,
  indicatorYears,
  programMoneyOption,
  shortFiscalYear,
} from '../../../src/charts/program-options';

function point(p: Partial<IndicatorPoint>): IndicatorPoint {
  return {
    indicator_id: 'outcome|k||転出者数|人|1', kind: 'outcome', fiscal_year: 2024, sheet_no: '124', program: '連携事業',
    indicator: '転出者数', unit: '人', direction: 'down', target: 2700, target_year: 2027, actual: 3083,
    achievement: 0.8757703535517353, status: 'near', ...p,
  };
}

type Tip = (items: { dataIndex: number }[]) => string;

describe('shortFiscalYear', () => {
  it('writes the era as the paper form does', () => {
    expect(shortFiscalYear(2024)).toBe('R6');
    expect(shortFiscalYear(2027)).toBe('R9');
    expect(shortFiscalYear(2019)).toBe('R1');
    expect(shortFiscalYear(2018)).toBe('H30');
  });
});

describe('indicator line chart', () => {
  it('reaches to the target year and marks it (seed sheet 124: R9年度 2,700人)', () => {
    const pts = [point({})];
    expect(finalTarget(pts)).toEqual({ year: 2027, value: 2700 });
    expect(indicatorYears(pts, [2024])).toEqual([2024, 2025, 2026, 2027]);
    const opt = indicatorLineOption(pts, [2024]) as {
      xAxis: { data: string[] };
      series: { name: string; data: unknown[]; markLine?: { data: { xAxis: string }[] } }[];
      tooltip: { formatter: Tip };
    };
    expect(opt.xAxis.data).toEqual(['R6', 'R7', 'R8', 'R9']);
    const [actual, target, diamond] = opt.series;
    expect((actual!.data[0] as { value: number }).value).toBe(3083);
    expect(target!.data).toEqual([2700, null, null, 2700]);
    expect(target!.markLine!.data[0]!.xAxis).toBe('R9');
    expect(diamond!.data).toEqual([null, null, null, 2700]);
    const tip = opt.tooltip.formatter([{ dataIndex: 0 }]);
    expect(tip).toContain('実績値: 3,083人');
    expect(tip).toContain('目標値: R9年度 2,700人');
    expect(tip).toContain('達成率: 87.6%');
    expect(tip).toContain('△ 概ね達成');
  });

  it('has no target-year mark when the targets are for their own year', () => {
    const pts = [point({ fiscal_year: 2023, target_year: null, target: 10 }), point({ fiscal_year: 2024, target_year: null, target: 12 })];
    const opt = indicatorLineOption(pts) as { series: { markLine?: unknown }[] };
    expect(opt.series).toHaveLength(2);
    expect(opt.series[1]!.markLine).toBeUndefined();
  });

  it('escapes the unit in the tooltip', () => {
    const opt = indicatorLineOption([point({ unit: '<img src=x>' })]) as { tooltip: { formatter: Tip } };
    const tip = opt.tooltip.formatter([{ dataIndex: 0 }]);
    expect(tip).not.toContain('<img');
    expect(tip).toContain('&lt;img src=x&gt;');
  });

  it('groups points by identity, outcomes only, by year', () => {
    const g = groupIndicatorSeries([
      point({ fiscal_year: 2024 }),
      point({ fiscal_year: 2023 }),
      point({ indicator_id: 'o2' }),
      point({ indicator_id: 'out', kind: 'output' }),
    ]);
    expect([...g.keys()]).toEqual(['outcome|k||転出者数|人|1', 'o2']);
    expect(g.get('outcome|k||転出者数|人|1')!.map((p) => p.fiscal_year)).toEqual([2023, 2024]);
  });
});

describe('program money chart', () => {
  it('shows budget and spend per year with execution in the tooltip', () => {
    const rows: ProgramMoneyPoint[] = [
      { municipality_key: '', program_key: 'P', fiscal_year: 2024, sheet_no: '<1>', program: 'x', budget: 1234, spend: 1081, execution: 0.876, mean_achievement: 1 },
      { municipality_key: '', program_key: 'P', fiscal_year: 2023, sheet_no: '1', program: 'x', budget: 0, spend: 0, execution: null, mean_achievement: null },
    ];
    const opt = programMoneyOption(rows) as { xAxis: { data: string[] }; series: { data: unknown[] }[]; tooltip: { formatter: Tip } };
    expect(opt.xAxis.data).toEqual(['R5', 'R6']);
    expect(opt.series[0]!.data).toEqual([0, 1234]);
    const tip = opt.tooltip.formatter([{ dataIndex: 1 }]);
    expect(tip).toContain('令和6年度 (2024)');
    expect(tip).toContain('予算額: 1,234千円');
    expect(tip).toContain('執行率: 87.6%');
    expect(tip).toContain('No.&lt;1&gt;');
  });
});

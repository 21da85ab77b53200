/**
 * The strategy views' chart options (コスト, 前年度からの変化, シートの質, 類似事業): figures come from the rows given,
 * worked by hand here, and every CSV-derived string in a tooltip is escaped.
 */
import { describe, expect, it } from 'vitest';
import type { ProgramChange } from '../../../src/analyses/changes';
import type { CostRollup, UnitCost } from '../../../src/analyses/costs';
import type { QualityDepartment, QualityProgram } from '../../../src/analyses/sheet-quality';
import type { SimilarProgram } from '../../../src/analyses/similar/similar';
import { changeCounts, changeCountsOption } from '../../../src/charts/changes-options';
import { fundedRows, fundingMixOption, totalCostOption, trendRows, unitCostTrendOption } from '../../../src/charts/cost-options';
import { departmentScoreOption, flagCounts, flagCountsOption, scoreBand } from '../../../src/charts/quality-options';
import { pairScoresOption, scoreParts } from '../../../src/charts/similar-options';

const XSS = '<img src=x onerror=alert(1)>';
type Tip = { tooltip: { formatter: (p: unknown) => string } };
type Series = { series: { name: string; data: unknown[] }[]; yAxis: { data: string[] } };

function rollup(over: Partial<CostRollup>): CostRollup {
  return {
    level: 'pillar',
    fiscal_year: 2024,
    pillar: 'I 子育て・教育',
    department: null,
    programs: 2,
    costed: 2,
    with_personnel: 2,
    project_cost: 300,
    personnel_cost: 100,
    total_cost: 400,
    national: 60,
    prefectural: 30,
    bonds: 0,
    other_sources: 10,
    general_fund: 200,
    general_fund_share: 200 / 300,
    previous_total_cost: 320,
    total_cost_change: 0.25,
    ...over,
  };
}

function unit(over: Partial<UnitCost>): UnitCost {
  return {
    kind: 'outcome',
    indicator_kind: null,
    municipality_key: '',
    fiscal_year: 2024,
    sheet_no: '1',
    program: '学習支援事業',
    program_key: 'P1',
    department: '指導課',
    pillar: 'I',
    activity: null,
    indicator: '参加者数',
    indicator_id: 'i1',
    unit: '人',
    actual: 50,
    total_cost: 1000,
    money_kind: '決算',
    unit_cost: 20,
    previous_actual: 80,
    previous_unit_cost: 10,
    unit_cost_change: 1,
    rising_cost_falling_result: true,
    history: [
      { fiscal_year: 2022, unit_cost: 8 },
      { fiscal_year: 2023, unit_cost: 10 },
      { fiscal_year: 2024, unit_cost: 20 },
    ],
    ...over,
  };
}

function pair(over: Partial<SimilarProgram>): SimilarProgram {
  return {
    municipality_key: '',
    fiscal_year: 2024,
    program_key: 'P1',
    program: '学習支援事業',
    sheet_no: '1',
    department: '指導課',
    pillar: 'I',
    measure: '1',
    total_cost: 100,
    other_program_key: 'P2',
    other_program: '学習支援推進事業',
    other_sheet_no: '2',
    other_department: '学校教育課',
    other_pillar: 'I',
    other_measure: '1',
    other_total_cost: 100,
    rank: 1,
    score: 0.9,
    text_score: 0.8,
    name_similarity: 0.8,
    purpose_similarity: 0.8,
    activities_similarity: 0.8,
    indicators_similarity: 0.8,
    tree: 'measure',
    cost_ratio: 1,
    shared_indicators: [],
    shared_targets: [],
    reasons: ['same_measure'],
    cross_department: true,
    ...over,
  };
}

describe('コスト', () => {
  it('stacks 事業費 and 人件費 per row, and escapes the name in the tooltip', () => {
    const option = totalCostOption([rollup({ pillar: XSS }), rollup({ pillar: 'II', project_cost: 50, personnel_cost: null })]) as unknown as Series & Tip;
    expect(option.series.map((s) => s.data)).toEqual([
      [300, 50],
      [100, null],
    ]);
    const html = option.tooltip.formatter([{ dataIndex: 0 }]);
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img');
    expect(html).toContain('トータルコスト: 400千円');
    expect(html).toContain('前年度比: 25.0%');
  });

  it('gives each funding source its share of the funding stated (60+30+0+10+200 = 300), leaving out rows that state none', () => {
    const none = rollup({ pillar: 'II', national: null, prefectural: null, bonds: null, other_sources: null, general_fund: null });
    expect(fundedRows([rollup({}), none])).toHaveLength(1);
    const option = fundingMixOption([rollup({}), none]) as unknown as Series;
    expect(option.yAxis.data).toEqual(['I 子育て・教育']);
    expect(option.series.map((s) => s.data[0])).toEqual([20, 10, 0, 3.3, 66.7]);
    const tip = (fundingMixOption([rollup({ pillar: XSS })]) as unknown as Tip).tooltip.formatter([{ dataIndex: 0 }]);
    expect(tip).not.toContain('<img');
  });

  it('draws the flagged indicators (else the largest rises) as an index of their first year: 8 → 10 → 20 is 100, 125, 250', () => {
    const rows = [unit({}), unit({ indicator_id: 'i2', rising_cost_falling_result: false, unit_cost_change: 3 })];
    expect(trendRows(rows).map((r) => r.indicator_id)).toEqual(['i1']);
    expect(trendRows([unit({ rising_cost_falling_result: false, unit_cost_change: -0.1 }), rows[1]!]).map((r) => r.indicator_id)).toEqual(['i2']);
    const option = unitCostTrendOption([unit({})]) as unknown as Series & Tip;
    expect(option.series[0]!.data).toEqual([100, 125, 250]);
    expect(option.series[0]!.name).toBe('1. 学習支援事業／参加者数');
    const tip = (unitCostTrendOption([unit({ program: XSS, indicator: XSS, unit: XSS })]) as unknown as Tip).tooltip.formatter({ seriesIndex: 0, dataIndex: 2 });
    expect(tip).not.toContain('<img');
    expect(tip).toContain('20 千円／&lt;img');
  });
});

describe('前年度からの変化', () => {
  it('counts every kind, none left out, in the listed order', () => {
    const c = (change: ProgramChange['change']) => ({ change }) as ProgramChange;
    const counts = changeCounts([c('money_up'), c('new'), c('money_up')]);
    expect(counts).toHaveLength(11);
    expect(counts.filter((x) => x.n > 0)).toEqual([
      { change: 'new', n: 1 },
      { change: 'money_up', n: 2 },
    ]);
    const option = changeCountsOption(counts) as unknown as Series;
    expect(option.yAxis.data[0]).toBe('新規');
    expect((option.series[0]!.data as { value: number }[]).map((d) => d.value)).toEqual(counts.map((x) => x.n));
  });
});

describe('シートの質', () => {
  it('bands scores (below 60 ✕, below 80 △, else ◎) and escapes the department in the tooltip', () => {
    expect([59.9, 60, 79.9, 80].map((s) => scoreBand(s).mark)).toEqual(['✕', '△', '△', '◎']);
    const dep = { fiscal_year: 2024, department: XSS, programs: 4, flagged: 3, mean_score: 72.55 } as QualityDepartment;
    const option = departmentScoreOption([dep]) as unknown as Series & Tip;
    expect((option.series[0]!.data as { value: number }[])[0]!.value).toBe(72.6);
    const tip = option.tooltip.formatter([{ dataIndex: 0 }]);
    expect(tip).not.toContain('<img');
    expect(tip).toContain('指摘のある事業 3 / 4');
  });
  it('counts sheets per kind of flag', () => {
    const p = (flags: QualityProgram['flags']) => ({ flags }) as QualityProgram;
    const counts = flagCounts([p(['easy_target', 'copied_purpose']), p(['easy_target']), p([])]);
    expect(counts.find((c) => c.flag === 'easy_target')!.sheets).toBe(2);
    expect(counts.find((c) => c.flag === 'copied_purpose')!.sheets).toBe(1);
    expect((flagCountsOption(counts) as unknown as Series).series[0]!.data).toEqual(counts.map((c) => c.sheets));
  });
});

describe('類似事業', () => {
  it('splits the score into 0.7 × text, 0.2 × tree and 0.1 × cost (cost ratio 1 → 1, 10 → 0)', () => {
    expect(scoreParts(pair({}))).toEqual({ text: 0.7 * 0.8, tree: 0.2, cost: 0.1 });
    expect(scoreParts(pair({ tree: 'goal', cost_ratio: 10 }))).toEqual({ text: 0.7 * 0.8, tree: 0.1, cost: 0 });
    expect(scoreParts(pair({ tree: null, cost_ratio: null }))).toEqual({ text: 0.7 * 0.8, tree: 0, cost: 0 });
  });
  it('escapes both programs and departments in the tooltip', () => {
    const option = pairScoresOption([pair({ program: XSS, other_program: XSS, department: XSS, other_department: XSS })]) as unknown as Tip;
    const tip = option.tooltip.formatter([{ dataIndex: 0 }]);
    expect(tip).not.toContain('<img');
    expect(tip.match(/&lt;img/g)).toHaveLength(4);
  });
});

import { describe, expect, it } from 'vitest';
import type { IndicatorResult } from '../../../src/analyses/indicators';
import { directionText, gapRows, gapsChartHeight, gapsOption, gapTooltip, GAPS_VISIBLE, signedNumber, signedPercent } from '../../../src/charts/gaps-options';
import { echarts } from '../../../src/charts/echarts';

const XSS = '<img src=x onerror=alert(1)>';

function outcome(over: Partial<IndicatorResult> = {}): IndicatorResult {
  return {
    kind: 'outcome',
    fiscal_year: 2024,
    sheet_no: '1',
    program: '産後ケア啓発事業',
    program_key: 'P0001',
    department: '健康推進課',
    pillar: 'I 子育て・教育',
    goal: null,
    measure: null,
    activity: null,
    indicator: '乳児家庭全戸訪問実施率',
    indicator_id: 'outcome|P0001||乳児家庭全戸訪問実施率|%|1',
    unit: '%',
    ordinal: 1,
    target: 94.7,
    target_raw: '94.7',
    target_year: null,
    actual: 89.7,
    actual_raw: '89.7',
    baseline: null,
    direction: 'up',
    direction_source: 'default',
    direction_keyword: null,
    achievement: 0.9472,
    status: 'near',
    reason: null,
    gap: -5,
    gap_share: -0.0528,
    is_interim: false,
    expected: null,
    on_track: null,
    ...over,
  };
}

type Formatter = (p: unknown) => string;

describe('gapRows', () => {
  const rows = [
    outcome({ sheet_no: '3', gap_share: 0.1, status: 'achieved' }),
    outcome({ sheet_no: '2', gap_share: -0.5, status: 'missed' }),
    outcome({ sheet_no: '4', gap_share: null, status: 'not_measured' }),
    outcome({ sheet_no: '5', kind: 'output', gap_share: -0.9, status: 'missed' }),
    outcome({ sheet_no: '1', gap_share: -0.05, status: 'near' }),
  ];
  it('keeps outcomes with a gap share, worst first', () => {
    expect(gapRows(rows, null).map((r) => r.sheet_no)).toEqual(['2', '1', '3']);
  });
  it('applies the global status filter', () => {
    expect(gapRows(rows, 'missed').map((r) => r.sheet_no)).toEqual(['2']);
    expect(gapRows(rows, 'achieved').map((r) => r.sheet_no)).toEqual(['3']);
  });
  it('does not reorder the analysis rows it was given', () => {
    gapRows(rows, null);
    expect(rows.map((r) => r.sheet_no)).toEqual(['3', '2', '4', '5', '1']);
  });
});

describe('signed figures', () => {
  it('uses a true minus and an explicit plus', () => {
    expect(signedPercent(-0.421)).toBe('−42.1%');
    expect(signedPercent(0.05)).toBe('+5.0%');
    expect(signedPercent(0)).toBe('±0.0%');
    expect(signedPercent(-0.00001)).toBe('±0.0%');
    expect(signedPercent(null)).toBe('—');
    expect(signedNumber(-1234, '人')).toBe('−1,234人');
    expect(signedNumber(5, '件')).toBe('+5件');
    expect(signedNumber(null, '件')).toBe('—');
  });
});

describe('directionText', () => {
  it('marks inferred directions with 推定 and names the keyword', () => {
    expect(directionText({ direction: 'down', direction_source: 'keyword', direction_keyword: '空き家' })).toBe('低いほど良い（推定：キーワード「空き家」）');
    expect(directionText({ direction: 'up', direction_source: 'default', direction_keyword: null })).toContain('推定');
    expect(directionText({ direction: 'down', direction_source: 'given', direction_keyword: null })).toBe('低いほど良い（シートで指定）');
  });
});

describe('gapTooltip', () => {
  it('escapes every CSV-derived string', () => {
    const html = gapTooltip(
      outcome({ program: XSS, indicator: XSS, unit: XSS, department: XSS, reason: XSS, status: 'not_measured', direction: 'down', direction_source: 'keyword', direction_keyword: XSS, sheet_no: XSS }),
    );
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });
  it('gives target, actual and gap with units, achievement and the direction', () => {
    const html = gapTooltip(outcome({ target: 3083, actual: 2000, unit: '人', gap: -1083, gap_share: -0.3513, achievement: 0.6487, status: 'missed', direction: 'up', direction_source: 'default' }));
    expect(html).toContain('目標: 3,083人');
    expect(html).toContain('実績: 2,000人');
    expect(html).toContain('差: −1,083人（目標比 −35.1%）');
    expect(html).toContain('達成率: 64.9%');
    expect(html).toContain('✕ 未達');
    expect(html).toContain('高いほど良い（推定');
  });
  it('gives a gap between percentages in points', () => {
    expect(gapTooltip(outcome({ unit: '%', target: 46.7, actual: 11.6, gap: -35.1, gap_share: -0.7516 }))).toContain('差: −35.1ポイント（目標比 −75.2%）');
  });
  it('names an interim target year', () => {
    expect(gapTooltip(outcome({ is_interim: true, target_year: 2027 }))).toContain('目標（令和9年度 (2027)の目標値）');
  });
});

describe('gapsOption', () => {
  it('escapes through the tooltip formatter of the option', () => {
    const rows = [outcome({ program: XSS, indicator: XSS, status: 'missed', gap_share: -0.5 })];
    const option = gapsOption(rows) as { tooltip: { formatter: Formatter } };
    const html = option.tooltip.formatter({ dataIndex: 0, seriesIndex: 0 });
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img');
  });
  it('puts each row in its status series, carries the program key, and scrolls past 30 rows', () => {
    const rows = Array.from({ length: 40 }, (_, i) => outcome({ sheet_no: String(i + 1), program_key: `P${i}`, gap_share: -1 + i / 40, status: i < 20 ? 'missed' : 'near' }));
    const option = gapsOption(rows) as { series: { name: string; data: unknown[] }[]; dataZoom: { endValue: number }[]; yAxis: { data: string[] }[] };
    expect(option.series.map((s) => s.name)).toEqual(['△ 概ね達成', '✕ 未達']);
    const missed = option.series[1]!.data;
    expect(missed[0]).toEqual({ value: -1, programKey: 'P0' });
    expect(missed[25]).toBe('-');
    expect(option.dataZoom).toHaveLength(1);
    expect(option.dataZoom[0]!.endValue).toBe(GAPS_VISIBLE - 1);
    expect(option.yAxis[0]!.data).toHaveLength(40);
    expect(option.yAxis[1]!.data[0]).toBe('✕ −100.0%（達成率 94.7%）');
    expect(gapsChartHeight(40)).toBe(gapsChartHeight(30));
    expect((gapsOption(rows.slice(0, 5)) as { dataZoom: unknown[] }).dataZoom).toHaveLength(0);
  });
  it('keeps CSV braces from opening an ECharts rich-text style', () => {
    const option = gapsOption([outcome({ program: '{i|x}', gap_share: -0.1 })]) as { yAxis: { data: string[] }[] };
    expect(option.yAxis[0]!.data[0]).toContain('｛i｜x｝');
  });
  it('renders with ECharts (server-side SVG) without raw CSV markup', () => {
    const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: 1200, height: 400 });
    try {
      chart.setOption(gapsOption([outcome({ program: XSS, gap_share: -0.4, status: 'missed' }), outcome({ sheet_no: '2', gap_share: 0.2, status: 'achieved' })]));
      const svg = chart.renderToSVGString();
      expect(svg).not.toContain('<img');
      expect(svg).toContain('乳児家庭全戸訪問実施率');
    } finally {
      chart.dispose();
    }
  });
});

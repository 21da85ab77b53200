import type { EChartsCoreOption } from 'echarts/core';
import type { ProgramBudget } from '../analyses/activities';
import { DEFAULT_THRESHOLDS, type Thresholds } from '../analyses/scope';
import { formatCount, type FormatLang, formatMoney, formatNumber, formatPercent, formatThreshold } from '../format/ja';
import { escapeHtml } from './escape';
import { FONT_FAMILY } from './theme';

/** An execution flag as the analyses set it, with 'normal' for a rate inside the thresholds. */
export type FlagKey = 'under' | 'normal' | 'over';
export const FLAG_ORDER: readonly FlagKey[] = ['under', 'normal', 'over'];

/**
 * Each flag has a colour (Okabe–Ito), a symbol and a mark, so print in grey and colour-blind readers lose nothing:
 * ▼ under-spent, ● inside the band, ▲ over-spent.
 */
export const FLAG_STYLE: Record<FlagKey, { color: string; symbol: string; symbolRotate: number; mark: string }> = {
  under: { color: '#D55E00', symbol: 'triangle', symbolRotate: 180, mark: '▼' },
  normal: { color: '#0072B2', symbol: 'circle', symbolRotate: 0, mark: '●' },
  over: { color: '#CC79A7', symbol: 'triangle', symbolRotate: 0, mark: '▲' },
};

/** 執行率70%未満 / 70%〜100% / 100%超 — from the thresholds, so a city's own settings read right. */
export function flagLabel(flag: FlagKey, t: Thresholds = DEFAULT_THRESHOLDS, lang: FormatLang = 'ja'): string {
  if (lang === 'en') {
    if (flag === 'under') return `execution below ${pct(t.under)}`;
    if (flag === 'over') return `execution above ${pct(t.over)}`;
    return `execution ${pct(t.under)}–${pct(t.over)}`;
  }
  if (flag === 'under') return `執行率${pct(t.under)}未満`;
  if (flag === 'over') return `執行率${pct(t.over)}超`;
  return `執行率${pct(t.under)}〜${pct(t.over)}`;
}

const DOWN_TRIANGLE = 'path://M0,0 L10,0 L5,9 Z';

/** A threshold as written in labels: 0.7 → 70%. */
export const pct = formatThreshold;

export function flagOf(r: { execution: number | null; execution_flag: 'under' | 'over' | null }): FlagKey | null {
  if (r.execution === null) return null;
  return r.execution_flag ?? 'normal';
}

function programName(r: ProgramBudget, lang: FormatLang): string {
  return r.program ?? (lang === 'ja' ? `No.${r.sheet_no}（名称なし）` : `No.${r.sheet_no} (no name)`);
}

/** The HTML of one program's tooltip: every CSV-derived string escaped. */
export function budgetTooltip(r: ProgramBudget, t: Thresholds = DEFAULT_THRESHOLDS, lang: FormatLang = 'ja'): string {
  const flag = flagOf(r);
  const ja = lang === 'ja';
  return [
    `<b>${escapeHtml(programName(r, lang))}</b>${ja ? '（' : ' ('}No.${escapeHtml(r.sheet_no)}${ja ? '）' : ')'}`,
    r.department ? `${ja ? '担当課' : 'Department'}: ${escapeHtml(r.department)}` : null,
    `${ja ? '予算額' : 'Budget'}: ${formatMoney(r.budget, lang)}`,
    `${ja ? '決算額' : 'Spend'}: ${formatMoney(r.spend, lang)}`,
    `${ja ? '執行率' : 'Execution'}: ${formatPercent(r.execution)}${flag ? (ja ? `（${FLAG_STYLE[flag].mark} ${flagLabel(flag, t)}）` : ` (${FLAG_STYLE[flag].mark} ${flagLabel(flag, t, lang)})`) : ''}`,
  ]
    .filter((l) => l !== null)
    .join('<br/>');
}

/** Programs the scatter can place: a budget above 0 and a stated spend (on a log scale, a spend above 0 too). */
export function scatterRows(rows: ProgramBudget[], log: boolean): ProgramBudget[] {
  return rows.filter((r) => r.budget !== null && r.budget > 0 && r.spend !== null && (!log || r.spend > 0));
}

/** Axis range shared by both axes: 0 to a round number above the largest value (log: powers of ten around them). */
export function scatterRange(values: number[], log: boolean): [number, number] {
  const positive = values.filter((v) => v > 0);
  if (!positive.length) return log ? [1, 10] : [0, 1];
  const max = Math.max(...positive);
  if (log) return [10 ** Math.floor(Math.log10(Math.min(...positive))), 10 ** Math.ceil(Math.log10(max))];
  const p = 10 ** Math.floor(Math.log10(max));
  const step = [1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10].find((m) => m * p >= max)!;
  return [0, step * p];
}

export interface ScatterDatum {
  value: [number, number];
  programKey: string | null;
}

/**
 * Budget (x) against spend (y) per program, in 千円, with the lines spend = budget (執行率100%) and
 * spend = under × budget (執行率70%). Points below the lower line are under-spent, above the upper one over-spent —
 * unless a city counts 'over' from more than 100%: then a dotted line spend = over × budget marks where that starts.
 */
export function budgetScatterOption(
  rows: ProgramBudget[],
  { log = false, thresholds = DEFAULT_THRESHOLDS, lang = 'ja' }: { log?: boolean; thresholds?: Thresholds; lang?: FormatLang } = {},
): EChartsCoreOption {
  const ja = lang === 'ja';
  const placed = scatterRows(rows, log);
  const byFlag = FLAG_ORDER.map((f) => placed.filter((r) => flagOf(r) === f));
  const values = placed.flatMap((r) => [r.budget!, r.spend!]);
  // the same range on both axes, so spend = budget is the diagonal
  const [lo, hi] = scatterRange(values, log);
  // spend = ratio × budget, clipped to the shared range (a point outside the axes would drop the whole line)
  const line = (ratio: number, text: string, type: 'solid' | 'dashed' | 'dotted') => [
    { coord: ratio < 1 ? [lo / ratio, lo] : [lo, lo * ratio], symbol: 'none' },
    {
      coord: ratio > 1 ? [hi / ratio, hi] : [hi, hi * ratio],
      symbol: 'none',
      // the lower line's label below it, the others above, so labels never overlap
      label: { formatter: text, position: type === 'dashed' ? 'insideEndBottom' : 'insideEndTop' },
      lineStyle: { type },
    },
  ];
  const axis = (name: string) => ({
    type: log ? 'log' : 'value',
    name,
    nameLocation: 'middle',
    nameGap: 30,
    min: lo,
    max: hi,
    axisLabel: { formatter: (v: number) => formatNumber(v), hideOverlap: true },
    splitLine: { lineStyle: { color: '#e2e8f0' } },
  });
  return {
    textStyle: { fontFamily: FONT_FAMILY },
    animation: false,
    // the legend draws each series' own symbol (▼ needs a path: legend icons ignore symbolRotate)
    legend: {
      top: 0,
      left: 0,
      selectedMode: false,
      data: FLAG_ORDER.map((f) => ({ name: flagLabel(f, thresholds, lang), icon: f === 'under' ? DOWN_TRIANGLE : FLAG_STYLE[f].symbol })),
    },
    tooltip: {
      trigger: 'item',
      confine: true,
      formatter: (p: { seriesIndex: number; dataIndex: number }) => {
        const r = byFlag[p.seriesIndex]?.[p.dataIndex];
        return r ? budgetTooltip(r, thresholds, lang) : '';
      },
    },
    grid: { left: 12, right: 28, top: 40, bottom: 12, outerBoundsMode: 'same', outerBoundsContain: 'all' },
    xAxis: axis(ja ? '予算額（千円）' : 'Budget (¥1,000)'),
    yAxis: { ...axis(ja ? '決算額（千円）' : 'Spend (¥1,000)'), nameGap: log ? 40 : 58 },
    series: FLAG_ORDER.map((f, i) => ({
      name: flagLabel(f, thresholds, lang),
      type: 'scatter',
      symbol: FLAG_STYLE[f].symbol,
      symbolRotate: FLAG_STYLE[f].symbolRotate,
      symbolSize: f === 'normal' ? 8 : 11,
      itemStyle: { color: FLAG_STYLE[f].color, opacity: f === 'normal' ? 0.65 : 0.95, borderColor: '#fff', borderWidth: 0.5 },
      data: byFlag[i]!.map((r): ScatterDatum => ({ value: [r.budget!, r.spend!], programKey: r.program_key })),
      markLine:
        i === 0 && placed.length
          ? {
              silent: true,
              animation: false,
              label: { color: '#334155', fontSize: 11 },
              lineStyle: { color: '#475569', width: 1 },
              data: [
                line(1, ja ? '執行率100%（決算額＝予算額）' : 'execution 100% (spend = budget)', 'solid'),
                line(thresholds.under, `${ja ? '執行率' : 'execution '}${pct(thresholds.under)}`, 'dashed'),
                ...(thresholds.over > 1 ? [line(thresholds.over, `${ja ? '執行率' : 'execution '}${pct(thresholds.over)}`, 'dotted')] : []),
              ],
            }
          : undefined,
    })),
  };
}

export interface ExecutionBin {
  /** lower edge as a ratio (0.6 = 60%); the last bin is open: 150% and above */
  from: number;
  to: number | null;
  label: string;
  under: number;
  normal: number;
  over: number;
  total: number;
}

const BIN_WIDTH = 0.1;
const BIN_COUNT = 16; // 0–10%, …, 140–150%, 150%以上

/**
 * Histogram bins of 10% from 0 to 150%, plus 150% and above, counting programs with a rate; each bin split by the
 * analysis's own flag (so a bin across a threshold shows which side each program is on). Display only: binning rows.
 */
export function executionBins(rows: { execution: number | null; execution_flag: 'under' | 'over' | null }[], lang: FormatLang = 'ja'): ExecutionBin[] {
  const bins: ExecutionBin[] = Array.from({ length: BIN_COUNT }, (_, i) => {
    const last = i === BIN_COUNT - 1;
    const from = Math.round(i * BIN_WIDTH * 100) / 100;
    return {
      from,
      to: last ? null : Math.round((i + 1) * BIN_WIDTH * 100) / 100,
      label: last ? (lang === 'ja' ? `${i * 10}%以上` : `${i * 10}% or more`) : `${i * 10}${lang === 'ja' ? '〜' : '–'}${(i + 1) * 10}%`,
      under: 0,
      normal: 0,
      over: 0,
      total: 0,
    };
  });
  for (const r of rows) {
    const flag = flagOf(r);
    if (flag === null || !Number.isFinite(r.execution)) continue;
    // the epsilon keeps 0.7 (stored as 0.69999…) in the 70% bin
    const i = Math.min(Math.max(Math.floor(r.execution! / BIN_WIDTH + 1e-9), 0), BIN_COUNT - 1);
    const bin = bins[i]!;
    bin[flag] += 1;
    bin.total += 1;
  }
  return bins;
}

/** Stacked columns: programs per execution-rate bin, split by flag, with the bin's count on top. */
export function executionHistogramOption(bins: ExecutionBin[], thresholds: Thresholds = DEFAULT_THRESHOLDS, lang: FormatLang = 'ja'): EChartsCoreOption {
  const ja = lang === 'ja';
  const names = FLAG_ORDER.map((f) => `${FLAG_STYLE[f].mark} ${flagLabel(f, thresholds, lang)}`);
  return {
    textStyle: { fontFamily: FONT_FAMILY },
    animation: false,
    legend: { top: 0, left: 0, selectedMode: false, data: names },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      confine: true,
      formatter: (items: { dataIndex: number }[]) => {
        const b = bins[items[0]?.dataIndex ?? -1];
        if (!b) return '';
        return [
          `<b>${ja ? '執行率' : 'Execution'} ${escapeHtml(b.label)}</b>: ${formatCount(b.total, lang, '事業', 'programs')}`,
          ...FLAG_ORDER.filter((f) => b[f] > 0).map((f) => `${FLAG_STYLE[f].mark} ${flagLabel(f, thresholds, lang)}: ${formatCount(b[f], lang, '事業')}`),
        ].join('<br/>');
      },
    },
    grid: { left: 12, right: 12, top: 40, bottom: 12, outerBoundsMode: 'same', outerBoundsContain: 'all' },
    xAxis: {
      type: 'category',
      data: bins.map((b) => (b.to === null ? `≥${Math.round(b.from * 100)}` : `${Math.round(b.from * 100)}`)),
      name: ja ? '執行率（%）　各棒はその値以上・次の値未満（≥150は150%以上）' : 'Execution (%): each bar from its value up to the next (≥150 = 150% or more)',
      nameLocation: 'middle',
      nameGap: 28,
      axisLabel: { fontSize: 11, interval: 0 },
      axisTick: { alignWithLabel: false },
    },
    yAxis: { type: 'value', name: ja ? '事業数（件）' : 'Programs', nameLocation: 'middle', nameGap: 36, minInterval: 1, splitLine: { lineStyle: { color: '#e2e8f0' } } },
    series: [
      ...FLAG_ORDER.map((f, i) => ({
        name: names[i],
        type: 'bar',
        stack: 'bins',
        barCategoryGap: '12%',
        itemStyle: {
          color: FLAG_STYLE[f].color,
          decal: f === 'under' ? { symbol: 'rect', dashArrayX: [1, 0], dashArrayY: [2, 3], rotation: -0.8 } : undefined,
        },
        data: bins.map((b) => b[f] || null),
      })),
      {
        // an empty bar on top of each stack that carries the bin's total as its label
        name: ja ? '合計' : 'Total',
        type: 'bar',
        stack: 'bins',
        silent: true,
        tooltip: { show: false },
        itemStyle: { color: 'transparent' },
        label: { show: true, position: 'insideBottom', color: '#111827', fontSize: 11, formatter: (p: { dataIndex: number }) => (bins[p.dataIndex]?.total ? String(bins[p.dataIndex]!.total) : '') },
        data: bins.map(() => 0),
      },
    ],
  };
}

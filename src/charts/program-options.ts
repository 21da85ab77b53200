import type { EChartsCoreOption } from 'echarts/core';
import type { Status } from '../analyses/indicators';
import type { IndicatorPoint, ProgramMoneyPoint } from '../analyses/trends';
import { directionLabel, formatFiscalYear, formatMoney, formatNumber, formatPercent, statusLabel, type FormatLang } from '../format/ja';
import { escapeHtml } from './escape';
import { BUDGET_COLOR, FONT_FAMILY, SPEND_COLOR, STATUS_COLORS, STATUS_MARKS } from './theme';

/** the status marks above the points, dark enough to read as text */
const STATUS_LABEL_COLORS: Record<Status, string> = { achieved: '#0062a0', near: '#92400e', missed: '#b3400b', not_measured: '#4b5563' };

const base = { textStyle: { fontFamily: FONT_FAMILY }, animation: false };

/** 2024 → 'R6', 2019 → 'R1', 2018 → 'H30': the short era year the paper form writes (R6 予算額, R9年度). */
export function shortFiscalYear(year: number): string {
  if (year >= 2019) return `R${year - 2018}`;
  if (year >= 1989) return `H${year - 1988}`;
  return String(year);
}

/** An indicator's points, grouped by identity, in the order of first appearance. */
export function groupIndicatorSeries(points: IndicatorPoint[], kind: 'outcome' | 'output' = 'outcome'): Map<string, IndicatorPoint[]> {
  const out = new Map<string, IndicatorPoint[]>();
  for (const p of points) {
    if (p.kind !== kind) continue;
    const list = out.get(p.indicator_id);
    if (list) list.push(p);
    else out.set(p.indicator_id, [p]);
  }
  for (const list of out.values()) list.sort((a, b) => a.fiscal_year - b.fiscal_year);
  return out;
}

/** The target an indicator is heading for: the latest sheet's target and its own year, when that year is stated. */
export function finalTarget(points: IndicatorPoint[]): { year: number; value: number } | null {
  const last = [...points].reverse().find((p) => p.target !== null && p.target_year !== null);
  return last ? { year: last.target_year!, value: last.target! } : null;
}

/**
 * Years on an indicator chart's axis: the program's sheet years (so every chart of a program shares one axis), the
 * indicator's own years, and the year its target is set for (R9 in 'R9年度 2,700人') even when it is still ahead.
 */
export function indicatorYears(points: IndicatorPoint[], programYears: number[] = []): number[] {
  const years = new Set<number>([...programYears, ...points.map((p) => p.fiscal_year)]);
  const target = finalTarget(points);
  if (target) years.add(target.year);
  const sorted = [...years].sort((a, b) => a - b);
  if (sorted.length < 2) return sorted;
  // fill the gaps so the distance between years stays true
  const out: number[] = [];
  for (let y = sorted[0]!; y <= sorted[sorted.length - 1]!; y++) out.push(y);
  return out;
}

interface Tip {
  dataIndex: number;
}

/**
 * One outcome indicator over the years: the actual as a solid line (each point with its status mark), the target
 * written on each year's sheet as a dashed line, and the target year (R9) marked with a vertical line and a diamond.
 */
export function indicatorLineOption(points: IndicatorPoint[], programYears: number[] = [], lang: FormatLang = 'ja'): EChartsCoreOption {
  const ja = lang === 'ja';
  const W = ja
    ? { actual: '実績値', target: '目標値', final: '目標年度の目標値', rate: '達成率', none: 'この年度のシートにこの指標はありません', goal: '目標', goalYear: '目標年度' }
    : { actual: 'Actual', target: 'Target', final: 'Target for the target year', rate: 'Achievement', none: "This year's sheet does not have this indicator", goal: 'Target', goalYear: 'target year' };
  const years = indicatorYears(points, programYears);
  const byYear = new Map(points.map((p) => [p.fiscal_year, p]));
  const unit = points.find((p) => p.unit)?.unit ?? null;
  const target = finalTarget(points);
  const cats = years.map((y) => (ja ? shortFiscalYear(y) : `FY${y}`));
  const actual = years.map((y) => {
    const p = byYear.get(y);
    if (!p || p.actual === null) return null;
    return { value: p.actual, itemStyle: { color: STATUS_COLORS[p.status] }, label: { color: STATUS_LABEL_COLORS[p.status] }, status: p.status };
  });
  const targetIndex = target ? years.indexOf(target.year) : -1;
  const aheadOfData = target !== null && !byYear.has(target.year);
  // the target written on each year's sheet; a target year still ahead carries the line on to its diamond
  const targets = years.map((y, i) => byYear.get(y)?.target ?? (aheadOfData && i === targetIndex ? target!.value : null));
  const tooltip = (items: Tip[]) => {
    const i = items[0]?.dataIndex ?? 0;
    const y = years[i]!;
    const p = byYear.get(y);
    const lines = [`<b>${escapeHtml(formatFiscalYear(y, lang))}</b>`];
    if (p) {
      lines.push(`${W.actual}: ${escapeHtml(formatNumber(p.actual, unit))}`);
      const ty = p.target_year !== null ? (ja ? `${shortFiscalYear(p.target_year)}年度 ` : `FY${p.target_year} `) : '';
      lines.push(`${W.target}: ${ty}${escapeHtml(formatNumber(p.target, unit))}`);
      lines.push(`${W.rate}: ${formatPercent(p.achievement)}${ja ? '\u3000' : '  '}${STATUS_MARKS[p.status]} ${statusLabel(p.status, lang)}`);
    } else if (target && y === target.year) {
      lines.push(`${W.final}: ${escapeHtml(formatNumber(target.value, unit))}`);
    } else {
      lines.push(W.none);
    }
    return lines.join('<br/>');
  };
  const series: Record<string, unknown>[] = [
    {
      name: W.actual,
      type: 'line',
      data: actual,
      connectNulls: false,
      symbol: 'circle',
      symbolSize: 9,
      lineStyle: { color: '#0f2a4a', width: 2 },
      itemStyle: { color: '#0f2a4a' },
      label: {
        show: true,
        position: 'top',
        fontSize: 13,
        fontWeight: 'bold',
        formatter: (p: { data: { status: keyof typeof STATUS_MARKS } | null }) => (p.data ? STATUS_MARKS[p.data.status] : ''),
      },
      z: 3,
    },
    {
      name: W.target,
      type: 'line',
      data: targets,
      connectNulls: true,
      symbol: 'emptyCircle',
      symbolSize: 6,
      lineStyle: { type: 'dashed', color: '#64748b', width: 1.5 },
      itemStyle: { color: '#64748b' },
      markLine:
        targetIndex >= 0
          ? {
              silent: true,
              symbol: 'none',
              lineStyle: { type: 'dotted', color: '#0f2a4a' },
              label: { show: false },
              data: [{ xAxis: cats[targetIndex] }],
            }
          : undefined,
    },
  ];
  if (target && targetIndex >= 0) {
    series.push({
      name: W.final,
      type: 'scatter',
      symbol: 'diamond',
      symbolSize: 12,
      itemStyle: { color: '#fff', borderColor: '#0f2a4a', borderWidth: 2 },
      label: {
        show: aheadOfData,
        position: 'top',
        distance: 8,
        fontSize: 10,
        color: '#0f2a4a',
        formatter: () => `${W.goal} ${formatNumber(target.value, unit)}`,
      },
      data: years.map((_, i) => (i === targetIndex ? target.value : null)),
      z: 4,
    });
  }
  return {
    ...base,
    tooltip: { trigger: 'axis', confine: true, formatter: tooltip },
    legend: { top: 0, right: 0, itemWidth: 18, textStyle: { fontSize: 11 }, data: series.map((s) => s.name as string) },
    grid: { left: 8, right: 16, top: 36, bottom: 4, containLabel: true },
    xAxis: {
      type: 'category',
      data: cats,
      boundaryGap: true,
      axisTick: { alignWithLabel: true },
      axisLabel: { formatter: (v: string, i: number) => (i === targetIndex ? `${v}\n${W.goalYear}` : v), lineHeight: 14 },
    },
    yAxis: {
      type: 'value',
      scale: true,
      boundaryGap: ['8%', '18%'],
      name: unit ?? '',
      nameTextStyle: { fontSize: 11, align: 'right' },
      axisLabel: { formatter: (v: number) => formatNumber(v) },
    },
    series,
  };
}

/** The direction note shown beside an indicator chart. */
export function directionNote(points: IndicatorPoint[], lang: FormatLang = 'ja'): string | null {
  const down = points.some((p) => p.direction === 'down');
  return down ? `↓ ${directionLabel('down', lang)}` : null;
}

/** Budget and spend per year (千円), execution in the tooltip. */
export function programMoneyOption(rows: ProgramMoneyPoint[], lang: FormatLang = 'ja'): EChartsCoreOption {
  const ja = lang === 'ja';
  const [budget, spend, execution] = ja ? ['予算額', '決算額', '執行率'] : ['Budget', 'Spend', 'Execution'];
  const sorted = [...rows].sort((a, b) => a.fiscal_year - b.fiscal_year);
  const label = { show: true, position: 'top', fontSize: 10, color: '#334155', formatter: (p: { value: number | null }) => formatNumber(p.value) };
  return {
    ...base,
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      confine: true,
      formatter: (items: Tip[]) => {
        const r = sorted[items[0]?.dataIndex ?? 0];
        if (!r) return '';
        return [
          `<b>${escapeHtml(formatFiscalYear(r.fiscal_year, lang))}</b>${ja ? '（' : ' ('}No.${escapeHtml(r.sheet_no)}${ja ? '）' : ')'}`,
          `${budget}: ${formatMoney(r.budget, lang)}`,
          `${spend}: ${formatMoney(r.spend, lang)}`,
          `${execution}: ${formatPercent(r.execution)}`,
        ].join('<br/>');
      },
    },
    legend: { top: 0, right: 0, textStyle: { fontSize: 11 } },
    grid: { left: 8, right: 16, top: 36, bottom: 4, containLabel: true },
    xAxis: { type: 'category', data: sorted.map((r) => (ja ? shortFiscalYear(r.fiscal_year) : `FY${r.fiscal_year}`)) },
    yAxis: { type: 'value', name: ja ? '千円' : '¥1,000', nameTextStyle: { fontSize: 11, align: 'right' }, axisLabel: { formatter: (v: number) => formatNumber(v) } },
    series: [
      { name: budget, type: 'bar', barMaxWidth: 28, itemStyle: { color: BUDGET_COLOR }, label, data: sorted.map((r) => r.budget) },
      { name: spend, type: 'bar', barMaxWidth: 28, itemStyle: { color: SPEND_COLOR }, label, data: sorted.map((r) => r.spend) },
    ],
  };
}

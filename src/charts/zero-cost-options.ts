import type { EChartsCoreOption } from 'echarts/core';
import type { PolicyRow } from '../analyses/policy';
import { formatCount, formatFiscalYear, formatNumber, formatPercent, type FormatLang } from '../format/ja';
import { escapeHtml } from './escape';
import { FONT_FAMILY } from './theme';

/**
 * Sequential slate greys, oldest lightest, for the years around the selected one (the years are ordered, so an
 * ordered palette, and the legend names each); the selected year stands out in the app's blue with its figures.
 */
const YEAR_PALETTE = ['#f1f5f9', '#e2e8f0', '#cbd5e1', '#94a3b8', '#64748b', '#475569', '#334155', '#1e293b'];
export const FOCUS_YEAR_COLOR = '#0072B2';

export function yearColors(count: number): string[] {
  // skip the two faintest shades (they vanish on a projector); repeats only past six years
  const lo = 2;
  const hi = YEAR_PALETTE.length - 1;
  if (count <= 0) return [];
  if (count === 1) return [YEAR_PALETTE[hi]!];
  return Array.from({ length: count }, (_, i) => YEAR_PALETTE[lo + Math.round((i * (hi - lo)) / (count - 1))]!);
}

export interface ZeroCostMatrix {
  pillars: string[];
  years: number[];
  /** cell[yearIndex][pillarIndex] — the analysis row for that pillar and year, or null */
  cell: (PolicyRow | null)[][];
}

/** The pillar rows of a policy roll-up over several years, laid out pillar × year (display: grouping rows). */
export function zeroCostMatrix(rows: PolicyRow[], lang: FormatLang = 'ja'): ZeroCostMatrix {
  const unset = lang === 'ja' ? '（未設定）' : '(not set)';
  const pillarRows = rows.filter((r) => r.level === 'pillar');
  const pillars = [...new Set(pillarRows.map((r) => r.pillar ?? unset))].sort((a, b) => a.localeCompare(b, 'ja'));
  const years = [...new Set(pillarRows.map((r) => r.fiscal_year))].sort((a, b) => a - b);
  const cell = years.map((y) => pillars.map((p) => pillarRows.find((r) => r.fiscal_year === y && (r.pillar ?? unset) === p) ?? null));
  return { pillars, years, cell };
}

function shareLine(year: number, r: PolicyRow | null, focus: boolean, lang: FormatLang): string {
  const text = r
    ? lang === 'ja'
      ? `${formatPercent(r.zero_cost_share)}（${formatNumber(r.zero_cost_activities, '件')}／活動 ${formatNumber(r.activities, '件')}）`
      : `${formatPercent(r.zero_cost_share)} (${formatCount(r.zero_cost_activities, lang)} of ${formatCount(r.activities, lang, '', 'activities')})`
    : lang === 'ja'
      ? 'データなし'
      : 'no data';
  const line = `${escapeHtml(formatFiscalYear(year, lang))}: ${escapeHtml(text)}`;
  return focus ? `<b>${line}</b>` : line;
}

/** Tooltip for one pillar: every year's share with its counts. */
export function zeroCostTooltip(m: ZeroCostMatrix, pillarIndex: number, focusYear: number | null, lang: FormatLang = 'ja'): string {
  const pillar = m.pillars[pillarIndex];
  if (pillar === undefined) return '';
  return [
    `<b>${escapeHtml(pillar)}</b>`,
    lang === 'ja' ? 'ゼロ予算の活動の割合' : 'Share of zero-cost activities',
    ...m.years.map((y, yi) => shareLine(y, m.cell[yi]![pillarIndex]!, y === focusYear, lang)),
  ].join('<br/>');
}

/**
 * Grouped horizontal bars: zero-cost share of activities per pillar (rows) and year (bars, oldest at the top of
 * each group). The selected year is labelled with its figure.
 */
export function zeroCostByPillarOption(rows: PolicyRow[], focusYear: number | null, lang: FormatLang = 'ja'): EChartsCoreOption {
  const m = zeroCostMatrix(rows, lang);
  // greys spread over the other years only, so neighbouring years stay apart
  const others = yearColors(m.years.filter((y) => y !== focusYear).length);
  const colors = m.years.map((y) => (y === focusYear ? FOCUS_YEAR_COLOR : others.shift()!));
  return {
    textStyle: { fontFamily: FONT_FAMILY },
    animation: false,
    legend: { top: 0, left: 0, selectedMode: false },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      confine: true,
      formatter: (items: { dataIndex: number }[]) => zeroCostTooltip(m, items[0]?.dataIndex ?? -1, focusYear, lang),
    },
    grid: { left: 8, right: 56, top: 34, bottom: 36, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' },
    xAxis: {
      type: 'value',
      name: lang === 'ja' ? 'ゼロ予算の活動の割合（%）' : 'Share of zero-cost activities (%)',
      nameLocation: 'middle',
      nameGap: 24,
      axisLabel: { formatter: (v: number) => `${Math.round(v * 100)}%` },
      splitLine: { lineStyle: { color: '#e2e8f0' } },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: m.pillars,
      axisTick: { show: false },
      axisLabel: { width: 190, overflow: 'truncate', fontSize: 12, color: '#111827' },
      triggerEvent: true,
    },
    series: m.years.map((y, yi) => {
      const focus = y === focusYear;
      return {
        name: formatFiscalYear(y, lang) + (focus ? (lang === 'ja' ? '（選択中）' : ' (selected)') : ''),
        type: 'bar',
        barGap: '10%',
        barCategoryGap: '22%',
        itemStyle: { color: colors[yi] },
        label: focus ? { show: true, position: 'right', fontSize: 11, color: '#0f172a', formatter: (p: { value: number | null }) => formatPercent(p.value) } : undefined,
        data: m.cell[yi]!.map((r) => r?.zero_cost_share ?? null),
      };
    }),
  };
}

import type { EChartsCoreOption } from 'echarts/core';
import type { IndicatorResult, Status } from '../analyses/indicators';
import { directionLabel, formatFiscalYear, formatNumber, formatPercent, statusLabel, type FormatLang } from '../format/ja';
import { noRateReason } from '../format/reasons';
import { escapeHtml } from './escape';
import { FONT_FAMILY, STATUS_COLORS, STATUS_MARKS, STATUS_ORDER } from './theme';

/** Rows shown in the chart window at once; the rest are reached with the scroll bar. */
export const GAPS_VISIBLE = 30;
const ROW_HEIGHT = 22;
const CHROME_HEIGHT = 92;

/**
 * The outcomes the gap chart shows: outcomes with a gap share, optionally one status (the global filter), worst
 * (most negative gap share) first. Display only: filtering and sorting the analysis rows.
 */
export function gapRows(rows: IndicatorResult[], status: string | null): IndicatorResult[] {
  return rows
    .filter((r) => r.kind === 'outcome' && r.gap_share !== null && (!status || r.status === status))
    .sort((a, b) => a.gap_share! - b.gap_share! || a.sheet_no.localeCompare(b.sheet_no, 'ja', { numeric: true }) || a.ordinal - b.ordinal);
}

export function gapsChartHeight(rowCount: number): number {
  return Math.max(Math.min(rowCount, GAPS_VISIBLE), 3) * ROW_HEIGHT + CHROME_HEIGHT;
}

/** A ratio with its sign, as a briefing writes it: −42.1%, +5.0%, ±0.0%. */
export function signedPercent(ratio: number | null | undefined): string {
  if (ratio === null || ratio === undefined || !Number.isFinite(ratio)) return '—';
  const text = formatPercent(Math.abs(ratio));
  if (text === '0.0%') return '±0.0%';
  return ratio > 0 ? `+${text}` : `−${text}`;
}

/** A number with its sign and unit, with a true minus like signedPercent: −103件, +5人. */
export function signedNumber(value: number | null | undefined, unit: string | null = null): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  if (value < 0) return `−${formatNumber(-value, unit)}`;
  return value > 0 ? `+${formatNumber(value, unit)}` : `±${formatNumber(0, unit)}`;
}

/** A gap between two percentages is in points (46.7% − 11.6% = 35.1ポイント), as council papers write it. */
export function gapUnit(unit: string | null, lang: FormatLang = 'ja'): string | null {
  return unit === '%' || unit === '％' ? (lang === 'ja' ? 'ポイント' : ' pt') : unit;
}

/** Which way is better and where that came from; inferred directions carry 推定. Plain text (escape for HTML). */
export function directionText(r: Pick<IndicatorResult, 'direction' | 'direction_source' | 'direction_keyword'>, lang: FormatLang = 'ja'): string {
  const label = directionLabel(r.direction, lang);
  if (lang === 'en') {
    if (r.direction_source === 'given') return `${label} (given in the sheet)`;
    if (r.direction_source === 'keyword') return `${label} (inferred from a keyword in the name)`;
    return `${label} (inferred: none given, the default)`;
  }
  if (r.direction_source === 'given') return `${label}（シートで指定）`;
  if (r.direction_source === 'keyword') return `${label}（推定：キーワード「${r.direction_keyword ?? ''}」）`;
  return `${label}（推定：指定なしのため既定）`;
}

/** Short marker for the chart label: only lower-is-better is worth flagging beside the name. */
function directionMarker(r: IndicatorResult, lang: FormatLang): string {
  if (r.direction !== 'down') return '';
  if (lang === 'en') return r.direction_source === 'given' ? ' [lower is better]' : ' [lower is better, inferred]';
  return r.direction_source === 'given' ? '［低いほど良い］' : '［低いほど良い・推定］';
}

/** ECharts rich-text syntax uses { } |: CSV text must not open a style by accident (display only, canvas text). */
function richSafe(text: string | null | undefined): string {
  return String(text ?? '').replace(/[{}|]/g, (c) => ({ '{': '｛', '}': '｝', '|': '｜' })[c]!);
}

export function programLabel(r: Pick<IndicatorResult, 'program' | 'sheet_no'>, lang: FormatLang = 'ja'): string {
  return r.program ?? (lang === 'ja' ? `No.${r.sheet_no}（名称なし）` : `No.${r.sheet_no} (no name)`);
}

function targetLabel(r: IndicatorResult, lang: FormatLang): string {
  if (lang === 'en') return r.is_interim && r.target_year ? `Target (for FY${r.target_year})` : 'Target';
  return r.is_interim && r.target_year ? `目標（${formatFiscalYear(r.target_year)}の目標値）` : '目標';
}

/** The HTML of one bar's tooltip: every CSV-derived string escaped. */
export function gapTooltip(r: IndicatorResult, lang: FormatLang = 'ja'): string {
  const unit = r.unit;
  const ja = lang === 'ja';
  const reason = noRateReason(r.reason, lang);
  const lines = [
    `<b>${escapeHtml(programLabel(r, lang))}</b>${ja ? '（' : ' ('}No.${escapeHtml(r.sheet_no)}${ja ? '）' : ')'}`,
    `${ja ? '成果指標' : 'Outcome'}: ${escapeHtml(r.indicator ?? (ja ? '（名称なし）' : '(no name)'))}`,
    `${targetLabel(r, lang)}: ${escapeHtml(formatNumber(r.target, unit))}`,
    `${ja ? '実績' : 'Actual'}: ${escapeHtml(formatNumber(r.actual, unit))}`,
    `${ja ? '差' : 'Gap'}: ${escapeHtml(signedNumber(r.gap, gapUnit(unit, lang)))}${ja ? `（目標比 ${signedPercent(r.gap_share)}）` : ` (${signedPercent(r.gap_share)} of the target)`}`,
    `${ja ? '達成率' : 'Achievement'}: ${formatPercent(r.achievement)}`,
    `${ja ? '状況' : 'Status'}: ${STATUS_MARKS[r.status]} ${statusLabel(r.status, lang)}${reason ? (ja ? `（${escapeHtml(reason.text)}）` : ` (${escapeHtml(reason.text)})`) : ''}`,
    `${ja ? '向き' : 'Direction'}: ${escapeHtml(directionText(r, lang))}`,
  ];
  if (r.department) lines.splice(1, 0, `${ja ? '担当課' : 'Department'}: ${escapeHtml(r.department)}`);
  return lines.join('<br/>');
}

const MISSED_DECAL = { symbol: 'rect', dashArrayX: [1, 0], dashArrayY: [2, 3], rotation: -0.8 };

export interface GapBarDatum {
  value: number;
  programKey: string | null;
}

/**
 * Diverging horizontal bars of gap share (negative = shortfall), one row per outcome, worst at the top. The left
 * axis names program and indicator, the right axis gives the figures, so a printed chart reads without tooltips.
 */
export function gapsOption(rows: IndicatorResult[], lang: FormatLang = 'ja'): EChartsCoreOption {
  const scroll = rows.length > GAPS_VISIBLE;
  const ja = lang === 'ja';
  const statuses = STATUS_ORDER.filter((s) => rows.some((r) => r.status === s));
  const left = rows.map((r) => `{p|${richSafe(programLabel(r, lang))}}  {i|${richSafe(r.indicator ?? (ja ? '（名称なし）' : '(no name)'))}}{d|${directionMarker(r, lang)}}`);
  const right = rows.map((r) => `${STATUS_MARKS[r.status]} ${signedPercent(r.gap_share)}${ja ? `（達成率 ${formatPercent(r.achievement)}）` : ` (achievement ${formatPercent(r.achievement)})`}`);
  const categoryAxis = {
    type: 'category',
    inverse: true,
    axisTick: { show: false },
    axisLine: { onZero: false, lineStyle: { color: '#cbd5e1' } },
  };
  return {
    textStyle: { fontFamily: FONT_FAMILY },
    animation: false,
    legend: { top: 0, left: 0, data: statuses.map((s) => seriesName(s, lang)), selectedMode: false },
    tooltip: {
      trigger: 'item',
      confine: true,
      formatter: (p: { dataIndex: number }) => {
        const r = rows[p.dataIndex];
        return r ? gapTooltip(r, lang) : '';
      },
    },
    grid: { left: 8, right: scroll ? 44 : 12, top: 34, bottom: 40, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' },
    xAxis: {
      type: 'value',
      name: ja ? '目標に対する差（目標比、%）　マイナス＝不足・プラス＝目標超過' : 'Gap to the target (% of the target): minus = shortfall, plus = above the target',
      nameLocation: 'middle',
      nameGap: 24,
      axisLabel: { formatter: (v: number) => `${Math.round(v * 100)}%` },
      splitLine: { lineStyle: { color: '#e2e8f0' } },
    },
    yAxis: [
      {
        ...categoryAxis,
        position: 'left',
        data: left,
        axisLabel: {
          width: 500,
          overflow: 'truncate',
          interval: 0,
          rich: { p: { color: '#475569', fontSize: 11 }, i: { color: '#111827', fontSize: 12 }, d: { color: '#7c2d12', fontSize: 11 } },
        },
      },
      { ...categoryAxis, position: 'right', data: right, axisLabel: { interval: 0, fontSize: 12, color: '#111827' } },
    ],
    dataZoom: scroll
      ? [{ type: 'slider', yAxisIndex: [0, 1], orient: 'vertical', right: 6, width: 18, startValue: 0, endValue: GAPS_VISIBLE - 1, zoomLock: true, showDetail: false, showDataShadow: false, brushSelect: false, filterMode: 'none' }]
      : [],
    series: statuses.map((s, i) => ({
      name: seriesName(s, lang),
      type: 'bar',
      stack: 'gap',
      barMaxWidth: 16,
      itemStyle: { color: STATUS_COLORS[s], decal: s === 'missed' ? MISSED_DECAL : undefined },
      data: rows.map((r): GapBarDatum | '-' => (r.status === s ? { value: r.gap_share!, programKey: r.program_key } : '-')),
      markLine:
        i === 0 ? { silent: true, symbol: 'none', label: { show: false }, lineStyle: { color: '#334155', type: 'solid', width: 1.5 }, data: [{ xAxis: 0 }] } : undefined,
    })),
  };
}

function seriesName(s: Status, lang: FormatLang): string {
  return `${STATUS_MARKS[s]} ${statusLabel(s, lang)}`;
}

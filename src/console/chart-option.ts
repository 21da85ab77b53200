import type { EChartsCoreOption } from 'echarts/core';
import { escapeHtml } from '../charts/escape';
import { FONT_FAMILY } from '../charts/theme';
import type { ConsoleResult } from '../db/database';
import { cellText, formatExact, groupsDigits } from './cell-text';

/** A chart of any console result: one X column and one numeric Y column, drawn as bars, a line or points. */
export type ResultChartType = 'bar' | 'line' | 'scatter';

export interface ResultChartSpec {
  type: ResultChartType;
  /** column indexes into the result */
  x: number;
  y: number;
}

export const CHART_TYPE_LABELS: Record<ResultChartType, string> = { bar: '棒グラフ', line: '折れ線グラフ', scatter: '散布図' };
export const CHART_TYPE_LABELS_EN: Record<ResultChartType, string> = { bar: 'Bar', line: 'Line', scatter: 'Scatter' };

/** More bars or line points than this cannot be read anyway; the chart says it shows the first ones. */
export const MAX_CATEGORY_POINTS = 2_000;
/** Points are cheap to draw (ECharts' large mode), up to here. */
export const MAX_SCATTER_POINTS = 100_000;

/** A sensible first choice: X the first non-numeric column (else the first), Y the first other numeric one. */
export function defaultChartSpec(result: ConsoleResult): ResultChartSpec | null {
  const numeric = result.columns.map((c, i) => (c.numeric ? i : -1)).filter((i) => i >= 0);
  if (numeric.length === 0) return null;
  const textual = result.columns.findIndex((c) => !c.numeric);
  const x = textual >= 0 ? textual : 0;
  const y = numeric.find((i) => i !== x) ?? numeric[0]!;
  return { type: 'bar', x, y };
}

export function chartPointLimit(type: ResultChartType): number {
  return type === 'scatter' ? MAX_SCATTER_POINTS : MAX_CATEGORY_POINTS;
}

export function resultChartOption(result: ConsoleResult, spec: ResultChartSpec): EChartsCoreOption {
  const xCol = result.columns[spec.x]!;
  const yCol = result.columns[spec.y]!;
  const n = Math.min(result.rowCount, chartPointLimit(spec.type));
  const xs = result.values[spec.x]!.slice(0, n);
  const ys = result.values[spec.y]!.slice(0, n).map((v) => (typeof v === 'number' ? v : null));
  const xIsValue = spec.type === 'scatter' && xCol.numeric;
  const xText = (v: unknown) => cellText(v, groupsDigits(xCol.name)).text;
  // Tooltip text from the data is untrusted (a program name may be HTML): every piece is escaped.
  const tooltipLine = (name: unknown, value: unknown) =>
    `${escapeHtml(xCol.name)}: ${escapeHtml(xText(name))}<br/>` +
    `${escapeHtml(yCol.name)}: ${escapeHtml(typeof value === 'number' ? formatExact(value) : 'NULL')}`;

  return {
    animation: n < 2_000,
    textStyle: { fontFamily: FONT_FAMILY },
    grid: { left: 16, right: 32, top: 36, bottom: 32, containLabel: true },
    tooltip: {
      trigger: spec.type === 'scatter' ? 'item' : 'axis',
      formatter: (params: unknown) => {
        const p = (Array.isArray(params) ? params[0] : params) as { dataIndex: number } | undefined;
        return p ? tooltipLine(xs[p.dataIndex], ys[p.dataIndex]) : '';
      },
    },
    xAxis: xIsValue
      ? { type: 'value', name: xCol.name, nameLocation: 'middle', nameGap: 28, scale: true }
      : { type: 'category', name: xCol.name, nameLocation: 'middle', nameGap: 28, data: xs.map(xText), axisLabel: { hideOverlap: true } },
    yAxis: { type: 'value', name: yCol.name, scale: spec.type === 'scatter' },
    series: [
      {
        type: spec.type,
        name: yCol.name,
        data: xIsValue ? xs.map((x, i) => [typeof x === 'number' ? x : null, ys[i]]) : ys,
        color: '#0072B2',
        large: spec.type === 'scatter' && n > 2_000,
        symbolSize: spec.type === 'scatter' ? 6 : 4,
        showSymbol: spec.type !== 'line' || n <= 200,
      },
    ],
  };
}

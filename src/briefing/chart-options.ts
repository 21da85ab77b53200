import type { EChartsCoreOption } from 'echarts/core';
import { formatMoney, formatNumber, formatPercent, STATUS_LABELS_JA } from '../format/ja';
import { FONT_FAMILY, STATUS_COLORS, STATUS_MARKS, STATUS_ORDER } from '../charts/theme';
import type { Status } from '../analyses/indicators';
import type { GroupBar } from './model';
import { displayWidth } from '../format/display-width';

/**
 * Print charts of the briefing: no tooltip (paper has none, and so no HTML from the CSV ever reaches a formatter),
 * no animation (the SVG is drawn once), and every series told apart three ways — fill lightness, a pattern and a
 * written mark or figure — so a black-and-white copy reads the same as the colour one.
 */
const base = { textStyle: { fontFamily: FONT_FAMILY, color: '#111827' }, animation: false, tooltip: { show: false } };

/** Fills chosen for distinct grey levels: achieved dark, missed mid + hatched, near light + dotted, unmeasured pale. */
const PRINT_FILL: Record<Status, string> = {
  achieved: STATUS_COLORS.achieved,
  near: STATUS_COLORS.near,
  missed: STATUS_COLORS.missed,
  not_measured: '#e5e7eb',
};
const LABEL_COLOR: Record<Status, string> = { achieved: '#fff', near: '#111827', missed: '#fff', not_measured: '#111827' };
const DECAL: Partial<Record<Status, object>> = {
  missed: { symbol: 'rect', color: 'rgba(255,255,255,0.55)', dashArrayX: [1, 0], dashArrayY: [2, 4], rotation: -0.8 },
  near: { symbol: 'circle', color: 'rgba(0,0,0,0.35)', symbolSize: 0.5, dashArrayX: [4, 3], dashArrayY: [4, 3] },
};

/** Names wrap over at most this many lines beside a bar; longer ones end in '…' (the page's tables give them whole). */
const LABEL_LINES = 3;
const LABEL_FONT_PX = 11;

const categoryAxis = (names: string[], width: number) => ({
  type: 'category',
  inverse: true,
  data: names,
  axisTick: { show: false },
  // wrapped so a council member reads the name; clipped only when it would run into the next bar's
  axisLabel: {
    width,
    overflow: 'break',
    fontSize: LABEL_FONT_PX,
    lineHeight: 13,
    color: '#111827',
    // every bar keeps its name (ECharts would otherwise drop labels it finds crowded)
    interval: 0,
    // glyphs are a little wider than the font size, and a line breaks before a glyph that does not fit
    formatter: (name: string) => clipToWidth(name, Math.floor(width / (LABEL_FONT_PX + 1)) * 2 * LABEL_LINES),
  },
});

/** `text` cut to `units` half-width units (full-width characters count 2), with '…' when cut. */
export function clipToWidth(text: string, units: number): string {
  if (displayWidth(text) <= units) return text;
  let out = '';
  let used = 0;
  for (const ch of text) {
    const w = displayWidth(ch);
    if (used + w > units - 2) break;
    out += ch;
    used += w;
  }
  return `${out}…`;
}

/** Stacked bars of outcomes by status, one bar per pillar or goal; each segment labelled with its mark and count. */
export function statusBarsOption(bars: GroupBar[], { labelWidth = 170 }: { labelWidth?: number } = {}): EChartsCoreOption {
  return {
    ...base,
    legend: { top: 0, left: 0, selectedMode: false, itemWidth: 18, itemHeight: 12, textStyle: { fontSize: 11 } },
    grid: { left: 4, right: 16, top: 28, bottom: 4, outerBoundsMode: 'same', outerBoundsContain: 'all' },
    xAxis: { type: 'value', name: '件', minInterval: 1, axisLabel: { fontSize: 10 }, splitLine: { lineStyle: { color: '#d1d5db' } } },
    yAxis: categoryAxis(bars.map((b) => b.name), labelWidth),
    series: STATUS_ORDER.map((s) => ({
      name: `${STATUS_MARKS[s]} ${STATUS_LABELS_JA[s]}`,
      type: 'bar',
      stack: 'status',
      barMaxWidth: 22,
      itemStyle: { color: PRINT_FILL[s], borderColor: '#374151', borderWidth: 0.6, decal: DECAL[s] },
      label: {
        show: true,
        color: LABEL_COLOR[s],
        fontSize: 10,
        // the mark repeats the legend in each segment; too narrow a segment shows nothing rather than a clipped word
        formatter: (p: { value: number }) => (p.value > 0 ? `${STATUS_MARKS[s]}${p.value}` : ''),
      },
      labelLayout: { hideOverlap: true },
      data: bars.map((b) => b[s]),
    })),
  };
}

/**
 * Budget (outlined bar) against spend (solid bar) per pillar or goal, in 千円, each with its amount; the spend bar
 * also states the execution rate, so the rate is read, not estimated from bar lengths.
 */
export function budgetBarsOption(bars: GroupBar[], { labelWidth = 170 }: { labelWidth?: number } = {}): EChartsCoreOption {
  return {
    ...base,
    legend: { top: 0, left: 0, selectedMode: false, itemWidth: 18, itemHeight: 12, textStyle: { fontSize: 11 } },
    grid: { left: 4, right: 12, top: 28, bottom: 4, outerBoundsMode: 'same', outerBoundsContain: 'all' },
    // the scale runs past the largest bar so its amount label fits inside the chart (a clipped figure misleads)
    xAxis: { type: 'value', max: (extent: { max: number }) => roundUp(extent.max * 1.75), splitNumber: 3, axisLabel: { fontSize: 10, formatter: (v: number) => formatNumber(v), hideOverlap: true }, splitLine: { lineStyle: { color: '#d1d5db' } } },
    yAxis: categoryAxis(bars.map((b) => b.name), labelWidth),
    series: [
      {
        name: '予算額（枠）',
        type: 'bar',
        barGap: '10%',
        barMaxWidth: 14,
        itemStyle: { color: '#ffffff', borderColor: '#111827', borderWidth: 1 },
        label: { show: true, position: 'right', fontSize: 10, color: '#111827', formatter: (p: { dataIndex: number }) => `予算 ${formatMoney(bars[p.dataIndex]?.budget)}` },
        data: bars.map((b) => b.budget ?? 0),
      },
      {
        name: '決算額（塗り、（ ）内は執行率）',
        type: 'bar',
        barMaxWidth: 14,
        itemStyle: { color: '#1f4e79', borderColor: '#111827', borderWidth: 0.6 },
        label: {
          show: true,
          position: 'right',
          fontSize: 10,
          color: '#111827',
          formatter: (p: { dataIndex: number }) => {
            const b = bars[p.dataIndex];
            return `決算 ${formatMoney(b?.spend)}（${formatPercent(b?.execution)}）`;
          },
        },
        data: bars.map((b) => b.spend ?? 0),
      },
    ],
  };
}

/** Up to two significant digits: 1,102,243 → 1,200,000, so the axis ends on a round figure. */
function roundUp(value: number): number {
  if (!(value > 0)) return 1;
  const step = 10 ** (Math.floor(Math.log10(value)) - 1);
  return Math.ceil(value / step) * step;
}

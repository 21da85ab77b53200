import type { EChartsCoreOption } from 'echarts/core';
import { CHANGE_ORDER, type ChangeKind, type ProgramChange } from '../analyses/changes';
import { CHANGE_LABELS } from '../format/change-words';
import type { FormatLang } from '../format/ja';
import { FONT_FAMILY } from './theme';

const base = { textStyle: { fontFamily: FONT_FAMILY }, animation: false };

/** What a change is about: the program itself, its money or its indicators (a colour and a pattern each). */
export function changeGroup(change: ChangeKind): 'program' | 'money' | 'indicator' {
  if (change === 'money_up' || change === 'money_down') return 'money';
  if (change === 'target_moved' || change === 'indicator_added' || change === 'indicator_dropped') return 'indicator';
  return 'program';
}

const GROUP_STYLE = {
  program: { color: '#0072B2' },
  money: { color: '#E69F00', decal: { symbol: 'rect', dashArrayX: [1, 0], dashArrayY: [2, 3], rotation: -0.8 } },
  indicator: { color: '#009E73', decal: { symbol: 'circle', symbolSize: 0.5 } },
};

/** Horizontal bars: how many changes of each kind, in CHANGE_ORDER. */
export function changeCountsOption(counts: { change: ChangeKind; n: number }[], lang: FormatLang = 'ja'): EChartsCoreOption {
  return {
    ...base,
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    grid: { left: 8, right: 40, top: 8, bottom: 8, containLabel: true },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', inverse: true, data: counts.map((c) => CHANGE_LABELS[c.change][lang]) },
    series: [
      {
        type: 'bar',
        name: lang === 'ja' ? '件数' : 'Changes',
        label: { show: true, position: 'right' },
        data: counts.map((c) => ({ value: c.n, itemStyle: GROUP_STYLE[changeGroup(c.change)] })),
      },
    ],
  };
}

/** How many changes of each kind, in CHANGE_ORDER (kinds with none included, so the chart's rows never move). */
export function changeCounts(rows: ProgramChange[]): { change: ChangeKind; n: number }[] {
  return CHANGE_ORDER.map((change) => ({ change, n: rows.filter((r) => r.change === change).length }));
}

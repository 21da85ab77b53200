import type { EChartsCoreOption } from 'echarts/core';
import { QUALITY_FLAGS, type QualityDepartment, type QualityFlag, type QualityProgram } from '../analyses/sheet-quality';
import { FLAG_LABELS } from '../format/quality-reasons';
import { formatNumber, type FormatLang } from '../format/ja';
import { escapeHtml } from './escape';
import { FONT_FAMILY } from './theme';

const base = { textStyle: { fontFamily: FONT_FAMILY }, animation: false };

/** Score bands: below 60 (vermillion, hatched), below 80 (orange), 80 and up (blue) — colour never the only cue. */
export function scoreBand(score: number): { color: string; mark: string } {
  if (score < 60) return { color: '#D55E00', mark: '✕' };
  if (score < 80) return { color: '#E69F00', mark: '△' };
  return { color: '#0072B2', mark: '◎' };
}

/** Horizontal bars: each department's mean sheet score (0–100), lowest first, the figure at the bar's end. */
export function departmentScoreOption(rows: QualityDepartment[], lang: FormatLang = 'ja'): EChartsCoreOption {
  const ja = lang === 'ja';
  const name = (d: QualityDepartment) => d.department ?? (ja ? '（担当課なし）' : '(no department)');
  return {
    ...base,
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: (items: { dataIndex: number }[]) => {
        const d = rows[items[0]?.dataIndex ?? 0];
        if (!d) return '';
        return `<b>${escapeHtml(name(d))}</b><br/>${ja ? '平均点' : 'Mean score'}: ${formatNumber(Math.round(d.mean_score * 10) / 10)}<br/>${ja ? `指摘のある事業 ${d.flagged} / ${d.programs}` : `Programs flagged: ${d.flagged} of ${d.programs}`}`;
      },
    },
    grid: { left: 8, right: 40, top: 8, bottom: 8, containLabel: true },
    xAxis: { type: 'value', min: 0, max: 100 },
    yAxis: { type: 'category', inverse: true, data: rows.map(name), axisLabel: { width: 160, overflow: 'truncate' } },
    series: [
      {
        type: 'bar',
        name: ja ? '平均点' : 'Mean score',
        label: { show: true, position: 'right', formatter: (p: { value: number }) => `${scoreBand(p.value).mark} ${formatNumber(Math.round(p.value * 10) / 10)}` },
        data: rows.map((d) => ({
          value: Math.round(d.mean_score * 10) / 10,
          itemStyle: { color: scoreBand(d.mean_score).color, decal: d.mean_score < 60 ? { symbol: 'rect', dashArrayX: [1, 0], dashArrayY: [2, 3], rotation: -0.8 } : undefined },
        })),
      },
    ],
  };
}

/** Horizontal bars: how many sheets carry each kind of flag. */
export function flagCountsOption(counts: { flag: QualityFlag; sheets: number }[], lang: FormatLang = 'ja'): EChartsCoreOption {
  return {
    ...base,
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    grid: { left: 8, right: 40, top: 8, bottom: 8, containLabel: true },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', inverse: true, data: counts.map((c) => FLAG_LABELS[c.flag][lang]) },
    series: [{ type: 'bar', name: lang === 'ja' ? '事業数' : 'Programs', itemStyle: { color: '#D55E00' }, label: { show: true, position: 'right' }, data: counts.map((c) => c.sheets) }],
  };
}

/** How many sheets carry each kind of flag, in QUALITY_FLAGS order (kinds with none included). */
export function flagCounts(programs: QualityProgram[]): { flag: QualityFlag; sheets: number }[] {
  return QUALITY_FLAGS.map((flag) => ({ flag, sheets: programs.filter((p) => p.flags.includes(flag)).length }));
}

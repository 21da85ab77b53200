import type { EChartsCoreOption } from 'echarts/core';
import type { SimilarProgram } from '../analyses/similar/similar';
import { COST_FACTOR, SCORE_WEIGHTS, TREE_NEARNESS } from '../analyses/similar/similarity-sql';
import type { FormatLang } from '../format/ja';
import { escapeHtml } from './escape';
import { FONT_FAMILY } from './theme';

const base = { textStyle: { fontFamily: FONT_FAMILY }, animation: false };

/** The three parts a pair's score is made of (docs/analyses.md): text, policy tree, cost — each weighted. */
export function scoreParts(p: SimilarProgram): { text: number; tree: number; cost: number } {
  const tree = p.tree === null ? 0 : TREE_NEARNESS[p.tree];
  const cost = p.cost_ratio === null ? 0 : Math.max(0, 1 - Math.log(p.cost_ratio) / Math.log(10));
  return { text: SCORE_WEIGHTS.text * p.text_score, tree: SCORE_WEIGHTS.tree * tree, cost: SCORE_WEIGHTS.cost * cost };
}

export function pairLabel(p: SimilarProgram, lang: FormatLang): string {
  const none = lang === 'ja' ? '（名称なし）' : '(no name)';
  return `${p.program ?? none} ⇔ ${p.other_program ?? none}`;
}

/** Stacked bars: the closest pairs' scores split into text, tree and cost, closest first. */
export function pairScoresOption(pairs: SimilarProgram[], lang: FormatLang = 'ja'): EChartsCoreOption {
  const ja = lang === 'ja';
  const parts = pairs.map(scoreParts);
  const names = ja ? ['文章の近さ', '政策体系の近さ', '規模の近さ'] : ['Text', 'Policy tree', 'Cost'];
  const keys = ['text', 'tree', 'cost'] as const;
  const colors = ['#0072B2', '#009E73', '#E69F00'];
  return {
    ...base,
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: (items: { dataIndex: number }[]) => {
        const i = items[0]?.dataIndex ?? 0;
        const p = pairs[i];
        if (!p) return '';
        return [
          `<b>${escapeHtml(p.program ?? '')}</b>（${escapeHtml(p.department ?? '—')}）`,
          `<b>${escapeHtml(p.other_program ?? '')}</b>（${escapeHtml(p.other_department ?? '—')}）`,
          `${ja ? '類似度' : 'Score'}: ${p.score.toFixed(2)}`,
          ...keys.map((k, j) => `${names[j]}: ${parts[i]![k].toFixed(2)}`),
          ja ? `規模が近い＝トータルコストの差が${COST_FACTOR}倍以内` : `similar cost = within ${COST_FACTOR}×`,
        ].join('<br/>');
      },
    },
    legend: { top: 0 },
    grid: { left: 8, right: 24, top: 36, bottom: 8, containLabel: true },
    xAxis: { type: 'value', min: 0, max: 1 },
    yAxis: { type: 'category', inverse: true, data: pairs.map((p) => pairLabel(p, lang)), axisLabel: { width: 260, overflow: 'truncate' } },
    series: keys.map((k, j) => ({
      name: names[j],
      type: 'bar',
      stack: 'score',
      itemStyle: { color: colors[j], decal: j === 1 ? { symbol: 'rect', dashArrayX: [1, 0], dashArrayY: [2, 3], rotation: -0.8 } : undefined },
      data: parts.map((p) => Math.round(p[k] * 1000) / 1000),
    })),
  };
}

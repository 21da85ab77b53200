import type { EChartsCoreOption } from 'echarts/core';
import type { PolicyRow } from '../analyses/policy';
import type { TreeProgram } from '../analyses/programs';
import { formatMoney, formatPercent, statusLabel, type FormatLang } from '../format/ja';
import { escapeHtml } from './escape';
import { BUDGET_COLOR, FONT_FAMILY, SPEND_COLOR, STATUS_COLORS, STATUS_MARKS, STATUS_ORDER } from './theme';

const base = { textStyle: { fontFamily: FONT_FAMILY }, animation: false };

/** The placeholder for a missing pillar, goal or measure name. */
export function unsetLabel(lang: FormatLang = 'ja'): string {
  return lang === 'ja' ? '（未設定）' : '(not set)';
}

/** Stacked bars: outcomes by status per pillar. */
export function statusByPillarOption(rows: PolicyRow[], lang: FormatLang = 'ja'): EChartsCoreOption {
  const pillars = rows.filter((r) => r.level === 'pillar');
  return {
    ...base,
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: (items: { axisValue: string; seriesName: string; value: number }[]) =>
        `<b>${escapeHtml(items[0]?.axisValue)}</b><br/>` + items.map((i) => `${escapeHtml(i.seriesName)}: ${i.value}${lang === 'ja' ? '件' : ''}`).join('<br/>'),
    },
    legend: { top: 0 },
    grid: { left: 8, right: 24, top: 36, bottom: 8, containLabel: true },
    xAxis: { type: 'value', name: lang === 'ja' ? '件' : '' },
    yAxis: { type: 'category', inverse: true, data: pillars.map((p) => p.pillar ?? unsetLabel(lang)), axisLabel: { width: 180, overflow: 'truncate' } },
    series: STATUS_ORDER.map((s) => ({
      name: `${STATUS_MARKS[s]} ${statusLabel(s, lang)}`,
      type: 'bar',
      stack: 'status',
      itemStyle: { color: STATUS_COLORS[s], decal: s === 'missed' ? { symbol: 'rect', dashArrayX: [1, 0], dashArrayY: [2, 3], rotation: -0.8 } : undefined },
      data: pillars.map((p) => p[s]),
    })),
  };
}

/** Grouped bars: budget and spend per pillar, in 千円. */
export function budgetByPillarOption(rows: PolicyRow[], lang: FormatLang = 'ja'): EChartsCoreOption {
  const [budget, spend, execution] = lang === 'ja' ? ['予算額', '決算額', '執行率'] : ['Budget', 'Spend', 'Execution'];
  const pillars = rows.filter((r) => r.level === 'pillar');
  return {
    ...base,
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: (items: { dataIndex: number }[]) => {
        const p = pillars[items[0]?.dataIndex ?? 0];
        if (!p) return '';
        return `<b>${escapeHtml(p.pillar ?? unsetLabel(lang))}</b><br/>${budget}: ${formatMoney(p.budget, lang)}<br/>${spend}: ${formatMoney(p.spend, lang)}<br/>${execution}: ${formatPercent(p.execution)}`;
      },
    },
    legend: { top: 0 },
    grid: { left: 8, right: 24, top: 36, bottom: 8, containLabel: true },
    xAxis: { type: 'value', name: lang === 'ja' ? '千円' : '' },
    yAxis: { type: 'category', inverse: true, data: pillars.map((p) => p.pillar ?? unsetLabel(lang)), axisLabel: { width: 180, overflow: 'truncate' } },
    series: [
      { name: budget, type: 'bar', itemStyle: { color: BUDGET_COLOR }, data: pillars.map((p) => p.budget) },
      { name: spend, type: 'bar', itemStyle: { color: SPEND_COLOR }, data: pillars.map((p) => p.spend) },
    ],
  };
}

export interface TreeNode {
  name: string;
  value: number;
  achievement: number | null;
  programKey?: string | null;
  children?: TreeNode[];
}

/** pillar → goal → measure → program, sized by spend (budget when spend is missing), coloured by mean achievement. */
export function policyTree(programs: TreeProgram[], lang: FormatLang = 'ja'): TreeNode[] {
  const root: TreeNode = { name: 'city', value: 0, achievement: null, children: [] };
  for (const p of programs) {
    const size = Math.max(p.spend ?? p.budget ?? 0, 1);
    let node = root;
    for (const level of [p.pillar ?? unsetLabel(lang), p.goal ?? unsetLabel(lang), p.measure ?? unsetLabel(lang)]) {
      let child = node.children!.find((c) => c.name === level);
      if (!child) node.children!.push((child = { name: level, value: 0, achievement: null, children: [] }));
      node = child;
    }
    node.children!.push({ name: p.program ?? `No.${p.sheet_no}`, value: size, achievement: p.mean_achievement, programKey: p.program_key });
  }
  return root.children!;
}

/** A program's colour by its mean achievement, in the status colours: the same near threshold as the statuses. */
export function achievementColor(a: number | null, near: number): string {
  if (a === null) return STATUS_COLORS.not_measured;
  if (a >= 1) return STATUS_COLORS.achieved;
  if (a >= near) return STATUS_COLORS.near;
  return STATUS_COLORS.missed;
}

function colourTree(nodes: TreeNode[], near: number): unknown[] {
  return nodes.map((n) =>
    n.children
      ? { name: n.name, children: colourTree(n.children, near) }
      : { name: n.name, value: n.value, programKey: n.programKey, achievement: n.achievement, itemStyle: { color: achievementColor(n.achievement, near) } },
  );
}

const treeTooltip = (lang: FormatLang) => ({
  formatter: (info: { name: string; value: number; data: { achievement?: number | null }; treePathInfo: { name: string }[] }) => {
    const path = info.treePathInfo.slice(1).map((p) => escapeHtml(p.name)).join(' › ');
    const a = info.data.achievement;
    return lang === 'ja'
      ? `${path}<br/>決算額（予算額）: ${formatMoney(info.value)}${a !== undefined ? `<br/>平均達成率: ${formatPercent(a)}` : ''}`
      : `${path}<br/>Spend (budget): ${formatMoney(info.value, lang)}${a !== undefined ? `<br/>Mean achievement: ${formatPercent(a)}` : ''}`;
  },
});

export function treemapOption(programs: TreeProgram[], near: number, lang: FormatLang = 'ja'): EChartsCoreOption {
  return {
    ...base,
    tooltip: treeTooltip(lang),
    series: [
      {
        type: 'treemap',
        name: lang === 'ja' ? '全体' : 'All',
        roam: false,
        nodeClick: 'zoomToNode',
        visibleMin: 300,
        breadcrumb: { show: true, bottom: 0 },
        label: { show: true, formatter: '{b}' },
        upperLabel: { show: true, height: 22 },
        levels: [{ itemStyle: { borderColor: '#fff', borderWidth: 3, gapWidth: 3, color: '#64748b' } }, { itemStyle: { borderColor: '#e2e8f0', gapWidth: 2, color: '#94a3b8' } }, { itemStyle: { gapWidth: 1, color: '#cbd5e1' } }],
        data: colourTree(policyTree(programs, lang), near),
      },
    ],
  };
}

export function sunburstOption(programs: TreeProgram[], near: number, lang: FormatLang = 'ja'): EChartsCoreOption {
  return {
    ...base,
    tooltip: treeTooltip(lang),
    series: [
      {
        type: 'sunburst',
        radius: ['12%', '95%'],
        nodeClick: false,
        sort: undefined,
        label: { rotate: 'radial', minAngle: 8, fontSize: 10, width: 90, overflow: 'truncate' },
        itemStyle: { borderColor: '#fff', borderWidth: 1 },
        levels: [{}, { itemStyle: { color: '#475569' } }, { itemStyle: { color: '#94a3b8' } }, { itemStyle: { color: '#cbd5e1' }, label: { show: false } }, { label: { show: false } }],
        data: colourTree(policyTree(programs, lang), near),
      },
    ],
  };
}

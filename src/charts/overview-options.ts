import type { EChartsCoreOption } from 'echarts/core';
import type { PolicyRow } from '../analyses/policy';
import type { TreeProgram } from '../analyses/programs';
import { formatMoney, formatPercent, STATUS_LABELS_JA } from '../format/ja';
import { escapeHtml } from './escape';
import { BUDGET_COLOR, FONT_FAMILY, SPEND_COLOR, STATUS_COLORS, STATUS_MARKS, STATUS_ORDER } from './theme';

const base = { textStyle: { fontFamily: FONT_FAMILY }, animation: false };

/** Stacked bars: outcomes by status per pillar. */
export function statusByPillarOption(rows: PolicyRow[]): EChartsCoreOption {
  const pillars = rows.filter((r) => r.level === 'pillar');
  return {
    ...base,
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: (items: { axisValue: string; seriesName: string; value: number }[]) =>
        `<b>${escapeHtml(items[0]?.axisValue)}</b><br/>` + items.map((i) => `${escapeHtml(i.seriesName)}: ${i.value}件`).join('<br/>'),
    },
    legend: { top: 0 },
    grid: { left: 8, right: 24, top: 36, bottom: 8, containLabel: true },
    xAxis: { type: 'value', name: '件' },
    yAxis: { type: 'category', inverse: true, data: pillars.map((p) => p.pillar ?? '（未設定）'), axisLabel: { width: 180, overflow: 'truncate' } },
    series: STATUS_ORDER.map((s) => ({
      name: `${STATUS_MARKS[s]} ${STATUS_LABELS_JA[s]}`,
      type: 'bar',
      stack: 'status',
      itemStyle: { color: STATUS_COLORS[s], decal: s === 'missed' ? { symbol: 'rect', dashArrayX: [1, 0], dashArrayY: [2, 3], rotation: -0.8 } : undefined },
      data: pillars.map((p) => p[s]),
    })),
  };
}

/** Grouped bars: budget and spend per pillar, in 千円. */
export function budgetByPillarOption(rows: PolicyRow[]): EChartsCoreOption {
  const pillars = rows.filter((r) => r.level === 'pillar');
  return {
    ...base,
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: (items: { dataIndex: number }[]) => {
        const p = pillars[items[0]?.dataIndex ?? 0];
        if (!p) return '';
        return `<b>${escapeHtml(p.pillar)}</b><br/>予算額: ${formatMoney(p.budget)}<br/>決算額: ${formatMoney(p.spend)}<br/>執行率: ${formatPercent(p.execution)}`;
      },
    },
    legend: { top: 0 },
    grid: { left: 8, right: 24, top: 36, bottom: 8, containLabel: true },
    xAxis: { type: 'value', name: '千円' },
    yAxis: { type: 'category', inverse: true, data: pillars.map((p) => p.pillar ?? '（未設定）'), axisLabel: { width: 180, overflow: 'truncate' } },
    series: [
      { name: '予算額', type: 'bar', itemStyle: { color: BUDGET_COLOR }, data: pillars.map((p) => p.budget) },
      { name: '決算額', type: 'bar', itemStyle: { color: SPEND_COLOR }, data: pillars.map((p) => p.spend) },
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
export function policyTree(programs: TreeProgram[]): TreeNode[] {
  const root: TreeNode = { name: 'city', value: 0, achievement: null, children: [] };
  for (const p of programs) {
    const size = Math.max(p.spend ?? p.budget ?? 0, 1);
    let node = root;
    for (const level of [p.pillar ?? '（未設定）', p.goal ?? '（未設定）', p.measure ?? '（未設定）']) {
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

const treeTooltip = {
  formatter: (info: { name: string; value: number; data: { achievement?: number | null }; treePathInfo: { name: string }[] }) => {
    const path = info.treePathInfo.slice(1).map((p) => escapeHtml(p.name)).join(' › ');
    const a = info.data.achievement;
    return `${path}<br/>決算額（予算額）: ${formatMoney(info.value)}${a !== undefined ? `<br/>平均達成率: ${formatPercent(a)}` : ''}`;
  },
};

export function treemapOption(programs: TreeProgram[], near: number): EChartsCoreOption {
  return {
    ...base,
    tooltip: treeTooltip,
    series: [
      {
        type: 'treemap',
        name: '全体',
        roam: false,
        nodeClick: 'zoomToNode',
        visibleMin: 300,
        breadcrumb: { show: true, bottom: 0 },
        label: { show: true, formatter: '{b}' },
        upperLabel: { show: true, height: 22 },
        levels: [{ itemStyle: { borderColor: '#fff', borderWidth: 3, gapWidth: 3, color: '#64748b' } }, { itemStyle: { borderColor: '#e2e8f0', gapWidth: 2, color: '#94a3b8' } }, { itemStyle: { gapWidth: 1, color: '#cbd5e1' } }],
        data: colourTree(policyTree(programs), near),
      },
    ],
  };
}

export function sunburstOption(programs: TreeProgram[], near: number): EChartsCoreOption {
  return {
    ...base,
    tooltip: treeTooltip,
    series: [
      {
        type: 'sunburst',
        radius: ['12%', '95%'],
        nodeClick: false,
        sort: undefined,
        label: { rotate: 'radial', minAngle: 8, fontSize: 10, width: 90, overflow: 'truncate' },
        itemStyle: { borderColor: '#fff', borderWidth: 1 },
        levels: [{}, { itemStyle: { color: '#475569' } }, { itemStyle: { color: '#94a3b8' } }, { itemStyle: { color: '#cbd5e1' }, label: { show: false } }, { label: { show: false } }],
        data: colourTree(policyTree(programs), near),
      },
    ],
  };
}

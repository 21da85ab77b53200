import type { EChartsCoreOption } from 'echarts/core';
import type { CostRollup } from '../analyses/costs';
import { formatMoney, formatPercent, type FormatLang } from '../format/ja';
import { escapeHtml } from './escape';
import { FONT_FAMILY } from './theme';

const base = { textStyle: { fontFamily: FONT_FAMILY }, animation: false };
const HATCH = { symbol: 'rect', dashArrayX: [1, 0], dashArrayY: [2, 3], rotation: -0.8 };

/** The name a roll-up row is shown by: its pillar or department (or the placeholder for none). */
export function rollupName(r: CostRollup, lang: FormatLang): string {
  return (r.level === 'pillar' ? r.pillar : r.department) ?? (lang === 'ja' ? '（未設定）' : '(not set)');
}

/** Stacked bars per pillar or department: 事業費 and 人件費, the two parts of トータルコスト (千円). */
export function totalCostOption(rows: CostRollup[], lang: FormatLang = 'ja'): EChartsCoreOption {
  const ja = lang === 'ja';
  const [project, personnel, total] = ja ? ['事業費', '人件費', 'トータルコスト'] : ['Project cost', 'Personnel cost', 'Total cost'];
  return {
    ...base,
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: (items: { dataIndex: number }[]) => {
        const r = rows[items[0]?.dataIndex ?? 0];
        if (!r) return '';
        return [
          `<b>${escapeHtml(rollupName(r, lang))}</b>`,
          `${total}: ${formatMoney(r.total_cost, lang)}`,
          `${project}: ${formatMoney(r.project_cost, lang)}`,
          `${personnel}: ${formatMoney(r.personnel_cost, lang)}`,
          ja ? `前年度比: ${formatPercent(r.total_cost_change)}` : `Change from last year: ${formatPercent(r.total_cost_change)}`,
        ].join('<br/>');
      },
    },
    legend: { top: 0 },
    grid: { left: 8, right: 24, top: 36, bottom: 8, containLabel: true },
    xAxis: { type: 'value', name: ja ? '千円' : '¥1,000' },
    yAxis: { type: 'category', inverse: true, data: rows.map((r) => rollupName(r, lang)), axisLabel: { width: 180, overflow: 'truncate' } },
    series: [
      { name: project, type: 'bar', stack: 'cost', itemStyle: { color: '#0072B2' }, data: rows.map((r) => r.project_cost) },
      { name: personnel, type: 'bar', stack: 'cost', itemStyle: { color: '#E69F00', decal: HATCH }, data: rows.map((r) => r.personnel_cost) },
    ],
  };
}

export const FUNDING_SOURCES = ['national', 'prefectural', 'bonds', 'other_sources', 'general_fund'] as const;
export type FundingSource = (typeof FUNDING_SOURCES)[number];

export const FUNDING_LABELS: Record<FundingSource, { ja: string; en: string; color: string }> = {
  national: { ja: '国庫支出金', en: 'National', color: '#56B4E9' },
  prefectural: { ja: '県支出金', en: 'Prefectural', color: '#009E73' },
  bonds: { ja: '地方債', en: 'Bonds', color: '#CC79A7' },
  other_sources: { ja: 'その他', en: 'Other', color: '#F0E442' },
  general_fund: { ja: '一般財源', en: 'General fund', color: '#0072B2' },
};

/** Rows that state their funding (a sum of the sources above 0). */
export function fundedRows(rows: CostRollup[]): CostRollup[] {
  return rows.filter((r) => FUNDING_SOURCES.reduce((s, f) => s + (r[f] ?? 0), 0) > 0);
}

/** 100% stacked bars: each source's share of the funding stated, per pillar or department. */
export function fundingMixOption(rows: CostRollup[], lang: FormatLang = 'ja'): EChartsCoreOption {
  const funded = fundedRows(rows);
  const share = (r: CostRollup, f: FundingSource) => (r[f] ?? 0) / FUNDING_SOURCES.reduce((s, g) => s + (r[g] ?? 0), 0);
  return {
    ...base,
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: (items: { dataIndex: number }[]) => {
        const r = funded[items[0]?.dataIndex ?? 0];
        if (!r) return '';
        return [`<b>${escapeHtml(rollupName(r, lang))}</b>`, ...FUNDING_SOURCES.map((f) => `${FUNDING_LABELS[f][lang]}: ${formatMoney(r[f], lang)}（${formatPercent(share(r, f))}）`)].join('<br/>');
      },
    },
    legend: { top: 0 },
    grid: { left: 8, right: 24, top: 36, bottom: 8, containLabel: true },
    xAxis: { type: 'value', max: 100, axisLabel: { formatter: '{value}%' } },
    yAxis: { type: 'category', inverse: true, data: funded.map((r) => rollupName(r, lang)), axisLabel: { width: 180, overflow: 'truncate' } },
    series: FUNDING_SOURCES.map((f, i) => ({
      name: FUNDING_LABELS[f][lang],
      type: 'bar',
      stack: 'funding',
      itemStyle: { color: FUNDING_LABELS[f].color, decal: i % 2 === 1 ? HATCH : undefined },
      data: funded.map((r) => Math.round(share(r, f) * 1000) / 10),
    })),
  };
}

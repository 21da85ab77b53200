import type { EChartsCoreOption } from 'echarts/core';
import type { CostRollup, UnitCost } from '../analyses/costs';
import { formatFiscalYear, formatMoney, formatNumber, formatPercent, type FormatLang } from '../format/ja';
import { escapeHtml } from './escape';
import { FONT_FAMILY } from './theme';

const baseStyle = { textStyle: { fontFamily: FONT_FAMILY }, animation: false };
const HATCH = { symbol: 'rect', dashArrayX: [1, 0], dashArrayY: [2, 3], rotation: -0.8 };

/** A cost per unit in 千円, with enough decimals that a small one does not read as 0 (2.8, 0.04). */
export function unitCostText(v: number): string {
  const digits = Math.abs(v) >= 10 ? 1 : Math.abs(v) >= 0.1 ? 2 : 3;
  return v.toLocaleString('ja-JP', { maximumFractionDigits: digits });
}

/** The name a roll-up row is shown by: its pillar or department (or the placeholder for none). */
export function rollupName(r: CostRollup, lang: FormatLang): string {
  return (r.level === 'pillar' ? r.pillar : r.department) ?? (lang === 'ja' ? '（未設定）' : '(not set)');
}

/** Stacked bars per pillar or department: 事業費 and 人件費, the two parts of トータルコスト (千円). */
export function totalCostOption(rows: CostRollup[], lang: FormatLang = 'ja'): EChartsCoreOption {
  const ja = lang === 'ja';
  const [project, personnel, total] = ja ? ['事業費', '人件費', 'トータルコスト'] : ['Project cost', 'Personnel cost', 'Total cost'];
  return {
    ...baseStyle,
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
    ...baseStyle,
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

/** The indicators a trend chart draws: those flagged (cost per result up two years running while the result fell), else the largest rises. */
export function trendRows(rows: UnitCost[], limit = 10): UnitCost[] {
  const flagged = rows.filter((r) => r.rising_cost_falling_result);
  const pick = flagged.length > 0 ? flagged : rows.filter((r) => (r.unit_cost_change ?? 0) > 0);
  return [...pick].sort((a, b) => (b.unit_cost_change ?? 0) - (a.unit_cost_change ?? 0)).slice(0, limit);
}

/** 学習支援事業／相談件数: the name a unit cost goes by in a legend or a tooltip. */
export function unitCostName(r: UnitCost, lang: FormatLang): string {
  const none = lang === 'ja' ? '（名称なし）' : '(no name)';
  return `${r.program ?? none}／${r.indicator ?? none}`;
}

/**
 * Lines: each indicator's cost per result over the years, as an index (its first year with a cost = 100), so a cost
 * per 件 and a cost per 人 share one axis. The tooltip gives the cost per unit itself.
 */
export function unitCostTrendOption(rows: UnitCost[], lang: FormatLang = 'ja'): EChartsCoreOption {
  const ja = lang === 'ja';
  const years = [...new Set(rows.flatMap((r) => r.history.map((h) => h.fiscal_year)))].sort((a, b) => a - b);
  const byYear = (r: UnitCost) => new Map(r.history.map((h) => [h.fiscal_year, h.unit_cost]));
  const base = (r: UnitCost) => r.history[0]?.unit_cost ?? null;
  return {
    ...baseStyle,
    tooltip: {
      trigger: 'item',
      formatter: (p: { seriesIndex: number; dataIndex: number }) => {
        const r = rows[p.seriesIndex];
        const year = years[p.dataIndex];
        if (!r || year === undefined) return '';
        const cost = byYear(r).get(year);
        const per = ja ? `千円／${escapeHtml(r.unit ?? '単位')}` : `¥1,000 per ${escapeHtml(r.unit ?? 'unit')}`;
        return [
          `<b>${escapeHtml(r.program ?? '')}</b>`,
          escapeHtml(r.indicator ?? ''),
          `${formatFiscalYear(year, lang)}: ${cost === undefined ? '—' : `${formatNumber(Math.round(cost * 10) / 10)} ${per}`}`,
        ].join('<br/>');
      },
    },
    legend: { type: 'scroll', bottom: 0 },
    grid: { left: 8, right: 24, top: 28, bottom: 48, containLabel: true },
    xAxis: { type: 'category', data: years.map((y) => formatFiscalYear(y, lang)) },
    yAxis: { type: 'value', name: ja ? '初年度＝100' : 'first year = 100', scale: true },
    series: rows.map((r, i) => {
      const costs = byYear(r);
      const b = base(r);
      return {
        name: `${i + 1}. ${unitCostName(r, lang)}`,
        type: 'line',
        symbol: SYMBOLS[i % SYMBOLS.length],
        symbolSize: 7,
        connectNulls: false,
        data: years.map((y) => {
          const c = costs.get(y);
          return c === undefined || !b ? null : Math.round((c / b) * 1000) / 10;
        }),
      };
    }),
  };
}

/** Marker shapes in turn, so the lines can be told apart without colour. */
const SYMBOLS = ['circle', 'rect', 'triangle', 'diamond', 'pin', 'arrow', 'roundRect', 'emptyCircle', 'emptyRect', 'emptyTriangle'];

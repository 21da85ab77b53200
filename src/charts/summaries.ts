/**
 * One-line text alternatives of the charts, computed from the rows the chart is drawn from: a screen reader hears
 * the chart's point ("令和6年度: 達成94件、概ね達成116件、未達90件、未測定27件") and its table holds the rest.
 */
import type { PolicyRow } from '../analyses/policy';
import { formatCount, formatFiscalYear, formatMoney, formatPercent, statusLabel, type FormatLang } from '../format/ja';
import { STATUS_ORDER } from './theme';

type StatusCounts = Pick<PolicyRow, 'achieved' | 'near' | 'missed' | 'not_measured'>;

/** 令和6年度: 達成94件、概ね達成116件、未達90件、未測定27件 / FY2024: 94 achieved, 116 near, 90 missed, 27 not measured */
export function statusSummary(year: number | null, counts: StatusCounts, lang: FormatLang = 'ja'): string {
  const head = year ? `${formatFiscalYear(year, lang)}: ` : '';
  if (lang === 'ja') return head + STATUS_ORDER.map((s) => `${statusLabel(s)}${formatCount(counts[s], 'ja')}`).join('、');
  return head + STATUS_ORDER.map((s) => `${formatCount(counts[s], 'en')} ${statusLabel(s, 'en').toLowerCase()}`).join(', ');
}

/** Budget, spend and execution of the whole scope: 令和6年度: 予算額1,234千円、決算額1,100千円、執行率89.1% */
export function moneySummary(year: number | null, row: Pick<PolicyRow, 'budget' | 'spend' | 'execution'>, lang: FormatLang = 'ja'): string {
  const head = year ? `${formatFiscalYear(year, lang)}: ` : '';
  if (lang === 'ja') return `${head}予算額${formatMoney(row.budget)}、決算額${formatMoney(row.spend)}、執行率${formatPercent(row.execution)}`;
  return `${head}budget ${formatMoney(row.budget, 'en')}, spend ${formatMoney(row.spend, 'en')}, execution ${formatPercent(row.execution)}`;
}

/** The row with the largest value, as "name (value)": the chart's most visible bar. */
export function largest<T>(rows: T[], value: (r: T) => number | null): T | undefined {
  let best: T | undefined;
  let bestValue = -Infinity;
  for (const r of rows) {
    const v = value(r);
    if (v !== null && v > bestValue) {
      best = r;
      bestValue = v;
    }
  }
  return best;
}

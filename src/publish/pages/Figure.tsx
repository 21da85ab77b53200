import type { ReactNode } from 'react';
import { formatMoney, formatPercent } from '../../format/ja';

/** One headline figure of a page: its label and value (`text` for a value that is words, set left, not a number). */
export function Figure({ label, text = false, internal = false, children }: { label: string; text?: boolean; internal?: boolean; children: ReactNode }) {
  return (
    <div className={internal ? 'figure internal' : 'figure'}>
      <dt>{label}</dt>
      <dd className={text ? 'text' : undefined}>{children}</dd>
    </div>
  );
}

/** 予算額・決算額・執行率, as every page of the edition states them. */
export function MoneyFigures({ budget, spend, execution }: { budget: number | null; spend: number | null; execution: number | null }) {
  return (
    <>
      <Figure label="予算額">{formatMoney(budget)}</Figure>
      <Figure label="決算額">{formatMoney(spend)}</Figure>
      <Figure label="執行率">{formatPercent(execution)}</Figure>
    </>
  );
}

import { useId, useMemo } from 'react';
import type { IndicatorPoint, ProgramMoneyPoint } from '../../analyses/trends';
import type { ProgramScore } from '../../analyses/programs';
import { useLang, type Lang } from '../../app/i18n';
import { Chart } from '../../charts/Chart';
import { directionNote, finalTarget, indicatorLineOption, programMoneyOption, shortFiscalYear } from '../../charts/program-options';
import { formatFiscalYear, formatMoney, formatNumber, formatPercent, statusLabel } from '../../format/ja';
import { DataTable, type Column } from '../common/DataTable';
import { StatusBadge } from '../common/StatusBadge';
import { CheckMark } from './SheetDocumentView';

export interface IndicatorChartItem {
  id: string;
  /** position on the shown year's ④ table (1-based), null when the indicator is not on that year's sheet */
  sheetNo: number | null;
  points: IndicatorPoint[];
}

/** "R6: 実績 3,083人（目標 2,700人、達成）" for the latest year with an actual: the chart's one-line alternative. */
function indicatorSummary(points: IndicatorPoint[], lang: Lang): string | undefined {
  const last = [...points].reverse().find((p) => p.actual !== null) ?? points[points.length - 1];
  if (!last) return undefined;
  const unit = last.unit;
  if (lang === 'ja') {
    return `${formatFiscalYear(last.fiscal_year)}: 実績 ${formatNumber(last.actual, unit)}（目標 ${formatNumber(last.target, unit)}、${statusLabel(last.status)}）。${points.length}年度分の推移は表のとおり。`;
  }
  return `${formatFiscalYear(last.fiscal_year, lang)}: actual ${formatNumber(last.actual)}, target ${formatNumber(last.target)} (${statusLabel(last.status, lang).toLowerCase()}). ${points.length} years in the table.`;
}

/** One outcome indicator over the years, with its table alternative. */
export function IndicatorChart({ item, n, programYears, year }: { item: IndicatorChartItem; n: number; programYears: number[]; year: number }) {
  const lang = useLang();
  const ja = lang === 'ja';
  const tableId = useId();
  const option = useMemo(() => indicatorLineOption(item.points, programYears, lang), [item.points, programYears, lang]);
  const columns = useMemo(() => indicatorColumns(lang), [lang]);
  const first = item.points[item.points.length - 1] ?? item.points[0];
  const name = first?.indicator ?? '（名称なし）';
  const unit = first?.unit ?? null;
  const dir = directionNote(item.points, lang);
  const target = finalTarget(item.points);
  return (
    <figure className="panel indicator-chart">
      <figcaption>
        <span className="chart-no">{item.sheetNo !== null ? `④-${item.sheetNo}` : ja ? '過年度' : 'earlier'}</span>
        <span lang="ja">
          {name}
          {unit && <span className="unit">（{unit}）</span>}
        </span>
        {dir && <span className="direction-down">{dir}</span>}
        {target && (
          <span className="target-note">
            {ja ? `目標 ${shortFiscalYear(target.year)}年度 ` : `target FY${target.year}: `}
            <span lang="ja">{formatNumber(target.value, unit)}</span>
          </span>
        )}
        {item.sheetNo === null && <span className="note">{ja ? `（${formatFiscalYear(year)}のシートにはない指標）` : ` (not on the ${formatFiscalYear(year, lang)} sheet)`}</span>}
      </figcaption>
      <Chart
        option={option}
        height={210}
        label={ja ? `${name}の実績値と目標値の推移` : `Actual and target over the years: indicator ④-${item.sheetNo ?? n}`}
        summary={indicatorSummary(item.points, lang)}
        tableId={tableId}
        testId={`chart-indicator-${n}`}
      />
      <details className="chart-table">
        <summary>{ja ? '表で見る' : 'As a table'}</summary>
        <DataTable id={tableId} className="compact" exportName={`${name}_推移`} rows={item.points} rowKey={(p) => String(p.fiscal_year)} columns={columns} />
      </details>
    </figure>
  );
}

function indicatorColumns(lang: Lang): Column<IndicatorPoint>[] {
  const ja = lang === 'ja';
  return [
    { key: 'year', header: ja ? '年度' : 'Year', value: (p) => p.fiscal_year, render: (p) => formatFiscalYear(p.fiscal_year, lang) },
    {
      key: 'target_year',
      header: ja ? '目標年度' : 'Target year',
      value: (p) => p.target_year,
      render: (p) => (p.target_year !== null ? (ja ? `${shortFiscalYear(p.target_year)}年度` : `FY${p.target_year}`) : ''),
    },
    { key: 'target', header: ja ? '目標値' : 'Target', value: (p) => p.target, render: (p) => formatNumber(p.target, p.unit), numeric: true, data: true },
    { key: 'actual', header: ja ? '実績値' : 'Actual', value: (p) => p.actual, render: (p) => formatNumber(p.actual, p.unit), numeric: true, data: true },
    { key: 'achievement', header: ja ? '達成率' : 'Achievement', value: (p) => p.achievement, render: (p) => formatPercent(p.achievement), numeric: true },
    { key: 'status', header: ja ? '評価' : 'Rating', value: (p) => statusLabel(p.status, lang), render: (p) => <StatusBadge status={p.status} /> },
  ];
}

function moneyColumns(lang: Lang): Column<ProgramMoneyPoint>[] {
  const ja = lang === 'ja';
  return [
    { key: 'year', header: ja ? '年度' : 'Year', value: (r) => r.fiscal_year, render: (r) => formatFiscalYear(r.fiscal_year, lang) },
    { key: 'sheet_no', header: 'No.', value: (r) => r.sheet_no },
    { key: 'budget', header: ja ? '予算額（千円）' : 'Budget', value: (r) => r.budget, render: (r) => formatMoney(r.budget, lang), numeric: true },
    { key: 'spend', header: ja ? '決算額（千円）' : 'Spend', value: (r) => r.spend, render: (r) => formatMoney(r.spend, lang), numeric: true },
    { key: 'execution', header: ja ? '執行率' : 'Execution', value: (r) => r.execution, render: (r) => formatPercent(r.execution), numeric: true },
  ];
}

/** Budget and spend per year, with its table alternative. */
export function MoneyChart({ rows }: { rows: ProgramMoneyPoint[] }) {
  const lang = useLang();
  const ja = lang === 'ja';
  const tableId = useId();
  const option = useMemo(() => programMoneyOption(rows, lang), [rows, lang]);
  const last = [...rows].sort((a, b) => a.fiscal_year - b.fiscal_year).at(-1);
  const summary = last
    ? ja
      ? `${formatFiscalYear(last.fiscal_year)}: 予算額${formatMoney(last.budget)}、決算額${formatMoney(last.spend)}、執行率${formatPercent(last.execution)}（${rows.length}年度分）`
      : `${formatFiscalYear(last.fiscal_year, lang)}: budget ${formatMoney(last.budget, lang)}, spend ${formatMoney(last.spend, lang)}, execution ${formatPercent(last.execution)} (${rows.length} years)`
    : undefined;
  return (
    <figure className="panel">
      <figcaption>
        {ja ? '予算額・決算額の推移（千円）' : 'Budget and spend over the years (¥1,000)'}
        {rows.length > 0 && rows.every((r) => r.budget === 0 && r.spend === 0) && (
          <span className="note">{ja ? ' どの年度も予算額・決算額とも0千円です。' : ' Budget and spend are 0 in every year.'}</span>
        )}
      </figcaption>
      <Chart option={option} height={220} label={ja ? '予算額と決算額の推移' : 'Budget and spend over the years'} summary={summary} tableId={tableId} testId="chart-program-money" />
      <details className="chart-table">
        <summary>{ja ? '表で見る' : 'As a table'}</summary>
        <DataTable id={tableId} className="compact" exportName="予算額と決算額の推移" rows={rows} rowKey={(r) => String(r.fiscal_year)} columns={moneyColumns(lang)} />
      </details>
    </figure>
  );
}

const SELF_CHECK: Record<string, { ja: string; en: string }> = {
  missed_unticked: { ja: '未達だが「成果」に☑なし', en: 'missed, but "outcome" not ticked' },
  ticked_all_achieved: { ja: '全て達成だが「成果」に☑あり', en: 'all achieved, but "outcome" ticked' },
};

/** The review's four improvement boxes, year by year (from the scorecard rows of the program). */
export function ReviewHistory({ rows, year }: { rows: ProgramScore[]; year: number }) {
  const lang = useLang();
  const ja = lang === 'ja';
  const sorted = [...rows].sort((a, b) => a.fiscal_year - b.fiscal_year);
  return (
    <section className="panel">
      <h3>{ja ? '改善の余地（年度別）' : 'Room for improvement (by year)'}</h3>
      <table className="data-table compact review-history" data-testid="table-review-history">
        <thead>
          <tr>
            <th scope="col">{ja ? '年度' : 'Year'}</th>
            <th scope="col">{ja ? 'コスト' : 'Cost'}</th>
            <th scope="col">{ja ? '活動' : 'Activities'}</th>
            <th scope="col">{ja ? '成果' : 'Outcomes'}</th>
            <th scope="col">{ja ? 'その他' : 'Other'}</th>
            <th scope="col">{ja ? '自己評価の点検' : 'Self-assessment check'}</th>
          </tr>
        </thead>
        <tbody>
          {sorted.map((r) => (
            <tr key={r.fiscal_year} className={r.fiscal_year === year ? 'current-year' : undefined} aria-current={r.fiscal_year === year ? 'true' : undefined}>
              <td>{formatFiscalYear(r.fiscal_year, lang)}</td>
              <td>
                <CheckMark value={r.improve_cost} />
              </td>
              <td>
                <CheckMark value={r.improve_activity} />
              </td>
              <td>
                <CheckMark value={r.improve_outcome} />
              </td>
              <td>
                <CheckMark value={r.improve_other} />
              </td>
              <td className="self-check">{r.self_check ? `⚠ ${SELF_CHECK[r.self_check]?.[lang] ?? r.self_check}` : ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

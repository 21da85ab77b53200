import { useMemo } from 'react';
import type { IndicatorPoint, ProgramMoneyPoint } from '../../analyses/trends';
import type { ProgramScore } from '../../analyses/programs';
import { Chart } from '../../charts/Chart';
import { directionNote, finalTarget, indicatorLineOption, programMoneyOption, shortFiscalYear } from '../../charts/program-options';
import { formatFiscalYear, formatMoney, formatNumber, formatPercent, STATUS_LABELS_JA } from '../../format/ja';
import { DataTable, type Column } from '../common/DataTable';
import { StatusBadge } from '../common/StatusBadge';
import { CheckMark } from './SheetDocumentView';

export interface IndicatorChartItem {
  id: string;
  /** position on the shown year's ④ table (1-based), null when the indicator is not on that year's sheet */
  sheetNo: number | null;
  points: IndicatorPoint[];
}

/** One outcome indicator over the years, with its table alternative. */
export function IndicatorChart({ item, n, programYears, year }: { item: IndicatorChartItem; n: number; programYears: number[]; year: number }) {
  const option = useMemo(() => indicatorLineOption(item.points, programYears), [item.points, programYears]);
  const first = item.points[item.points.length - 1] ?? item.points[0];
  const name = first?.indicator ?? '（名称なし）';
  const unit = first?.unit ?? null;
  const dir = directionNote(item.points);
  const target = finalTarget(item.points);
  return (
    <figure className="panel indicator-chart">
      <figcaption>
        <span className="chart-no">{item.sheetNo !== null ? `④-${item.sheetNo}` : '過年度'}</span>
        {name}
        {unit && <span className="unit">（{unit}）</span>}
        {dir && <span className="direction-down">{dir}</span>}
        {target && (
          <span className="target-note">
            目標 {shortFiscalYear(target.year)}年度 {formatNumber(target.value, unit)}
          </span>
        )}
        {item.sheetNo === null && <span className="note">（{formatFiscalYear(year)}のシートにはない指標）</span>}
      </figcaption>
      <Chart option={option} height={210} label={`${name}の実績値と目標値の推移`} testId={`chart-indicator-${n}`} />
      <details className="chart-table">
        <summary>表で見る</summary>
        <DataTable
          className="compact"
          exportName={`${name}_推移`}
          rows={item.points}
          rowKey={(p) => String(p.fiscal_year)}
          columns={INDICATOR_COLUMNS}
        />
      </details>
    </figure>
  );
}

const INDICATOR_COLUMNS: Column<IndicatorPoint>[] = [
  { key: 'year', header: '年度', value: (p) => p.fiscal_year, render: (p) => formatFiscalYear(p.fiscal_year) },
  { key: 'target_year', header: '目標年度', value: (p) => p.target_year, render: (p) => (p.target_year !== null ? `${shortFiscalYear(p.target_year)}年度` : '') },
  { key: 'target', header: '目標値', value: (p) => p.target, render: (p) => formatNumber(p.target, p.unit), numeric: true },
  { key: 'actual', header: '実績値', value: (p) => p.actual, render: (p) => formatNumber(p.actual, p.unit), numeric: true },
  { key: 'achievement', header: '達成率', value: (p) => p.achievement, render: (p) => formatPercent(p.achievement), numeric: true },
  { key: 'status', header: '評価', value: (p) => STATUS_LABELS_JA[p.status], render: (p) => <StatusBadge status={p.status} /> },
];

const MONEY_COLUMNS: Column<ProgramMoneyPoint>[] = [
  { key: 'year', header: '年度', value: (r) => r.fiscal_year, render: (r) => formatFiscalYear(r.fiscal_year) },
  { key: 'sheet_no', header: 'No.', value: (r) => r.sheet_no },
  { key: 'budget', header: '予算額（千円）', value: (r) => r.budget, render: (r) => formatMoney(r.budget), numeric: true },
  { key: 'spend', header: '決算額（千円）', value: (r) => r.spend, render: (r) => formatMoney(r.spend), numeric: true },
  { key: 'execution', header: '執行率', value: (r) => r.execution, render: (r) => formatPercent(r.execution), numeric: true },
];

/** Budget and spend per year, with its table alternative. */
export function MoneyChart({ rows }: { rows: ProgramMoneyPoint[] }) {
  const option = useMemo(() => programMoneyOption(rows), [rows]);
  return (
    <figure className="panel">
      <figcaption>
        予算額・決算額の推移（千円）
        {rows.length > 0 && rows.every((r) => r.budget === 0 && r.spend === 0) && <span className="note"> どの年度も予算額・決算額とも0千円です。</span>}
      </figcaption>
      <Chart option={option} height={220} label="予算額と決算額の推移" testId="chart-program-money" />
      <details className="chart-table">
        <summary>表で見る</summary>
        <DataTable className="compact" exportName="予算額と決算額の推移" rows={rows} rowKey={(r) => String(r.fiscal_year)} columns={MONEY_COLUMNS} />
      </details>
    </figure>
  );
}

const SELF_CHECK: Record<string, string> = {
  missed_unticked: '未達だが「成果」に☑なし',
  ticked_all_achieved: '全て達成だが「成果」に☑あり',
};

/** The review's four improvement boxes, year by year (from the scorecard rows of the program). */
export function ReviewHistory({ rows, year }: { rows: ProgramScore[]; year: number }) {
  const sorted = [...rows].sort((a, b) => a.fiscal_year - b.fiscal_year);
  return (
    <section className="panel">
      <h3>改善の余地（年度別）</h3>
      <table className="data-table compact review-history" data-testid="table-review-history">
        <thead>
          <tr>
            <th scope="col">年度</th>
            <th scope="col">コスト</th>
            <th scope="col">活動</th>
            <th scope="col">成果</th>
            <th scope="col">その他</th>
            <th scope="col">自己評価の点検</th>
          </tr>
        </thead>
        <tbody>
          {sorted.map((r) => (
            <tr key={r.fiscal_year} className={r.fiscal_year === year ? 'current-year' : undefined} aria-current={r.fiscal_year === year ? 'true' : undefined}>
              <td>{formatFiscalYear(r.fiscal_year)}</td>
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
              <td className="self-check">{r.self_check ? `⚠ ${SELF_CHECK[r.self_check]}` : ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import type { ActivityCost, ProgramBudget } from '../analyses/activities';
import type { Thresholds } from '../analyses/scope';
import { useDataset } from '../app/dataset';
import { navigate, useUrlState } from '../app/url-state';
import { useScope } from '../app/use-scope';
import { budgetScatterOption, executionBins, executionHistogramOption, flagLabel, flagOf, FLAG_ORDER, FLAG_STYLE, pct, scatterRows, type ExecutionBin, type ScatterDatum } from '../charts/budget-options';
import { Chart } from '../charts/Chart';
import { formatFiscalYear, formatMoney, formatNumber, formatPercent } from '../format/ja';
import { activityCostsQuery, policyQuery, programBudgetsQuery } from '../queries/analysis-queries';
import { FlagBadge } from './budget/FlagBadge';
import { DataTable, type Column } from './common/DataTable';
import { QueryView } from './common/ViewState';
import { LimitedTable } from './gaps/LimitedTable';
import { ProgramLink } from './gaps/ProgramLink';
import { StatusFilterNote } from './zero-cost/StatusFilterNote';
import './gaps/analysis-views.css';

/** 予算執行: budget against spend per program, how execution rates spread, and the programs and activities outside the band. */
export function BudgetView() {
  const ds = useDataset();
  const { scope, thresholds: T, ready } = useScope();
  const [url] = useUrlState();
  const [log, setLog] = useState(false);
  const policyOpts = policyQuery(ds, scope, T);
  const budgetsOpts = programBudgetsQuery(ds, scope, T);
  const activitiesOpts = activityCostsQuery(ds, scope, T);
  const policy = useQuery({ ...policyOpts, enabled: policyOpts.enabled && ready });
  const budgets = useQuery({ ...budgetsOpts, enabled: budgetsOpts.enabled && ready });
  const activities = useQuery({ ...activitiesOpts, enabled: activitiesOpts.enabled && ready });

  const city = policy.data?.find((r) => r.level === 'city');
  const flaggedPrograms = useMemo(() => (budgets.data ?? []).filter((r) => r.execution_flag !== null).sort((a, b) => a.execution! - b.execution!), [budgets.data]);
  const flaggedActivities = useMemo(() => (activities.data ?? []).filter((a) => a.execution_flag !== null).sort((a, b) => a.execution! - b.execution!), [activities.data]);
  const scatter = useMemo(() => (budgets.data ? budgetScatterOption(budgets.data, { log, thresholds: T }) : null), [budgets.data, log, T]);
  const bins = useMemo(() => (budgets.data ? executionBins(budgets.data) : null), [budgets.data]);
  const histogram = useMemo(() => (bins ? executionHistogramOption(bins, T) : null), [bins, T]);
  const placed = budgets.data ? scatterRows(budgets.data, log).length : 0;
  const unplaced = budgets.data ? budgets.data.length - placed : 0;
  const rated = bins ? bins.reduce((n, b) => n + b.total, 0) : 0;

  return (
    <section className="view view-analysis" data-testid="view-budget">
      <h2>予算執行 {scope.year ? formatFiscalYear(scope.year) : ''}</h2>
      <p className="lede">
        事業ごとの予算額（当初＋補正等、シートの記載どおり）と決算額、執行率（決算額÷予算額）です。執行率{pct(T.under)}未満を「執行率が低い」、{pct(T.over)}超を「予算超過」として示します。金額は千円。
      </p>
      <StatusFilterNote status={url.status} />
      <QueryView query={policy} isEmpty={(rows) => rows.length === 0}>
        {() => (
          <dl className="headline" data-testid="headline-budget">
            <Figure k="budget" label="予算額" value={formatMoney(city?.budget)} />
            <Figure k="spend" label="決算額" value={formatMoney(city?.spend)} />
            <Figure k="execution" label="執行率" value={formatPercent(city?.execution)} />
            <Figure k="under" label={`${FLAG_STYLE.under.mark} ${flagLabel('under', T)}の事業`} value={budgets.data ? formatNumber(flaggedPrograms.filter((r) => r.execution_flag === 'under').length, '事業') : '—'} />
            <Figure k="over" label={`${FLAG_STYLE.over.mark} ${flagLabel('over', T)}の事業`} value={budgets.data ? formatNumber(flaggedPrograms.filter((r) => r.execution_flag === 'over').length, '事業') : '—'} />
          </dl>
        )}
      </QueryView>

      <div className="grid-2 grid-shrink">
        <figure className="panel">
          <div className="panel-head">
            <figcaption>事業別 予算額と決算額（千円）</figcaption>
            <span className="seg" role="group" aria-label="目盛">
              <button type="button" aria-pressed={!log} onClick={() => setLog(false)}>
                等間隔
              </button>
              <button type="button" aria-pressed={log} onClick={() => setLog(true)}>
                対数目盛
              </button>
            </span>
          </div>
          <p className="panel-note">
            1点が1事業。{T.over > 1 ? `点線（執行率${pct(T.over)}）` : '実線'}より上は予算超過、破線より下は執行率{pct(T.under)}未満。点をクリックすると事業詳細を開きます。
            {unplaced > 0 && ` 予算額が0または未記載${log ? '、決算額が0' : ''}の${formatNumber(unplaced, '事業')}は図に含みません。`}
          </p>
          <QueryView query={budgets} isEmpty={() => placed === 0}>
            {(rows) =>
              scatter && (
                <>
                  <Chart
                    option={scatter}
                    height={420}
                    label="事業別の予算額と決算額の散布図"
                    testId="chart-budget-scatter"
                    onClick={(p) => {
                      const key = (p.data as ScatterDatum | undefined)?.programKey;
                      if (key) navigate({ view: 'program', program: key });
                    }}
                  />
                  <details className="table-alt">
                    <summary>表で見る（全事業の予算額・決算額）</summary>
                    <ProgramTable testId="table-program-budgets" exportName="事業別の予算額と決算額" rows={rows} limit={30} />
                  </details>
                </>
              )
            }
          </QueryView>
        </figure>
        <figure className="panel">
          <div className="panel-head">
            <figcaption>執行率の分布（事業数）</figcaption>
            {bins && <span className="count">執行率のある{formatNumber(rated, '事業')}</span>}
          </div>
          <p className="panel-note">10%刻み。150%以上は右端にまとめています。色と記号は左の散布図と同じ区分です。</p>
          <QueryView query={budgets} isEmpty={() => rated === 0}>
            {() =>
              histogram &&
              bins && (
                <>
                  <Chart option={histogram} height={420} label="執行率の分布のヒストグラム" testId="chart-execution-histogram" />
                  <details className="table-alt">
                    <summary>表で見る（区間別の事業数）</summary>
                    <BinTable bins={bins} thresholds={T} />
                  </details>
                </>
              )
            }
          </QueryView>
        </figure>
      </div>

      <section className="panel">
        <div className="panel-head">
          <h3>執行率が範囲外の事業</h3>
          {budgets.data && <FlagCounts rows={flaggedPrograms} unit="事業" thresholds={T} />}
        </div>
        <QueryView query={budgets} isEmpty={() => flaggedPrograms.length === 0}>
          {() => <ProgramTable testId="table-flagged-programs" exportName="執行率が範囲外の事業" rows={flaggedPrograms} limit={30} flagged />}
        </QueryView>
      </section>

      <section className="panel">
        <div className="panel-head">
          <h3>執行率が範囲外の活動</h3>
          {activities.data && <FlagCounts rows={flaggedActivities} unit="件" thresholds={T} />}
        </div>
        <QueryView query={activities} isEmpty={() => flaggedActivities.length === 0}>
          {() => <LimitedTable testId="table-flagged-activities" exportName="執行率が範囲外の活動" rows={flaggedActivities} columns={ACTIVITY_COLUMNS} rowKey={(a) => `${a.fiscal_year}|${a.sheet_no}|${a.activity_no}`} limit={30} />}
        </QueryView>
      </section>
    </section>
  );
}

function Figure({ k, label, value }: { k: string; label: string; value: string }) {
  return (
    <div className={`figure figure-${k}`} data-figure={k}>
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );
}

function FlagCounts({ rows, unit, thresholds: T }: { rows: { execution_flag: 'under' | 'over' | null }[]; unit: string; thresholds: Thresholds }) {
  return (
    <span className="count">
      {(['under', 'over'] as const).map((f) => `${FLAG_STYLE[f].mark} ${flagLabel(f, T)} ${formatNumber(rows.filter((r) => r.execution_flag === f).length, unit)}`).join('・')}
      ・執行率の低い順
    </span>
  );
}

function sheetOrder(sheetNo: string): string | number {
  const n = Number(sheetNo);
  return Number.isFinite(n) ? n : sheetNo;
}

function flagCell(r: { execution: number | null; execution_flag: 'under' | 'over' | null }) {
  const f = flagOf(r);
  return f ? <FlagBadge flag={f} /> : <span className="sub">執行率なし</span>;
}

function flagSort(r: { execution: number | null; execution_flag: 'under' | 'over' | null }): number {
  const f = flagOf(r);
  return f ? FLAG_ORDER.indexOf(f) : 9;
}

function ProgramTable({ rows, testId, exportName, limit, flagged }: { rows: ProgramBudget[]; testId: string; exportName: string; limit: number; flagged?: boolean }) {
  const columns: Column<ProgramBudget>[] = [
    { key: 'flag', header: '区分', value: flagSort, render: flagCell },
    { key: 'sheet', header: 'No.', value: (r) => sheetOrder(r.sheet_no), render: (r) => r.sheet_no },
    {
      key: 'program',
      header: '事務事業名',
      value: (r) => r.program,
      render: (r) => (
        <>
          <ProgramLink programKey={r.program_key}>{r.program ?? `No.${r.sheet_no}（名称なし）`}</ProgramLink>
          {flagged && r.department && <span className="sub">{r.department}</span>}
        </>
      ),
    },
    ...(flagged ? [] : [{ key: 'department', header: '担当課', value: (r: ProgramBudget) => r.department }]),
    { key: 'pillar', header: '施策の大綱', value: (r) => r.pillar },
    { key: 'budget', header: '予算額', value: (r) => r.budget, render: (r) => formatMoney(r.budget), numeric: true },
    { key: 'spend', header: '決算額', value: (r) => r.spend, render: (r) => formatMoney(r.spend), numeric: true },
    { key: 'execution', header: '執行率', value: (r) => r.execution, render: (r) => formatPercent(r.execution), numeric: true },
  ];
  return <LimitedTable testId={testId} exportName={exportName} rows={rows} columns={columns} rowKey={(r) => `${r.fiscal_year}|${r.sheet_no}`} limit={limit} />;
}

const ACTIVITY_COLUMNS: Column<ActivityCost>[] = [
  { key: 'flag', header: '区分', value: flagSort, render: flagCell },
  { key: 'sheet', header: 'No.', value: (a) => sheetOrder(a.sheet_no), render: (a) => a.sheet_no },
  { key: 'program', header: '事務事業名', value: (a) => a.program, render: (a) => <ProgramLink programKey={a.program_key}>{a.program ?? `No.${a.sheet_no}（名称なし）`}</ProgramLink> },
  { key: 'activity', header: '活動名', value: (a) => a.activity, render: (a) => a.activity ?? `活動${a.activity_no}` },
  {
    key: 'department',
    header: '担当課',
    value: (a) => a.department,
    render: (a) => (
      <>
        {a.department ?? '—'}
        {a.lead_department && a.lead_department !== a.department && <span className="sub">活動の主担当: {a.lead_department}</span>}
      </>
    ),
  },
  { key: 'budget', header: '予算額', value: (a) => a.budget, render: (a) => formatMoney(a.budget), numeric: true },
  { key: 'spend', header: '決算額', value: (a) => a.spend, render: (a) => formatMoney(a.spend), numeric: true },
  { key: 'execution', header: '執行率', value: (a) => a.execution, render: (a) => formatPercent(a.execution), numeric: true },
];

function BinTable({ bins, thresholds: T }: { bins: ExecutionBin[]; thresholds: Thresholds }) {
  return (
    <DataTable
      testId="table-execution-bins"
      exportName="執行率の分布"
      rows={bins}
      rowKey={(b) => b.label}
      columns={[
        { key: 'label', header: '執行率', value: (b) => b.from, render: (b) => b.label },
        ...FLAG_ORDER.map((f) => ({ key: f, header: `${FLAG_STYLE[f].mark} ${flagLabel(f, T)}`, value: (b: ExecutionBin) => b[f], numeric: true })),
        { key: 'total', header: '計（事業）', value: (b) => b.total, numeric: true },
      ]}
    />
  );
}

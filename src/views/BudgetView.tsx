import { useQuery } from '@tanstack/react-query';
import { useId, useMemo, useState } from 'react';
import { useLang, type Lang } from '../app/i18n';
import { moneySummary } from '../charts/summaries';
import type { ActivityCost, ProgramBudget } from '../analyses/activities';
import type { Thresholds } from '../analyses/scope';
import { useDataset } from '../app/dataset';
import { navigate, useUrlState } from '../app/url-state';
import { useScope } from '../app/use-scope';
import { budgetScatterOption, executionBins, executionHistogramOption, flagLabel, flagOf, FLAG_ORDER, FLAG_STYLE, pct, scatterRows, type ExecutionBin, type ScatterDatum } from '../charts/budget-options';
import { Chart } from '../charts/Chart';
import { formatCount, formatFiscalYear, formatMoney, formatPercent } from '../format/ja';
import { activityCostsQuery, policyQuery, programBudgetsQuery } from '../queries/analysis-queries';
import { FlagBadge } from './budget/FlagBadge';
import { DataTable, type Column } from './common/DataTable';
import { QueryView } from './common/ViewState';
import { LimitedTable } from './gaps/LimitedTable';
import { ProgramLink } from './gaps/ProgramLink';
import { StatusFilterNote } from './zero-cost/StatusFilterNote';
import './gaps/analysis-views.css';
import { Figure } from './common/Figure';

/** 予算執行: budget against spend per program, how execution rates spread, and the programs and activities outside the band. */
export function BudgetView() {
  const ds = useDataset();
  const lang = useLang();
  const ja = lang === 'ja';
  const scatterTableId = useId();
  const binsTableId = useId();
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
  const scatter = useMemo(() => (budgets.data ? budgetScatterOption(budgets.data, { log, thresholds: T, lang }) : null), [budgets.data, log, T, lang]);
  const bins = useMemo(() => (budgets.data ? executionBins(budgets.data, lang) : null), [budgets.data, lang]);
  const histogram = useMemo(() => (bins ? executionHistogramOption(bins, T, lang) : null), [bins, T, lang]);
  const placed = budgets.data ? scatterRows(budgets.data, log).length : 0;
  const unplaced = budgets.data ? budgets.data.length - placed : 0;
  const rated = bins ? bins.reduce((n, b) => n + b.total, 0) : 0;

  return (
    <section className="view view-analysis" data-testid="view-budget">
      <h2>
        {ja ? '予算執行' : 'Budget execution'} {scope.year ? formatFiscalYear(scope.year, lang) : ''}
      </h2>
      <p className="lede">
        {ja
          ? `事業ごとの予算額（当初＋補正等、シートの記載どおり）と決算額、執行率（決算額÷予算額）です。執行率${pct(T.under)}未満を「執行率が低い」、${pct(T.over)}超を「予算超過」として示します。金額は千円。`
          : `Budget (initial plus supplementary, as the sheet states), spend and execution (spend ÷ budget) per program. Execution below ${pct(T.under)} is shown as low, above ${pct(T.over)} as over budget. Money in thousand yen.`}
      </p>
      <StatusFilterNote status={url.status} />
      <QueryView query={policy} isEmpty={(rows) => rows.length === 0}>
        {() => (
          <dl className="headline" data-testid="headline-budget">
            <Figure k="budget" label={ja ? '予算額' : 'Budget'} value={formatMoney(city?.budget, lang)} />
            <Figure k="spend" label={ja ? '決算額' : 'Spend'} value={formatMoney(city?.spend, lang)} />
            <Figure k="execution" label={ja ? '執行率' : 'Execution'} value={formatPercent(city?.execution)} />
            <Figure
              k="under"
              label={ja ? `${FLAG_STYLE.under.mark} ${flagLabel('under', T)}の事業` : `${FLAG_STYLE.under.mark} Programs with ${flagLabel('under', T, lang)}`}
              value={budgets.data ? formatCount(flaggedPrograms.filter((r) => r.execution_flag === 'under').length, lang, '事業') : '—'}
            />
            <Figure
              k="over"
              label={ja ? `${FLAG_STYLE.over.mark} ${flagLabel('over', T)}の事業` : `${FLAG_STYLE.over.mark} Programs with ${flagLabel('over', T, lang)}`}
              value={budgets.data ? formatCount(flaggedPrograms.filter((r) => r.execution_flag === 'over').length, lang, '事業') : '—'}
            />
          </dl>
        )}
      </QueryView>

      <div className="grid-2 grid-shrink">
        <figure className="panel">
          <div className="panel-head">
            <figcaption>{ja ? '事業別 予算額と決算額（千円）' : 'Budget and spend per program (¥1,000)'}</figcaption>
            <span className="seg" role="group" aria-label={ja ? '目盛' : 'Scale'}>
              <button type="button" aria-pressed={!log} onClick={() => setLog(false)}>
                {ja ? '等間隔' : 'Linear'}
              </button>
              <button type="button" aria-pressed={log} onClick={() => setLog(true)}>
                {ja ? '対数目盛' : 'Logarithmic'}
              </button>
            </span>
          </div>
          <p className="panel-note">
            {ja
              ? `1点が1事業。${T.over > 1 ? `点線（執行率${pct(T.over)}）` : '実線'}より上は予算超過、破線より下は執行率${pct(T.under)}未満。点をクリックすると事業詳細を開きます（キーボードでは「表で見る」の事業名から）。`
              : `One point per program. Above the ${T.over > 1 ? `dotted line (execution ${pct(T.over)})` : 'solid line'} is over budget, below the dashed line execution is under ${pct(T.under)}. Click a point to open its program (from the keyboard: the program names under "As a table").`}
            {unplaced > 0 &&
              (ja
                ? ` 予算額が0または未記載${log ? '、決算額が0' : ''}の${formatCount(unplaced, lang, '事業')}は図に含みません。`
                : ` ${unplaced} programs with no budget${log ? ' or no spend' : ''} are not in the chart.`)}
          </p>
          <QueryView query={budgets} isEmpty={() => placed === 0}>
            {(rows) =>
              scatter && (
                <>
                  <Chart
                    option={scatter}
                    height={420}
                    label={ja ? '事業別の予算額と決算額の散布図' : 'Scatter plot of budget and spend per program'}
                    summary={city ? moneySummary(scope.year ?? null, city, lang) : undefined}
                    tableId={scatterTableId}
                    testId="chart-budget-scatter"
                    onClick={(p) => {
                      const key = (p.data as ScatterDatum | undefined)?.programKey;
                      if (key) navigate({ view: 'program', program: key });
                    }}
                  />
                  <details className="table-alt">
                    <summary>{ja ? '表で見る（全事業の予算額・決算額）' : 'As a table (budget and spend of every program)'}</summary>
                    <ProgramTable id={scatterTableId} testId="table-program-budgets" exportName="事業別の予算額と決算額" rows={rows} limit={30} lang={lang} />
                  </details>
                </>
              )
            }
          </QueryView>
        </figure>
        <figure className="panel">
          <div className="panel-head">
            <figcaption>{ja ? '執行率の分布（事業数）' : 'Spread of execution rates (programs)'}</figcaption>
            {bins && <span className="count">{ja ? `執行率のある${formatCount(rated, lang, '事業')}` : `${rated} programs with a rate`}</span>}
          </div>
          <p className="panel-note">
            {ja ? '10%刻み。150%以上は右端にまとめています。色と記号は左の散布図と同じ区分です。' : 'Steps of 10%; 150% and more at the right end. Colours and marks as in the scatter plot.'}
          </p>
          <QueryView query={budgets} isEmpty={() => rated === 0}>
            {() =>
              histogram &&
              bins && (
                <>
                  <Chart
                    option={histogram}
                    height={420}
                    label={ja ? '執行率の分布のヒストグラム' : 'Histogram of execution rates'}
                    summary={binsSummary(bins, T, lang)}
                    tableId={binsTableId}
                    testId="chart-execution-histogram"
                  />
                  <details className="table-alt">
                    <summary>{ja ? '表で見る（区間別の事業数）' : 'As a table (programs per band)'}</summary>
                    <BinTable bins={bins} thresholds={T} lang={lang} id={binsTableId} />
                  </details>
                </>
              )
            }
          </QueryView>
        </figure>
      </div>

      <section className="panel">
        <div className="panel-head">
          <h3>{ja ? '執行率が範囲外の事業' : 'Programs outside the execution band'}</h3>
          {budgets.data && <FlagCounts rows={flaggedPrograms} unit="事業" thresholds={T} lang={lang} />}
        </div>
        <QueryView query={budgets} isEmpty={() => flaggedPrograms.length === 0}>
          {() => <ProgramTable testId="table-flagged-programs" exportName="執行率が範囲外の事業" rows={flaggedPrograms} limit={30} flagged lang={lang} />}
        </QueryView>
      </section>

      <section className="panel">
        <div className="panel-head">
          <h3>{ja ? '執行率が範囲外の活動' : 'Activities outside the execution band'}</h3>
          {activities.data && <FlagCounts rows={flaggedActivities} unit="件" thresholds={T} lang={lang} />}
        </div>
        <QueryView query={activities} isEmpty={() => flaggedActivities.length === 0}>
          {() => <LimitedTable testId="table-flagged-activities" exportName="執行率が範囲外の活動" rows={flaggedActivities} columns={activityColumns(lang)} rowKey={(a) => `${a.fiscal_year}|${a.sheet_no}|${a.activity_no}`} limit={30} />}
        </QueryView>
      </section>
    </section>
  );
}

function FlagCounts({ rows, unit, thresholds: T, lang }: { rows: { execution_flag: 'under' | 'over' | null }[]; unit: string; thresholds: Thresholds; lang: Lang }) {
  const ja = lang === 'ja';
  return (
    <span className="count">
      {(['under', 'over'] as const).map((f) => `${FLAG_STYLE[f].mark} ${flagLabel(f, T, lang)} ${formatCount(rows.filter((r) => r.execution_flag === f).length, lang, unit)}`).join(ja ? '・' : ' · ')}
      {ja ? '・執行率の低い順' : ' · lowest execution first'}
    </span>
  );
}

/** The histogram in one sentence: how many programs below, within and above the band. */
function binsSummary(bins: ExecutionBin[], T: Thresholds, lang: Lang): string {
  const n = (f: 'under' | 'normal' | 'over') => bins.reduce((a, b) => a + b[f], 0);
  return FLAG_ORDER.map((f) => (lang === 'ja' ? `${flagLabel(f, T)} ${formatCount(n(f), lang, '事業')}` : `${flagLabel(f, T, lang)}: ${n(f)} programs`)).join(lang === 'ja' ? '、' : '; ');
}

function sheetOrder(sheetNo: string): string | number {
  const n = Number(sheetNo);
  return Number.isFinite(n) ? n : sheetNo;
}

function flagCell(r: { execution: number | null; execution_flag: 'under' | 'over' | null }, lang: Lang) {
  const f = flagOf(r);
  return f ? <FlagBadge flag={f} /> : <span className="sub">{lang === 'ja' ? '執行率なし' : 'no rate'}</span>;
}

function flagSort(r: { execution: number | null; execution_flag: 'under' | 'over' | null }): number {
  const f = flagOf(r);
  return f ? FLAG_ORDER.indexOf(f) : 9;
}

function ProgramTable({ rows, testId, exportName, limit, flagged, lang, id }: { rows: ProgramBudget[]; testId: string; exportName: string; limit: number; flagged?: boolean; lang: Lang; id?: string }) {
  const ja = lang === 'ja';
  const columns: Column<ProgramBudget>[] = [
    { key: 'flag', header: ja ? '区分' : 'Band', value: flagSort, render: (r) => flagCell(r, lang) },
    { key: 'sheet', header: 'No.', value: (r) => sheetOrder(r.sheet_no), render: (r) => r.sheet_no },
    {
      key: 'program',
      header: ja ? '事務事業名' : 'Program',
      value: (r) => r.program,
      data: true,
      render: (r) => (
        <>
          <ProgramLink programKey={r.program_key}>{r.program ?? `No.${r.sheet_no}（名称なし）`}</ProgramLink>
          {flagged && r.department && <span className="sub">{r.department}</span>}
        </>
      ),
    },
    ...(flagged ? [] : [{ key: 'department', header: ja ? '担当課' : 'Department', value: (r: ProgramBudget) => r.department, data: true }]),
    { key: 'pillar', header: ja ? '施策の大綱' : 'Policy pillar', value: (r) => r.pillar, data: true },
    { key: 'budget', header: ja ? '予算額' : 'Budget', value: (r) => r.budget, render: (r) => formatMoney(r.budget, lang), numeric: true },
    { key: 'spend', header: ja ? '決算額' : 'Spend', value: (r) => r.spend, render: (r) => formatMoney(r.spend, lang), numeric: true },
    { key: 'execution', header: ja ? '執行率' : 'Execution', value: (r) => r.execution, render: (r) => formatPercent(r.execution), numeric: true },
  ];
  return <LimitedTable id={id} testId={testId} exportName={exportName} rows={rows} columns={columns} rowKey={(r) => `${r.fiscal_year}|${r.sheet_no}`} limit={limit} />;
}

function activityColumns(lang: Lang): Column<ActivityCost>[] {
  const ja = lang === 'ja';
  return [
    { key: 'flag', header: ja ? '区分' : 'Band', value: flagSort, render: (a) => flagCell(a, lang) },
    { key: 'sheet', header: 'No.', value: (a) => sheetOrder(a.sheet_no), render: (a) => a.sheet_no },
    { key: 'program', header: ja ? '事務事業名' : 'Program', value: (a) => a.program, data: true, render: (a) => <ProgramLink programKey={a.program_key}>{a.program ?? `No.${a.sheet_no}（名称なし）`}</ProgramLink> },
    { key: 'activity', header: ja ? '活動名' : 'Activity', value: (a) => a.activity, data: true, render: (a) => a.activity ?? `活動${a.activity_no}` },
    {
      key: 'department',
      header: ja ? '担当課' : 'Department',
      value: (a) => a.department,
      data: true,
      render: (a) => (
        <>
          {a.department ?? '—'}
          {a.lead_department && a.lead_department !== a.department && (
            <span className="sub">
              {ja ? '活動の主担当' : 'Activity lead'}: {a.lead_department}
            </span>
          )}
        </>
      ),
    },
    { key: 'budget', header: ja ? '予算額' : 'Budget', value: (a) => a.budget, render: (a) => formatMoney(a.budget, lang), numeric: true },
    { key: 'spend', header: ja ? '決算額' : 'Spend', value: (a) => a.spend, render: (a) => formatMoney(a.spend, lang), numeric: true },
    { key: 'execution', header: ja ? '執行率' : 'Execution', value: (a) => a.execution, render: (a) => formatPercent(a.execution), numeric: true },
  ];
}

function BinTable({ bins, thresholds: T, lang, id }: { bins: ExecutionBin[]; thresholds: Thresholds; lang: Lang; id: string }) {
  const ja = lang === 'ja';
  return (
    <DataTable
      id={id}
      testId="table-execution-bins"
      exportName="執行率の分布"
      rows={bins}
      rowKey={(b) => b.label}
      columns={[
        { key: 'label', header: ja ? '執行率' : 'Execution', value: (b) => b.from, render: (b) => b.label },
        ...FLAG_ORDER.map((f) => ({ key: f, header: `${FLAG_STYLE[f].mark} ${flagLabel(f, T, lang)}`, value: (b: ExecutionBin) => b[f], numeric: true })),
        { key: 'total', header: ja ? '計（事業）' : 'Total (programs)', value: (b) => b.total, numeric: true },
      ]}
    />
  );
}

import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { ActivityCost } from '../analyses/activities';
import type { PolicyRow } from '../analyses/policy';
import { useDataset } from '../app/dataset';
import { navigate, useUrlState } from '../app/url-state';
import { useScope } from '../app/use-scope';
import { Chart } from '../charts/Chart';
import { zeroCostByPillarOption, zeroCostMatrix } from '../charts/zero-cost-options';
import { formatFiscalYear, formatNumber, formatPercent } from '../format/ja';
import { activityCostsQuery, policyQuery, scorecardQuery } from '../queries/analysis-queries';
import { DataTable, type Column } from './common/DataTable';
import { QueryView } from './common/ViewState';
import { LimitedTable } from './gaps/LimitedTable';
import { ProgramLink } from './gaps/ProgramLink';
import { StatusFilterNote } from './zero-cost/StatusFilterNote';
import './gaps/analysis-views.css';

/** ゼロ予算: activities run without a budget (budget 0 and spend 0, both stated), by pillar over the years. */
export function ZeroCostView() {
  const ds = useDataset();
  const { scope, thresholds, ready } = useScope();
  const [url] = useUrlState();
  // every year (the chart compares them); the selected year's city row gives the headline
  const policyOpts = policyQuery(ds, { ...scope, year: null }, thresholds);
  const programsOpts = scorecardQuery(ds, scope, thresholds);
  const activitiesOpts = activityCostsQuery(ds, scope, thresholds);
  const policy = useQuery({ ...policyOpts, enabled: policyOpts.enabled && ready });
  const programs = useQuery({ ...programsOpts, enabled: programsOpts.enabled && ready });
  const activities = useQuery({ ...activitiesOpts, enabled: activitiesOpts.enabled && ready });

  const zero = useMemo(() => activities.data?.filter((a) => a.cost_case === 'zero_cost') ?? [], [activities.data]);
  const notStated = useMemo(() => activities.data?.filter((a) => a.cost_case === 'cost_not_stated') ?? [], [activities.data]);
  const allZeroPrograms = programs.data?.filter((p) => p.zero_cost).length;
  const city = policy.data?.find((r) => r.level === 'city' && r.fiscal_year === scope.year);
  const option = useMemo(() => (policy.data ? zeroCostByPillarOption(policy.data, scope.year ?? null) : null), [policy.data, scope.year]);
  const matrix = useMemo(() => (policy.data ? zeroCostMatrix(policy.data) : null), [policy.data]);

  return (
    <section className="view view-analysis" data-testid="view-zerocost">
      <h2>ゼロ予算 {scope.year ? formatFiscalYear(scope.year) : ''}</h2>
      <p className="lede">
        予算額0・決算額0がともに記載された活動（ゼロ予算の活動）です。職員の工夫や他事業の予算で実施している活動が多く、人件費は含みません。予算額・決算額の記載がない活動は「費用の記載なし」として分けて示します。
      </p>
      <StatusFilterNote status={url.status} />
      <QueryView query={policy} isEmpty={(rows) => rows.length === 0}>
        {() => (
          <dl className="headline headline-4" data-testid="headline-zero-cost">
            <Figure k="zero_cost" label="ゼロ予算の活動" value={formatNumber(city?.zero_cost_activities, '件')} sub={city ? `活動全体の${formatPercent(city.zero_cost_share)}` : undefined} />
            <Figure k="all_zero" label="すべての活動がゼロ予算の事業" value={formatNumber(allZeroPrograms, '事業')} />
            <Figure k="not_stated" label="費用の記載がない活動" value={activities.data ? formatNumber(notStated.length, '件') : '—'} />
            <Figure k="activities" label="活動数（全体）" value={formatNumber(city?.activities, '件')} sub={city ? `${formatNumber(city.programs, '事業')}` : undefined} />
          </dl>
        )}
      </QueryView>

      <figure className="panel">
        <div className="panel-head">
          <figcaption>施策の大綱別 ゼロ予算の活動の割合（年度別）</figcaption>
          <span className="count">大綱名をクリックすると事業一覧を開きます</span>
        </div>
        <QueryView query={policy} isEmpty={(rows) => !rows.some((r) => r.level === 'pillar')}>
          {() =>
            option &&
            matrix && (
              <>
                <Chart
                  option={option}
                  height={Math.max(260, matrix.pillars.length * (matrix.years.length * 11 + 20) + 80)}
                  label="施策の大綱別・年度別のゼロ予算の活動の割合"
                  testId="chart-zero-cost"
                  onClick={(p) => {
                    // a bar (name = its pillar) or a pillar's axis label (value = the pillar)
                    const pillar = (p as { componentType?: string; value?: unknown }).componentType === 'yAxis' ? String((p as { value?: unknown }).value) : p.name;
                    if (pillar && matrix.pillars.includes(pillar) && pillar !== '（未設定）') navigate({ view: 'programs', pillar });
                  }}
                />
                <details className="table-alt">
                  <summary>表で見る（施策の大綱 × 年度）</summary>
                  <PillarYearTable rows={policy.data!} />
                </details>
              </>
            )
          }
        </QueryView>
      </figure>

      <section className="panel">
        <div className="panel-head">
          <h3>ゼロ予算の活動</h3>
          {activities.data && <span className="count">{formatNumber(zero.length, '件')}</span>}
        </div>
        <QueryView query={activities} isEmpty={() => zero.length === 0}>
          {() => <LimitedTable testId="table-zero-cost" exportName="ゼロ予算の活動" rows={zero} columns={zeroColumns(true)} rowKey={activityKey} limit={30} />}
        </QueryView>
      </section>

      <section className="panel">
        <div className="panel-head">
          <h3>費用の記載がない活動</h3>
          {activities.data && <span className="count">{formatNumber(notStated.length, '件')}・予算額も決算額も空欄（ゼロ予算には数えていません）</span>}
        </div>
        <QueryView query={activities} isEmpty={() => notStated.length === 0}>
          {() => <LimitedTable testId="table-cost-not-stated" exportName="費用の記載がない活動" rows={notStated} columns={zeroColumns(false)} rowKey={activityKey} limit={30} />}
        </QueryView>
      </section>
    </section>
  );
}

function Figure({ k, label, value, sub }: { k: string; label: string; value: string; sub?: string }) {
  return (
    <div className={`figure figure-${k}`} data-figure={k}>
      <dt>{label}</dt>
      <dd>
        {value}
        {sub && <small>{sub}</small>}
      </dd>
    </div>
  );
}

function activityKey(a: ActivityCost): string {
  return `${a.fiscal_year}|${a.sheet_no}|${a.activity_no}`;
}

function sheetOrder(sheetNo: string): string | number {
  const n = Number(sheetNo);
  return Number.isFinite(n) ? n : sheetNo;
}

function zeroColumns(withAllZero: boolean): Column<ActivityCost>[] {
  const cols: Column<ActivityCost>[] = [
    { key: 'sheet', header: 'No.', value: (a) => sheetOrder(a.sheet_no), render: (a) => a.sheet_no },
    { key: 'program', header: '事務事業名', value: (a) => a.program, render: (a) => <ProgramLink programKey={a.program_key}>{a.program ?? `No.${a.sheet_no}（名称なし）`}</ProgramLink> },
    { key: 'activity', header: '活動名', value: (a) => a.activity, render: (a) => a.activity ?? `活動${a.activity_no}` },
    { key: 'department', header: '担当課', value: (a) => a.department },
    { key: 'lead', header: '活動の主担当課', value: (a) => a.lead_department, render: (a) => a.lead_department ?? <span className="sub">（事業の担当課）</span> },
    { key: 'pillar', header: '施策の大綱', value: (a) => a.pillar },
  ];
  if (withAllZero) {
    cols.push({
      key: 'all_zero',
      header: '事業の全活動',
      value: (a) => (a.program_all_zero_cost ? 0 : 1),
      render: (a) => (a.program_all_zero_cost ? <span className="tag tag-all-zero">● 全活動がゼロ予算</span> : <span className="sub">一部の活動</span>),
    });
  }
  return cols;
}

function PillarYearTable({ rows }: { rows: PolicyRow[] }) {
  const m = zeroCostMatrix(rows);
  const columns: Column<number>[] = [
    { key: 'pillar', header: '施策の大綱', value: (i) => m.pillars[i] ?? null },
    ...m.years.map((y, yi) => ({
      key: String(y),
      header: formatFiscalYear(y),
      numeric: true,
      value: (i: number) => m.cell[yi]![i]?.zero_cost_share ?? null,
      render: (i: number) => {
        const r = m.cell[yi]![i];
        return r ? (
          <>
            {formatPercent(r.zero_cost_share)}
            <span className="sub">
              {formatNumber(r.zero_cost_activities)}／{formatNumber(r.activities, '件')}
            </span>
          </>
        ) : (
          '—'
        );
      },
    })),
  ];
  return <DataTable testId="table-zero-cost-by-pillar" exportName="施策の大綱別_ゼロ予算" rows={m.pillars.map((_, i) => i)} rowKey={(i) => m.pillars[i]!} columns={columns} />;
}

import { useQuery } from '@tanstack/react-query';
import { useId, useMemo } from 'react';
import { useLang, type Lang } from '../app/i18n';
import type { ActivityCost } from '../analyses/activities';
import type { PolicyRow } from '../analyses/policy';
import { useDataset } from '../app/dataset';
import { navigate, useUrlState } from '../app/url-state';
import { useScope } from '../app/use-scope';
import { Chart } from '../charts/Chart';
import { zeroCostByPillarOption, zeroCostMatrix } from '../charts/zero-cost-options';
import { formatCount, formatFiscalYear, formatNumber, formatPercent } from '../format/ja';
import { activityCostsQuery, policyQuery, scorecardQuery } from '../queries/analysis-queries';
import { DataTable, type Column } from './common/DataTable';
import { QueryView } from './common/ViewState';
import { LimitedTable } from './gaps/LimitedTable';
import { ProgramLink } from './gaps/ProgramLink';
import { NavLink } from './programs/NavLink';
import { StatusFilterNote } from './zero-cost/StatusFilterNote';
import './gaps/analysis-views.css';
import { Figure } from './common/Figure';

/** ゼロ予算: activities run without a budget (budget 0 and spend 0, both stated), by pillar over the years. */
export function ZeroCostView() {
  const ds = useDataset();
  const lang = useLang();
  const ja = lang === 'ja';
  const tableId = useId();
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
  const option = useMemo(() => (policy.data ? zeroCostByPillarOption(policy.data, scope.year ?? null, lang) : null), [policy.data, scope.year, lang]);
  const matrix = useMemo(() => (policy.data ? zeroCostMatrix(policy.data, lang) : null), [policy.data, lang]);
  const summary = city
    ? ja
      ? `${formatFiscalYear(city.fiscal_year)}: ゼロ予算の活動${formatCount(city.zero_cost_activities, 'ja')}（活動全体の${formatPercent(city.zero_cost_share)}）`
      : `${formatFiscalYear(city.fiscal_year, lang)}: ${formatCount(city.zero_cost_activities, lang)} zero-cost activities (${formatPercent(city.zero_cost_share)} of all activities)`
    : undefined;

  return (
    <section className="view view-analysis" data-testid="view-zerocost">
      <h2>
        {ja ? 'ゼロ予算' : 'Zero-cost'} {scope.year ? formatFiscalYear(scope.year, lang) : ''}
      </h2>
      <p className="lede">
        {ja
          ? '予算額0・決算額0がともに記載された活動（ゼロ予算の活動）です。職員の工夫や他事業の予算で実施している活動が多く、人件費は含みません。予算額・決算額の記載がない活動は「費用の記載なし」として分けて示します。'
          : 'Activities with a budget of 0 and a spend of 0, both stated (zero-cost activities). Many are run by staff ingenuity or on other programs\' budgets; staff costs are not included. Activities with neither budget nor spend stated are listed apart as "cost not stated".'}
      </p>
      <StatusFilterNote status={url.status} />
      <QueryView query={policy} isEmpty={(rows) => rows.length === 0}>
        {() => (
          <dl className="headline headline-4" data-testid="headline-zero-cost">
            <Figure
              k="zero_cost"
              label={ja ? 'ゼロ予算の活動' : 'Zero-cost activities'}
              value={formatCount(city?.zero_cost_activities, lang)}
              note={city ? (ja ? `活動全体の${formatPercent(city.zero_cost_share)}` : `${formatPercent(city.zero_cost_share)} of all activities`) : undefined}
            />
            <Figure k="all_zero" label={ja ? 'すべての活動がゼロ予算の事業' : 'Programs with only zero-cost activities'} value={formatCount(allZeroPrograms, lang, '事業')} />
            <Figure k="not_stated" label={ja ? '費用の記載がない活動' : 'Activities with no cost stated'} value={activities.data ? formatCount(notStated.length, lang) : '—'} />
            <Figure
              k="activities"
              label={ja ? '活動数（全体）' : 'Activities (all)'}
              value={formatCount(city?.activities, lang)}
              note={city ? formatCount(city.programs, lang, '事業', 'programs') : undefined}
            />
          </dl>
        )}
      </QueryView>

      <figure className="panel">
        <div className="panel-head">
          <figcaption>{ja ? '施策の大綱別 ゼロ予算の活動の割合（年度別）' : 'Share of zero-cost activities by policy pillar (per year)'}</figcaption>
          <span className="count">{ja ? '大綱名をクリックすると事業一覧を開きます（キーボードでは表の大綱名から）' : 'Click a pillar to list its programs (from the keyboard: the pillar names in the table)'}</span>
        </div>
        <QueryView query={policy} isEmpty={(rows) => !rows.some((r) => r.level === 'pillar')}>
          {() =>
            option &&
            matrix && (
              <>
                <Chart
                  option={option}
                  height={Math.max(260, matrix.pillars.length * (matrix.years.length * 11 + 20) + 80)}
                  label={ja ? '施策の大綱別・年度別のゼロ予算の活動の割合' : 'Share of zero-cost activities by policy pillar and year'}
                  summary={summary}
                  tableId={tableId}
                  testId="chart-zero-cost"
                  onClick={(p) => {
                    // a bar (name = its pillar) or a pillar's axis label (value = the pillar)
                    const pillar = (p as { componentType?: string; value?: unknown }).componentType === 'yAxis' ? String((p as { value?: unknown }).value) : p.name;
                    if (pillar && matrix.pillars.includes(pillar) && policy.data!.some((r) => r.level === 'pillar' && r.pillar === pillar)) navigate({ view: 'programs', pillar });
                  }}
                />
                <details className="table-alt">
                  <summary>{ja ? '表で見る（施策の大綱 × 年度）' : 'As a table (pillar × year)'}</summary>
                  <PillarYearTable rows={policy.data!} lang={lang} id={tableId} />
                </details>
              </>
            )
          }
        </QueryView>
      </figure>

      <section className="panel">
        <div className="panel-head">
          <h3>{ja ? 'ゼロ予算の活動' : 'Zero-cost activities'}</h3>
          {activities.data && <span className="count">{formatCount(zero.length, lang, '件', 'activities')}</span>}
        </div>
        <QueryView query={activities} isEmpty={() => zero.length === 0}>
          {() => <LimitedTable testId="table-zero-cost" exportName="ゼロ予算の活動" rows={zero} columns={zeroColumns(true, lang)} rowKey={activityKey} limit={30} />}
        </QueryView>
      </section>

      <section className="panel">
        <div className="panel-head">
          <h3>{ja ? '費用の記載がない活動' : 'Activities with no cost stated'}</h3>
          {activities.data && (
            <span className="count">
              {ja
                ? `${formatNumber(notStated.length, '件')}・予算額も決算額も空欄（ゼロ予算には数えていません）`
                : `${notStated.length} activities · budget and spend both blank (not counted as zero-cost)`}
            </span>
          )}
        </div>
        <QueryView query={activities} isEmpty={() => notStated.length === 0}>
          {() => <LimitedTable testId="table-cost-not-stated" exportName="費用の記載がない活動" rows={notStated} columns={zeroColumns(false, lang)} rowKey={activityKey} limit={30} />}
        </QueryView>
      </section>
    </section>
  );
}

function activityKey(a: ActivityCost): string {
  return `${a.fiscal_year}|${a.sheet_no}|${a.activity_no}`;
}

function sheetOrder(sheetNo: string): string | number {
  const n = Number(sheetNo);
  return Number.isFinite(n) ? n : sheetNo;
}

function zeroColumns(withAllZero: boolean, lang: Lang): Column<ActivityCost>[] {
  const ja = lang === 'ja';
  const cols: Column<ActivityCost>[] = [
    { key: 'sheet', header: 'No.', value: (a) => sheetOrder(a.sheet_no), render: (a) => a.sheet_no },
    { key: 'program', header: ja ? '事務事業名' : 'Program', value: (a) => a.program, data: true, render: (a) => <ProgramLink programKey={a.program_key}>{a.program ?? `No.${a.sheet_no}（名称なし）`}</ProgramLink> },
    { key: 'activity', header: ja ? '活動名' : 'Activity', value: (a) => a.activity, data: true, render: (a) => a.activity ?? `活動${a.activity_no}` },
    { key: 'department', header: ja ? '担当課' : 'Department', value: (a) => a.department, data: true },
    {
      key: 'lead',
      header: ja ? '活動の主担当課' : 'Activity lead department',
      value: (a) => a.lead_department,
      render: (a) => (a.lead_department ? <span lang="ja">{a.lead_department}</span> : <span className="sub">{ja ? '（事業の担当課）' : "(the program's department)"}</span>),
    },
    { key: 'pillar', header: ja ? '施策の大綱' : 'Policy pillar', value: (a) => a.pillar, data: true },
  ];
  if (withAllZero) {
    cols.push({
      key: 'all_zero',
      header: ja ? '事業の全活動' : "Program's activities",
      value: (a) => (a.program_all_zero_cost ? 0 : 1),
      render: (a) =>
        a.program_all_zero_cost ? (
          <span className="tag tag-all-zero">{ja ? '● 全活動がゼロ予算' : '● all zero-cost'}</span>
        ) : (
          <span className="sub">{ja ? '一部の活動' : 'some activities'}</span>
        ),
    });
  }
  return cols;
}

/** The chart's table: a pillar's name lists its programs, as a click on its bars does. */
function PillarYearTable({ rows, lang, id }: { rows: PolicyRow[]; lang: Lang; id: string }) {
  const m = zeroCostMatrix(rows, lang);
  const named = new Set(rows.filter((r) => r.level === 'pillar' && r.pillar !== null).map((r) => r.pillar));
  const columns: Column<number>[] = [
    {
      key: 'pillar',
      header: lang === 'ja' ? '施策の大綱' : 'Policy pillar',
      value: (i) => m.pillars[i] ?? null,
      data: true,
      render: (i) => (named.has(m.pillars[i]!) ? <NavLink to={{ view: 'programs', pillar: m.pillars[i]! }}>{m.pillars[i]}</NavLink> : m.pillars[i]),
    },
    ...m.years.map((y, yi) => ({
      key: String(y),
      header: formatFiscalYear(y, lang),
      numeric: true,
      value: (i: number) => m.cell[yi]![i]?.zero_cost_share ?? null,
      render: (i: number) => {
        const r = m.cell[yi]![i];
        return r ? (
          <>
            {formatPercent(r.zero_cost_share)}
            <span className="sub">
              {formatNumber(r.zero_cost_activities)}／{formatCount(r.activities, lang)}
            </span>
          </>
        ) : (
          '—'
        );
      },
    })),
  ];
  return <DataTable id={id} testId="table-zero-cost-by-pillar" exportName="施策の大綱別_ゼロ予算" rows={m.pillars.map((_, i) => i)} rowKey={(i) => m.pillars[i]!} columns={columns} />;
}

import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useDataset } from '../app/dataset';
import { navigate } from '../app/url-state';
import { useScope } from '../app/use-scope';
import { Chart } from '../charts/Chart';
import { budgetByPillarOption, statusByPillarOption, treemapOption } from '../charts/overview-options';
import { STATUS_COLORS, STATUS_MARKS } from '../charts/theme';
import { formatFiscalYear, formatMoney, formatNumber, formatPercent, STATUS_LABELS_JA, statusBoundLabels } from '../format/ja';
import { policyQuery, programTreeQuery, underperformersQuery } from '../queries/analysis-queries';
import { DataTable } from './common/DataTable';
import { QueryView } from './common/ViewState';
import type { PolicyRow } from '../analyses/policy';

/** 概要: headline figures, status and money by pillar, the policy treemap and the programs to look at first. */
export function OverviewView() {
  const ds = useDataset();
  const { scope, thresholds, ready } = useScope();
  // not before the year is known: on a cold start the analyses would first run (and be cached) over every year,
  // delaying the first chart and filling the persisted cache with figures no screen shows
  const policyOpts = policyQuery(ds, scope, thresholds);
  const programsOpts = programTreeQuery(ds, scope, thresholds);
  const underOpts = underperformersQuery(ds, scope, thresholds, 10);
  const policy = useQuery({ ...policyOpts, enabled: policyOpts.enabled && ready });
  const programs = useQuery({ ...programsOpts, enabled: programsOpts.enabled && ready });
  const under = useQuery({ ...underOpts, enabled: underOpts.enabled && ready });
  const statusOption = useMemo(() => (policy.data ? statusByPillarOption(policy.data) : null), [policy.data]);
  const budgetOption = useMemo(() => (policy.data ? budgetByPillarOption(policy.data) : null), [policy.data]);
  const treeOption = useMemo(() => (programs.data ? treemapOption(programs.data, thresholds.near) : null), [programs.data, thresholds.near]);

  return (
    <section className="view" data-testid="view-overview">
      <h2>概要 {scope.year ? formatFiscalYear(scope.year) : ''}</h2>
      <QueryView query={policy} isEmpty={(rows) => rows.length === 0}>
        {(rows) => <Headline city={rows.find((r) => r.level === 'city')} />}
      </QueryView>
      <div className="grid-2">
        <figure className="panel">
          <figcaption>施策の大綱別 成果指標の達成状況</figcaption>
          {statusOption && <Chart option={statusOption} label="施策の大綱別 成果指標の達成状況" testId="chart-status-by-pillar" exportName="施策の大綱別_達成状況" onClick={(p) => navigate({ view: 'programs', pillar: p.name })} />}
        </figure>
        <figure className="panel">
          <figcaption>施策の大綱別 予算額と決算額（千円）</figcaption>
          {budgetOption && <Chart option={budgetOption} label="施策の大綱別 予算額と決算額" testId="chart-budget-by-pillar" exportName="施策の大綱別_予算額と決算額" onClick={(p) => navigate({ view: 'programs', pillar: p.name })} />}
        </figure>
      </div>
      <figure className="panel">
        <figcaption>施策体系（大綱 › 目標 › 施策 › 事業）面積＝決算額、色＝平均達成率 <Legend near={thresholds.near} /></figcaption>
        {treeOption && (
          <Chart
            option={treeOption}
            height={460}
            label="施策体系のツリーマップ"
            testId="chart-treemap"
            exportName="施策体系ツリーマップ"
            onClick={(p) => {
              const key = (p.data as { programKey?: string | null } | undefined)?.programKey;
              if (key) navigate({ view: 'program', program: key });
            }}
          />
        )}
      </figure>
      <QueryView query={policy}>{(rows) => <PillarTable rows={rows} />}</QueryView>
      <section className="panel">
        <h3>要注意事業（上位10）</h3>
        <QueryView query={under} isEmpty={(r) => r.length === 0}>
          {(rows) => (
            <DataTable
              testId="table-underperformers"
              exportName="要注意事業"
              rows={rows}
              rowKey={(r) => `${r.fiscal_year}-${r.sheet_no}`}
              columns={[
                { key: 'score', header: '要注意度', value: (r) => r.score, render: (r) => r.score.toFixed(1), numeric: true },
                { key: 'sheet', header: 'No.', value: (r) => r.sheet_no },
                {
                  key: 'program',
                  header: '事務事業名',
                  value: (r) => r.program,
                  render: (r) => (
                    <a href="#" onClick={(e) => (e.preventDefault(), navigate({ view: 'program', program: r.program_key }))}>
                      {r.program ?? '（名称なし）'}
                    </a>
                  ),
                },
                { key: 'dept', header: '担当課', value: (r) => r.department },
                { key: 'reasons', header: '理由', value: (r) => r.reasons.join('、') },
              ]}
            />
          )}
        </QueryView>
      </section>
    </section>
  );
}

function Headline({ city }: { city: PolicyRow | undefined }) {
  if (!city) return null;
  const figures: [string, string, string][] = [
    ['programs', '事業数', formatNumber(city.programs, '事業')],
    ['outcomes', '成果指標', formatNumber(city.outcomes, '件')],
    ['achieved', `${STATUS_MARKS.achieved} ${STATUS_LABELS_JA.achieved}`, formatNumber(city.achieved, '件')],
    ['near', `${STATUS_MARKS.near} ${STATUS_LABELS_JA.near}`, formatNumber(city.near, '件')],
    ['missed', `${STATUS_MARKS.missed} ${STATUS_LABELS_JA.missed}`, formatNumber(city.missed, '件')],
    ['not_measured', `${STATUS_MARKS.not_measured} ${STATUS_LABELS_JA.not_measured}`, formatNumber(city.not_measured, '件')],
    ['budget', '予算額', formatMoney(city.budget)],
    ['spend', '決算額', formatMoney(city.spend)],
    ['execution', '執行率', formatPercent(city.execution)],
    ['zero_cost', 'ゼロ予算の活動', formatNumber(city.zero_cost_activities, '件')],
  ];
  return (
    <dl className="headline" data-testid="headline">
      {figures.map(([key, label, value]) => (
        <div key={key} className={`figure figure-${key}`} data-figure={key}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** The treemap's colours: the status words with the rates they stand for under the thresholds in force. */
function Legend({ near }: { near: number }) {
  const bounds = statusBoundLabels(near);
  return (
    <span className="legend">
      {(['achieved', 'near', 'missed', 'not_measured'] as const).map((s) => (
        <span key={s} style={{ color: STATUS_COLORS[s] }}>
          {STATUS_MARKS[s]} {STATUS_LABELS_JA[s]}（{bounds[s]}）
        </span>
      ))}
    </span>
  );
}

function PillarTable({ rows }: { rows: PolicyRow[] }) {
  return (
    <details className="panel">
      <summary>表で見る（施策の大綱別）</summary>
      <DataTable
        testId="table-pillars"
        exportName="施策の大綱別"
        rows={rows.filter((r) => r.level === 'pillar')}
        rowKey={(r) => r.pillar ?? ''}
        columns={[
          { key: 'pillar', header: '施策の大綱', value: (r) => r.pillar },
          { key: 'programs', header: '事業数', value: (r) => r.programs, numeric: true },
          { key: 'achieved', header: '達成', value: (r) => r.achieved, numeric: true },
          { key: 'near', header: '概ね達成', value: (r) => r.near, numeric: true },
          { key: 'missed', header: '未達', value: (r) => r.missed, numeric: true },
          { key: 'not_measured', header: '未測定', value: (r) => r.not_measured, numeric: true },
          { key: 'budget', header: '予算額', value: (r) => r.budget, render: (r) => formatMoney(r.budget), numeric: true },
          { key: 'spend', header: '決算額', value: (r) => r.spend, render: (r) => formatMoney(r.spend), numeric: true },
          { key: 'execution', header: '執行率', value: (r) => r.execution, render: (r) => formatPercent(r.execution), numeric: true },
        ]}
      />
    </details>
  );
}

import { useQuery } from '@tanstack/react-query';
import { useId, useMemo } from 'react';
import { useLang, type Lang } from '../app/i18n';
import { reasonText } from '../format/reasons';
import { moneySummary, statusSummary } from '../charts/summaries';
import { NavLink } from './programs/NavLink';
import { useDataset } from '../app/dataset';
import { navigate, useUrlState } from '../app/url-state';
import { useScope } from '../app/use-scope';
import { Chart } from '../charts/Chart';
import { budgetByPillarOption, statusByPillarOption, treemapOption } from '../charts/overview-options';
import { STATUS_MARKS, STATUS_TEXT_COLORS } from '../charts/theme';
import { formatCount, formatFiscalYear, formatMoney, formatPercent, statusBoundLabels, statusLabel } from '../format/ja';
import { dimensionsQuery, policyQuery, programTreeQuery, underperformersQuery } from '../queries/analysis-queries';
import { MunicipalityComparison } from './overview/MunicipalityComparison';
import { YearFallbackNote } from './overview/YearFallbackNote';
import { DataTable } from './common/DataTable';
import { QueryView } from './common/ViewState';
import type { PolicyRow } from '../analyses/policy';

/** 概要: headline figures, status and money by pillar, the policy treemap and the programs to look at first. */
export function OverviewView() {
  const ds = useDataset();
  const lang = useLang();
  const L = (ja: string, en: string) => (lang === 'ja' ? ja : en);
  const pillarTableId = useId();
  const { scope, thresholds, ready, fallback } = useScope();
  const [url] = useUrlState();
  const dims = useQuery(dimensionsQuery(ds));
  const cities = dims.data?.municipalities ?? [];
  // not before the year is known: on a cold start the analyses would first run (and be cached) over every year,
  // delaying the first chart and filling the persisted cache with figures no screen shows
  const policyOpts = policyQuery(ds, scope, thresholds);
  const programsOpts = programTreeQuery(ds, scope, thresholds);
  const underOpts = underperformersQuery(ds, scope, thresholds, 10);
  const policy = useQuery({ ...policyOpts, enabled: policyOpts.enabled && ready });
  const programs = useQuery({ ...programsOpts, enabled: programsOpts.enabled && ready });
  const under = useQuery({ ...underOpts, enabled: underOpts.enabled && ready });
  const statusOption = useMemo(() => (policy.data ? statusByPillarOption(policy.data, lang) : null), [policy.data, lang]);
  const budgetOption = useMemo(() => (policy.data ? budgetByPillarOption(policy.data, lang) : null), [policy.data, lang]);
  const treeOption = useMemo(() => (programs.data ? treemapOption(programs.data, thresholds.near, lang) : null), [programs.data, thresholds.near, lang]);
  const city = policy.data?.find((r) => r.level === 'city');
  const year = scope.year ?? null;
  const statusTitle = L('施策の大綱別 成果指標の達成状況', 'Outcome status by policy pillar');
  const budgetTitle = L('施策の大綱別 予算額と決算額（千円）', 'Budget and spend by policy pillar (¥1,000)');

  return (
    <section className="view" data-testid="view-overview">
      <h2>
        {L('概要', 'Overview')} {year ? formatFiscalYear(year, lang) : ''}
      </h2>
      {fallback.fellBack && fallback.latest !== null && fallback.year !== null && <YearFallbackNote latest={fallback.latest} shown={fallback.year} lang={lang} />}
      <QueryView query={policy} isEmpty={(rows) => rows.length === 0}>
        {(rows) => <Headline city={rows.find((r) => r.level === 'city')} lang={lang} />}
      </QueryView>
      {cities.length >= 2 && url.municipality === null && <MunicipalityComparison cities={cities} scope={scope} thresholds={thresholds} lang={lang} />}
      <div className="grid-2">
        <figure className="panel">
          <figcaption>{statusTitle}</figcaption>
          {statusOption && (
            <Chart
              option={statusOption}
              label={statusTitle}
              summary={city ? statusSummary(year, city, lang) : undefined}
              tableId={pillarTableId}
              testId="chart-status-by-pillar"
              exportName="施策の大綱別_達成状況"
              onClick={(p) => navigate({ view: 'programs', pillar: p.name })}
            />
          )}
        </figure>
        <figure className="panel">
          <figcaption>{budgetTitle}</figcaption>
          {budgetOption && (
            <Chart
              option={budgetOption}
              label={budgetTitle}
              summary={city ? moneySummary(year, city, lang) : undefined}
              tableId={pillarTableId}
              testId="chart-budget-by-pillar"
              exportName="施策の大綱別_予算額と決算額"
              onClick={(p) => navigate({ view: 'programs', pillar: p.name })}
            />
          )}
        </figure>
      </div>
      <figure className="panel">
        <figcaption>
          {L('施策体系（大綱 › 目標 › 施策 › 事業）面積＝決算額、色＝平均達成率', 'Policy tree (pillar › goal › measure › program): area = spend, colour = mean achievement')}{' '}
          <Legend near={thresholds.near} lang={lang} />
        </figcaption>
        {treeOption && (
          <Chart
            option={treeOption}
            height={460}
            label={L('施策体系のツリーマップ', 'Treemap of the policy tree')}
            summary={
              programs.data
                ? L(
                    `${formatCount(programs.data.length, 'ja', '事業')}。各事業へは「事業一覧」または下の表から移れます。`,
                    `${formatCount(programs.data.length, 'en', '', 'programs')}. Each program can be reached from the Programs list or the tables below.`,
                  )
                : undefined
            }
            tableId={pillarTableId}
            testId="chart-treemap"
            exportName="施策体系ツリーマップ"
            onClick={(p) => {
              const key = (p.data as { programKey?: string | null } | undefined)?.programKey;
              if (key) navigate({ view: 'program', program: key });
            }}
          />
        )}
      </figure>
      <QueryView query={policy}>{(rows) => <PillarTable rows={rows} lang={lang} id={pillarTableId} />}</QueryView>
      <section className="panel">
        <h3>{L('要注意事業（上位10）', 'Programs to look at first (top 10)')}</h3>
        <QueryView query={under} isEmpty={(r) => r.length === 0}>
          {(rows) => (
            <DataTable
              testId="table-underperformers"
              exportName="要注意事業"
              rows={rows}
              rowKey={(r) => `${r.fiscal_year}-${r.sheet_no}`}
              columns={[
                { key: 'score', header: L('要注意度', 'Attention score'), value: (r) => r.score, render: (r) => r.score.toFixed(1), numeric: true },
                { key: 'sheet', header: 'No.', value: (r) => r.sheet_no },
                {
                  key: 'program',
                  header: L('事務事業名', 'Program'),
                  value: (r) => r.program,
                  data: true,
                  render: (r) => <NavLink to={{ view: 'program', program: r.program_key }}>{r.program ?? '（名称なし）'}</NavLink>,
                },
                { key: 'dept', header: L('担当課', 'Department'), value: (r) => r.department, data: true },
                { key: 'reasons', header: L('理由', 'Reasons'), value: (r) => r.reasons.map((x) => reasonText(x, lang)).join(lang === 'ja' ? '、' : '; ') },
              ]}
            />
          )}
        </QueryView>
      </section>
    </section>
  );
}

function Headline({ city, lang }: { city: PolicyRow | undefined; lang: Lang }) {
  if (!city) return null;
  const ja = lang === 'ja';
  const figures: [string, string, string][] = [
    ['programs', ja ? '事業数' : 'Programs', formatCount(city.programs, lang, '事業')],
    ['outcomes', ja ? '成果指標' : 'Outcome indicators', formatCount(city.outcomes, lang)],
    ['achieved', `${STATUS_MARKS.achieved} ${statusLabel('achieved', lang)}`, formatCount(city.achieved, lang)],
    ['near', `${STATUS_MARKS.near} ${statusLabel('near', lang)}`, formatCount(city.near, lang)],
    ['missed', `${STATUS_MARKS.missed} ${statusLabel('missed', lang)}`, formatCount(city.missed, lang)],
    ['not_measured', `${STATUS_MARKS.not_measured} ${statusLabel('not_measured', lang)}`, formatCount(city.not_measured, lang)],
    ['budget', ja ? '予算額' : 'Budget', formatMoney(city.budget, lang)],
    ['spend', ja ? '決算額' : 'Spend', formatMoney(city.spend, lang)],
    ['execution', ja ? '執行率' : 'Execution', formatPercent(city.execution)],
    ['zero_cost', ja ? 'ゼロ予算の活動' : 'Zero-cost activities', formatCount(city.zero_cost_activities, lang)],
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
function Legend({ near, lang }: { near: number; lang: Lang }) {
  const bounds = statusBoundLabels(near, lang);
  return (
    <span className="legend">
      {(['achieved', 'near', 'missed', 'not_measured'] as const).map((s) => (
        <span key={s} style={{ color: STATUS_TEXT_COLORS[s] }}>
          <span aria-hidden="true">{STATUS_MARKS[s]}</span> {statusLabel(s, lang)}
          {lang === 'ja' ? `（${bounds[s]}）` : ` (${bounds[s]})`}
        </span>
      ))}
    </span>
  );
}

/**
 * The pillar charts' table (their text alternative, named by the charts' aria-details). A pillar's name leads to
 * its programs, as a click on its bars does: the same drill-down from the keyboard.
 */
function PillarTable({ rows, lang, id }: { rows: PolicyRow[]; lang: Lang; id: string }) {
  const ja = lang === 'ja';
  return (
    <details className="panel">
      <summary>{ja ? '表で見る（施策の大綱別）' : 'As a table (by policy pillar)'}</summary>
      <DataTable
        id={id}
        testId="table-pillars"
        exportName="施策の大綱別"
        caption={ja ? '施策の大綱別 成果指標の達成状況と予算額・決算額' : 'Outcome status, budget and spend by policy pillar'}
        rows={rows.filter((r) => r.level === 'pillar')}
        rowKey={(r) => r.pillar ?? ''}
        columns={[
          {
            key: 'pillar',
            header: ja ? '施策の大綱' : 'Policy pillar',
            value: (r) => r.pillar,
            data: true,
            render: (r) => (r.pillar ? <NavLink to={{ view: 'programs', pillar: r.pillar }}>{r.pillar}</NavLink> : '—'),
          },
          { key: 'programs', header: ja ? '事業数' : 'Programs', value: (r) => r.programs, numeric: true },
          { key: 'achieved', header: statusLabel('achieved', lang), value: (r) => r.achieved, numeric: true },
          { key: 'near', header: statusLabel('near', lang), value: (r) => r.near, numeric: true },
          { key: 'missed', header: statusLabel('missed', lang), value: (r) => r.missed, numeric: true },
          { key: 'not_measured', header: statusLabel('not_measured', lang), value: (r) => r.not_measured, numeric: true },
          { key: 'budget', header: ja ? '予算額' : 'Budget', value: (r) => r.budget, render: (r) => formatMoney(r.budget, lang), numeric: true },
          { key: 'spend', header: ja ? '決算額' : 'Spend', value: (r) => r.spend, render: (r) => formatMoney(r.spend, lang), numeric: true },
          { key: 'execution', header: ja ? '執行率' : 'Execution', value: (r) => r.execution, render: (r) => formatPercent(r.execution), numeric: true },
        ]}
      />
    </details>
  );
}

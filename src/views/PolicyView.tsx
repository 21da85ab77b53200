import { useQuery } from '@tanstack/react-query';
import { useId, useMemo, useState } from 'react';
import type { PolicyRow } from '../analyses/policy';
import type { ProgramScore } from '../analyses/programs';
import { useDataset } from '../app/dataset';
import { navigate, useUrlState } from '../app/url-state';
import { useScope } from '../app/use-scope';
import { Chart } from '../charts/Chart';
import {
  childRollupRows,
  currentRollupRow,
  levelLabel,
  pathLevel,
  policySunburstOption,
  programsInPath,
  rowName,
  rowPath,
  type PolicyPath,
  type SunburstDatum,
  type SunburstSize,
} from '../charts/policy-options';
import { STATUS_COLORS, STATUS_MARKS, STATUS_ORDER } from '../charts/theme';
import { formatCount, formatFiscalYear, formatMoney, formatNumber, formatPercent, STATUS_LABELS_JA, statusBoundLabels, statusLabel } from '../format/ja';
import { useLang, type Lang } from '../app/i18n';
import { statusSummary } from '../charts/summaries';
import { policyQuery, scorecardQuery } from '../queries/analysis-queries';
import { DataTable, type Column } from './common/DataTable';
import { QueryView } from './common/ViewState';
import { Breadcrumb } from './policy/Breadcrumb';
import { NavLink } from './programs/NavLink';
import { StatusChips } from './programs/StatusChips';
import './policy/policy.css';

const STATUS_KEYS = new Set<string>(STATUS_ORDER);

/** 施策別: the policy tree of the year as a sunburst, walked down 大綱 › 目標 › 施策 › 事業 through the URL. */
export function PolicyView() {
  const ds = useDataset();
  const lang = useLang();
  const L = (ja: string, en: string) => (lang === 'ja' ? ja : en);
  const tableId = useId();
  const [url] = useUrlState();
  const { scope, thresholds, ready } = useScope();
  const { pillar, goal, measure } = url;
  const path = useMemo<PolicyPath>(() => ({ pillar, goal, measure }), [pillar, goal, measure]);
  const level = pathLevel(path);
  const policyOpts = policyQuery(ds, scope, thresholds);
  const programOpts = scorecardQuery(ds, scope, thresholds);
  const policy = useQuery({ ...policyOpts, enabled: policyOpts.enabled && ready });
  const programs = useQuery({ ...programOpts, enabled: programOpts.enabled && ready });
  const [size, setSize] = useState<SunburstSize>('count');
  const option = useMemo(
    () => (policy.data && programs.data ? policySunburstOption(programs.data, policy.data, path, size, thresholds.near, lang) : null),
    [policy.data, programs.data, path, size, thresholds.near, lang],
  );
  const hasPrograms = (programs.data && programsInPath(programs.data, path).length > 0) ?? false;
  const label = levelLabel(level, lang);
  const centreRow = policy.data ? currentRollupRow(policy.data, path) : undefined;

  return (
    <section className="view policy-view" data-testid="view-policy">
      <h2>
        {L('施策別', 'Policy')} {scope.year ? formatFiscalYear(scope.year, lang) : ''}
      </h2>
      <Breadcrumb path={path} />
      <div className="policy-top">
        <figure className="panel sunburst-panel">
          <figcaption>
            {L(`施策体系（${label}から下の階層）`, `Policy tree (below: ${label})`)}
            <span className="size-toggle" role="group" aria-label={L('扇の大きさ', 'Segment size')}>
              {(
                [
                  ['count', L('事業数', 'programs')],
                  ['spend', L('決算額', 'spend')],
                ] as const
              ).map(([k, text]) => (
                <button key={k} type="button" aria-pressed={size === k} onClick={() => setSize(k)}>
                  {L(`大きさ＝${text}`, `size = ${text}`)}
                </button>
              ))}
            </span>
          </figcaption>
          <QueryView query={programs} isEmpty={() => !hasPrograms}>
            {() =>
              option && (
                <Chart
                  option={option}
                  height={560}
                  label={L(`施策体系のサンバースト図（${label}）。同じ内容を下の表で見られます。`, `Sunburst of the policy tree (${label}). The table below holds the same figures.`)}
                  summary={centreRow ? statusSummary(scope.year ?? null, centreRow, lang) : undefined}
                  tableId={tableId}
                  testId="chart-sunburst"
                  onClick={(p) => {
                    const d = p.data as SunburstDatum | undefined;
                    if (!d) return;
                    if (d.kind === 'program' && d.programKey) navigate({ view: 'program', program: d.programKey, year: scope.year ?? null });
                    else if (d.drill) navigate(d.drill);
                  }}
                />
              )
            }
          </QueryView>
          <p className="note sunburst-help">
            {L(
              '扇をクリックするとその階層へ、外側の事務事業をクリックすると事業詳細へ移ります。中心をクリックすると1つ上の階層に戻ります。キーボードでは下の表の名称から同じように移れます。',
              'Click a segment to open that level, an outer program to open its page, the centre to go one level up. From the keyboard, the names in the table below lead to the same places.',
            )}
            {size === 'spend' && L(' 決算額0千円の事業は扇に表れません（表でご確認ください）。', ' Programs with no spend do not appear as segments (see the table).')}
          </p>
        </figure>
        <aside className="panel node-summary" aria-label={L('この階層の集計', 'Figures of this level')}>
          <QueryView query={policy}>{(rows) => <NodeSummary row={currentRollupRow(rows, path)} path={path} near={thresholds.near} lang={lang} />}</QueryView>
        </aside>
      </div>
      <section className="panel">
        {level === 'measure' ? (
          <QueryView query={programs}>{(rows) => <ProgramTable rows={programsInPath(rows, path)} status={url.status} year={scope.year ?? null} lang={lang} id={tableId} />}</QueryView>
        ) : (
          <QueryView query={policy}>{(rows) => <RollupTable rows={childRollupRows(rows, path)} path={path} lang={lang} id={tableId} />}</QueryView>
        )}
      </section>
    </section>
  );
}

function Legend({ near, lang }: { near: number; lang: Lang }) {
  const bounds = statusBoundLabels(near, lang);
  return (
    <p className="legend sunburst-legend">
      <span>{lang === 'ja' ? '事務事業の色＝平均達成率：' : 'Program colour = mean achievement:'}</span>
      {(['achieved', 'near', 'missed', 'not_measured'] as const).map((s) => (
        <span key={s}>
          <span className="swatch" style={{ background: STATUS_COLORS[s] }} aria-hidden="true" />
          {STATUS_MARKS[s]} {bounds[s]}
        </span>
      ))}
    </p>
  );
}

function NodeSummary({ row, path, near, lang }: { row: PolicyRow | undefined; path: PolicyPath; near: number; lang: Lang }) {
  const level = pathLevel(path);
  const ja = lang === 'ja';
  const name = level === 'city' ? (ja ? '市全体' : 'Whole city') : (level === 'pillar' ? path.pillar : level === 'goal' ? path.goal : path.measure)!;
  return (
    <>
      <h3>
        <span className="summary-level">{levelLabel(level, lang)}</span>
        <span lang={level === 'city' ? undefined : 'ja'}>{name}</span>
      </h3>
      {row ? (
        <dl className="summary-figures" data-testid="policy-summary">
          <div className="wide">
            <dt>{ja ? '事業数' : 'Programs'}</dt>
            <dd>{formatCount(row.programs, lang, '事業')}</dd>
          </div>
          <div className="wide">
            <dt>{ja ? '成果指標' : 'Outcome indicators'}</dt>
            <dd>{formatCount(row.outcomes, lang)}</dd>
          </div>
          {STATUS_ORDER.map((s) => (
            <div key={s} className={`status-figure status-figure-${s}`}>
              <dt>
                <span aria-hidden="true">{STATUS_MARKS[s]}</span> {statusLabel(s, lang)}
              </dt>
              <dd>{formatCount(row[s], lang)}</dd>
            </div>
          ))}
          <div>
            <dt>{ja ? '予算額' : 'Budget'}</dt>
            <dd>{formatMoney(row.budget, lang)}</dd>
          </div>
          <div>
            <dt>{ja ? '決算額' : 'Spend'}</dt>
            <dd>{formatMoney(row.spend, lang)}</dd>
          </div>
          <div>
            <dt>{ja ? '執行率' : 'Execution'}</dt>
            <dd>{formatPercent(row.execution)}</dd>
          </div>
          <div>
            <dt>{ja ? 'ゼロ予算の活動' : 'Zero-cost activities'}</dt>
            <dd>
              {formatCount(row.zero_cost_activities, lang)}
              <small>{ja ? `（${formatPercent(row.zero_cost_share)}）` : ` (${formatPercent(row.zero_cost_share)})`}</small>
            </dd>
          </div>
        </dl>
      ) : (
        <p className="state empty">{ja ? 'この階層の集計はありません。絞り込み条件を確認してください。' : 'No figures for this level. Check the filters.'}</p>
      )}
      <Legend near={near} lang={lang} />
      <p className="summary-links">
        <NavLink to={{ view: 'programs' }}>{ja ? 'この階層の事業を一覧で見る →' : 'List the programs of this level →'}</NavLink>
      </p>
    </>
  );
}

const RAW_NUM = (key: keyof PolicyRow, header: string): Column<PolicyRow> => ({
  key,
  header,
  value: (r) => r[key] as number | null,
  render: (r) => formatNumber(r[key] as number | null),
  numeric: true,
});

function RollupTable({ rows, path, lang, id }: { rows: PolicyRow[]; path: PolicyPath; lang: Lang; id: string }) {
  const ja = lang === 'ja';
  const child = pathLevel(path) === 'city' ? 'pillar' : pathLevel(path) === 'pillar' ? 'goal' : 'measure';
  const columns: Column<PolicyRow>[] = [
    {
      key: 'name',
      header: levelLabel(child, lang),
      value: (r) => rowName(r, lang),
      data: true,
      render: (r) => {
        const to = rowPath(r);
        return to ? <NavLink to={to}>{rowName(r, lang)}</NavLink> : rowName(r, lang);
      },
    },
    RAW_NUM('programs', ja ? '事業数' : 'Programs'),
    RAW_NUM('outcomes', ja ? '成果指標' : 'Outcomes'),
    ...STATUS_ORDER.map((s) => RAW_NUM(s, `${STATUS_MARKS[s]} ${statusLabel(s, lang)}`)),
    { key: 'budget', header: ja ? '予算額' : 'Budget', value: (r) => r.budget, render: (r) => formatMoney(r.budget, lang), numeric: true },
    { key: 'spend', header: ja ? '決算額' : 'Spend', value: (r) => r.spend, render: (r) => formatMoney(r.spend, lang), numeric: true },
    { key: 'execution', header: ja ? '執行率' : 'Execution', value: (r) => r.execution, render: (r) => formatPercent(r.execution), numeric: true },
    RAW_NUM('zero_cost_activities', ja ? 'ゼロ予算の活動' : 'Zero-cost activities'),
  ];
  const title = ja ? `${levelLabel(child)}別の集計` : `Figures by ${levelLabel(child, lang).toLowerCase()}`;
  return (
    <>
      <h3>{title}</h3>
      {rows.length === 0 ? (
        <p className="state empty">{ja ? 'この階層に該当するデータがありません。' : 'No data at this level.'}</p>
      ) : (
        <DataTable id={id} caption={title} testId="table-policy" exportName="施策別の集計" rows={rows} rowKey={(r) => JSON.stringify([r.pillar, r.goal, r.measure])} columns={columns} />
      )}
      <p className="note">
        {ja
          ? '名称をクリックすると、その階層に移ります。成果指標の件数は各事業の成果指標（④）の合計です。'
          : 'A name opens that level. Outcome counts add up the outcome indicators (④) of each program.'}
      </p>
    </>
  );
}

function ProgramTable({ rows, status, year, lang, id }: { rows: ProgramScore[]; status: string | null; year: number | null; lang: Lang; id: string }) {
  const ja = lang === 'ja';
  const filtered = status && STATUS_KEYS.has(status) ? rows.filter((r) => r[status as keyof typeof STATUS_LABELS_JA] > 0) : rows;
  const columns: Column<ProgramScore>[] = [
    { key: 'sheet', header: 'No.', value: (r) => Number(r.sheet_no) || r.sheet_no, render: (r) => r.sheet_no },
    {
      key: 'program',
      header: ja ? '事務事業名' : 'Program',
      value: (r) => r.program,
      data: true,
      render: (r) => (r.program_key ? <NavLink to={{ view: 'program', program: r.program_key, year }}>{r.program ?? '（名称なし）'}</NavLink> : r.program),
    },
    { key: 'dept', header: ja ? '担当課' : 'Department', value: (r) => r.department, data: true },
    {
      key: 'status',
      header: ja ? '成果指標の状況' : 'Outcome status',
      value: (r) => r.missed * 1000 + r.near,
      render: (r) => <StatusChips counts={r} />,
    },
    { key: 'mean', header: ja ? '平均達成率' : 'Mean achievement', value: (r) => r.mean_achievement, render: (r) => formatPercent(r.mean_achievement), numeric: true },
    { key: 'budget', header: ja ? '予算額' : 'Budget', value: (r) => r.budget, render: (r) => formatMoney(r.budget, lang), numeric: true },
    { key: 'spend', header: ja ? '決算額' : 'Spend', value: (r) => r.spend, render: (r) => formatMoney(r.spend, lang), numeric: true },
    { key: 'execution', header: ja ? '執行率' : 'Execution', value: (r) => r.execution, render: (r) => formatPercent(r.execution), numeric: true },
    { key: 'score', header: ja ? '要注意度' : 'Attention score', value: (r) => r.score, render: (r) => r.score.toFixed(1), numeric: true },
  ];
  const statusWord = status && STATUS_KEYS.has(status) ? statusLabel(status as keyof typeof STATUS_LABELS_JA, lang) : null;
  return (
    <>
      <h3>{ja ? 'この施策の事務事業' : 'Programs of this measure'}</h3>
      {statusWord && (
        <p className="note">
          {ja
            ? `達成状況「${statusWord}」の成果指標がある事業だけを表示しています（${rows.length}事業中${filtered.length}事業）。`
            : `Only programs with a "${statusWord}" outcome are shown (${filtered.length} of ${rows.length}).`}
        </p>
      )}
      {filtered.length === 0 ? (
        <p className="state empty">{ja ? '該当する事業がありません。' : 'No program matches.'}</p>
      ) : (
        <DataTable id={id} testId="table-policy" exportName="施策の事務事業" rows={filtered} rowKey={(r) => `${r.fiscal_year}-${r.sheet_no}`} columns={columns} />
      )}
    </>
  );
}

import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import type { PolicyRow } from '../analyses/policy';
import type { ProgramScore } from '../analyses/programs';
import { useDataset } from '../app/dataset';
import { navigate, useUrlState } from '../app/url-state';
import { useScope } from '../app/use-scope';
import { Chart } from '../charts/Chart';
import {
  childRollupRows,
  currentRollupRow,
  LEVEL_LABELS,
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
import { formatFiscalYear, formatMoney, formatNumber, formatPercent, STATUS_LABELS_JA, statusBoundLabels } from '../format/ja';
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
    () => (policy.data && programs.data ? policySunburstOption(programs.data, policy.data, path, size, thresholds.near) : null),
    [policy.data, programs.data, path, size, thresholds.near],
  );
  const hasPrograms = (programs.data && programsInPath(programs.data, path).length > 0) ?? false;
  const label = level === 'city' ? '全体' : LEVEL_LABELS[level];

  return (
    <section className="view policy-view" data-testid="view-policy">
      <h2>施策別 {scope.year ? formatFiscalYear(scope.year) : ''}</h2>
      <Breadcrumb path={path} />
      <div className="policy-top">
        <figure className="panel sunburst-panel">
          <figcaption>
            施策体系（{label}から下の階層）
            <span className="size-toggle" role="group" aria-label="扇の大きさ">
              {(
                [
                  ['count', '事業数'],
                  ['spend', '決算額'],
                ] as const
              ).map(([k, text]) => (
                <button key={k} type="button" aria-pressed={size === k} onClick={() => setSize(k)}>
                  大きさ＝{text}
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
                  label={`施策体系のサンバースト図（${label}）。同じ内容を下の表で見られます。`}
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
            扇をクリックするとその階層へ、外側の事務事業をクリックすると事業詳細へ移ります。中心をクリックすると1つ上の階層に戻ります。
            {size === 'spend' && ' 決算額0千円の事業は扇に表れません（表でご確認ください）。'}
          </p>
        </figure>
        <aside className="panel node-summary" aria-label="この階層の集計">
          <QueryView query={policy}>{(rows) => <NodeSummary row={currentRollupRow(rows, path)} path={path} near={thresholds.near} />}</QueryView>
        </aside>
      </div>
      <section className="panel">
        {level === 'measure' ? (
          <QueryView query={programs}>{(rows) => <ProgramTable rows={programsInPath(rows, path)} status={url.status} year={scope.year ?? null} />}</QueryView>
        ) : (
          <QueryView query={policy}>{(rows) => <RollupTable rows={childRollupRows(rows, path)} path={path} />}</QueryView>
        )}
      </section>
    </section>
  );
}

function Legend({ near }: { near: number }) {
  const bounds = statusBoundLabels(near);
  return (
    <p className="legend sunburst-legend">
      <span>事務事業の色＝平均達成率：</span>
      {(['achieved', 'near', 'missed', 'not_measured'] as const).map((s) => (
        <span key={s}>
          <span className="swatch" style={{ background: STATUS_COLORS[s] }} aria-hidden="true" />
          {STATUS_MARKS[s]} {bounds[s]}
        </span>
      ))}
    </p>
  );
}

function NodeSummary({ row, path, near }: { row: PolicyRow | undefined; path: PolicyPath; near: number }) {
  const level = pathLevel(path);
  const name = level === 'city' ? '市全体' : (level === 'pillar' ? path.pillar : level === 'goal' ? path.goal : path.measure)!;
  return (
    <>
      <h3>
        <span className="summary-level">{level === 'city' ? '全体' : LEVEL_LABELS[level]}</span>
        {name}
      </h3>
      {row ? (
        <dl className="summary-figures" data-testid="policy-summary">
          <div className="wide">
            <dt>事業数</dt>
            <dd>{formatNumber(row.programs, '事業')}</dd>
          </div>
          <div className="wide">
            <dt>成果指標</dt>
            <dd>{formatNumber(row.outcomes, '件')}</dd>
          </div>
          {STATUS_ORDER.map((s) => (
            <div key={s} className={`status-figure status-figure-${s}`}>
              <dt>
                {STATUS_MARKS[s]} {STATUS_LABELS_JA[s]}
              </dt>
              <dd>{formatNumber(row[s], '件')}</dd>
            </div>
          ))}
          <div>
            <dt>予算額</dt>
            <dd>{formatMoney(row.budget)}</dd>
          </div>
          <div>
            <dt>決算額</dt>
            <dd>{formatMoney(row.spend)}</dd>
          </div>
          <div>
            <dt>執行率</dt>
            <dd>{formatPercent(row.execution)}</dd>
          </div>
          <div>
            <dt>ゼロ予算の活動</dt>
            <dd>
              {formatNumber(row.zero_cost_activities, '件')}
              <small>（{formatPercent(row.zero_cost_share)}）</small>
            </dd>
          </div>
        </dl>
      ) : (
        <p className="state empty">この階層の集計はありません。絞り込み条件を確認してください。</p>
      )}
      <Legend near={near} />
      <p className="summary-links">
        <NavLink to={{ view: 'programs' }}>この階層の事業を一覧で見る →</NavLink>
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

function RollupTable({ rows, path }: { rows: PolicyRow[]; path: PolicyPath }) {
  const child = pathLevel(path) === 'city' ? 'pillar' : pathLevel(path) === 'pillar' ? 'goal' : 'measure';
  const columns: Column<PolicyRow>[] = [
    {
      key: 'name',
      header: LEVEL_LABELS[child],
      value: (r) => rowName(r),
      render: (r) => {
        const to = rowPath(r);
        return to ? <NavLink to={to}>{rowName(r)}</NavLink> : rowName(r);
      },
    },
    RAW_NUM('programs', '事業数'),
    RAW_NUM('outcomes', '成果指標'),
    ...STATUS_ORDER.map((s) => RAW_NUM(s, `${STATUS_MARKS[s]} ${STATUS_LABELS_JA[s]}`)),
    { key: 'budget', header: '予算額', value: (r) => r.budget, render: (r) => formatMoney(r.budget), numeric: true },
    { key: 'spend', header: '決算額', value: (r) => r.spend, render: (r) => formatMoney(r.spend), numeric: true },
    { key: 'execution', header: '執行率', value: (r) => r.execution, render: (r) => formatPercent(r.execution), numeric: true },
    RAW_NUM('zero_cost_activities', 'ゼロ予算の活動'),
  ];
  return (
    <>
      <h3>{LEVEL_LABELS[child]}別の集計</h3>
      {rows.length === 0 ? (
        <p className="state empty">この階層に該当するデータがありません。</p>
      ) : (
        <DataTable testId="table-policy" exportName="施策別の集計" rows={rows} rowKey={(r) => JSON.stringify([r.pillar, r.goal, r.measure])} columns={columns} />
      )}
      <p className="note">名称をクリックすると、その階層に移ります。成果指標の件数は各事業の成果指標（④）の合計です。</p>
    </>
  );
}

function ProgramTable({ rows, status, year }: { rows: ProgramScore[]; status: string | null; year: number | null }) {
  const filtered = status && STATUS_KEYS.has(status) ? rows.filter((r) => r[status as keyof typeof STATUS_LABELS_JA] > 0) : rows;
  const columns: Column<ProgramScore>[] = [
    { key: 'sheet', header: 'No.', value: (r) => Number(r.sheet_no) || r.sheet_no, render: (r) => r.sheet_no },
    {
      key: 'program',
      header: '事務事業名',
      value: (r) => r.program,
      render: (r) => (r.program_key ? <NavLink to={{ view: 'program', program: r.program_key, year }}>{r.program ?? '（名称なし）'}</NavLink> : r.program),
    },
    { key: 'dept', header: '担当課', value: (r) => r.department },
    {
      key: 'status',
      header: '成果指標の状況',
      value: (r) => r.missed * 1000 + r.near,
      render: (r) => <StatusChips counts={r} />,
    },
    { key: 'mean', header: '平均達成率', value: (r) => r.mean_achievement, render: (r) => formatPercent(r.mean_achievement), numeric: true },
    { key: 'budget', header: '予算額', value: (r) => r.budget, render: (r) => formatMoney(r.budget), numeric: true },
    { key: 'spend', header: '決算額', value: (r) => r.spend, render: (r) => formatMoney(r.spend), numeric: true },
    { key: 'execution', header: '執行率', value: (r) => r.execution, render: (r) => formatPercent(r.execution), numeric: true },
    { key: 'score', header: '要注意度', value: (r) => r.score, render: (r) => r.score.toFixed(1), numeric: true },
  ];
  return (
    <>
      <h3>この施策の事務事業</h3>
      {status && STATUS_KEYS.has(status) && (
        <p className="note">
          達成状況「{STATUS_LABELS_JA[status as keyof typeof STATUS_LABELS_JA]}」の成果指標がある事業だけを表示しています（{rows.length}事業中
          {filtered.length}事業）。
        </p>
      )}
      {filtered.length === 0 ? (
        <p className="state empty">該当する事業がありません。</p>
      ) : (
        <DataTable testId="table-policy" exportName="施策の事務事業" rows={filtered} rowKey={(r) => `${r.fiscal_year}-${r.sheet_no}`} columns={columns} />
      )}
    </>
  );
}

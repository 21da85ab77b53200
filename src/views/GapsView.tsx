import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { IndicatorResult } from '../analyses/indicators';
import type { ProgramScore } from '../analyses/programs';
import type { TargetRevision } from '../analyses/revisions';
import { useDataset } from '../app/dataset';
import { navigate, useUrlState } from '../app/url-state';
import { useScope } from '../app/use-scope';
import { Chart } from '../charts/Chart';
import { directionText, gapRows, gapUnit, gapsChartHeight, gapsOption, GAPS_VISIBLE, programLabel, signedNumber, signedPercent, type GapBarDatum } from '../charts/gaps-options';
import { STATUS_MARKS, STATUS_ORDER } from '../charts/theme';
import { DIRECTION_LABELS_JA, formatFiscalYear, formatNumber, formatPercent, STATUS_LABELS_JA } from '../format/ja';
import { indicatorsQuery, revisionsQuery, scorecardQuery } from '../queries/analysis-queries';
import type { Column } from './common/DataTable';
import { StatusBadge } from './common/StatusBadge';
import { QueryView } from './common/ViewState';
import { LimitedTable } from './gaps/LimitedTable';
import { ProgramLink } from './gaps/ProgramLink';
import './gaps/analysis-views.css';

const REVISION_LABELS: Record<TargetRevision['revision'], string> = {
  next_easier: '翌年度目標の引き下げ',
  lowered: '前年度からの引き下げ',
};
const KIND_LABELS = { outcome: '成果指標', output: '活動指標' } as const;

/** 成果ギャップ: how far each outcome is from its target, programs missing year after year, and targets made easier. */
export function GapsView() {
  const ds = useDataset();
  const { scope, thresholds, ready } = useScope();
  const [url] = useUrlState();
  const indicatorsOpts = indicatorsQuery(ds, scope, thresholds);
  const scorecardOpts = scorecardQuery(ds, scope, thresholds);
  const revisionsOpts = revisionsQuery(ds, scope);
  const indicators = useQuery({ ...indicatorsOpts, enabled: indicatorsOpts.enabled && ready });
  const programs = useQuery({ ...scorecardOpts, enabled: scorecardOpts.enabled && ready });
  const revisions = useQuery({ ...revisionsOpts, enabled: revisionsOpts.enabled && ready });

  const rows = useMemo(() => (indicators.data ? gapRows(indicators.data, url.status) : []), [indicators.data, url.status]);
  const option = useMemo(() => (rows.length ? gapsOption(rows) : null), [rows]);
  const statusLabel = url.status && url.status in STATUS_LABELS_JA ? STATUS_LABELS_JA[url.status as keyof typeof STATUS_LABELS_JA] : null;

  return (
    <section className="view view-analysis" data-testid="view-gaps">
      <h2>成果ギャップ {scope.year ? formatFiscalYear(scope.year) : ''}</h2>
      <p className="lede">
        成果指標ごとに、実績が目標にどれだけ届いていないか（目標比）を示します。マイナスは不足、プラスは目標超過です。「低いほど良い」指標は目標−実績で差を計算しています。
      </p>
      <figure className="panel">
        <div className="panel-head">
          <figcaption>成果指標の目標に対する差（不足の大きい順）</figcaption>
          {indicators.data && (
            <span className="count">
              {formatNumber(rows.length, '件')}
              {statusLabel ? `（達成状況「${statusLabel}」で絞り込み中）` : ''}
              {rows.length > GAPS_VISIBLE ? `・上位${GAPS_VISIBLE}件を表示、右端のスクロールバーで続きを表示` : ''}
            </span>
          )}
        </div>
        <p className="panel-note">
          棒をクリックすると事業詳細を開きます。向きの指定がない指標は指標名のキーワードから、該当がなければ「高いほど良い」と推定しています（推定の印）。目標値・実績値のない指標は含みません。
        </p>
        <QueryView query={indicators} isEmpty={() => rows.length === 0}>
          {() =>
            option && (
              <Chart
                option={option}
                height={gapsChartHeight(rows.length)}
                label="成果指標の目標に対する差（不足の大きい順）の横棒グラフ"
                testId="chart-gaps"
                onClick={(p) => {
                  const key = (p.data as GapBarDatum | undefined)?.programKey;
                  if (key) navigate({ view: 'program', program: key });
                }}
              />
            )
          }
        </QueryView>
      </figure>

      <section className="panel">
        <div className="panel-head">
          <h3>成果指標のギャップ一覧（表）</h3>
          <span className="count">列名をクリックで並べ替え</span>
        </div>
        <QueryView query={indicators} isEmpty={() => rows.length === 0}>
          {() => <LimitedTable testId="table-gaps" exportName="成果指標のギャップ一覧" rows={rows} columns={GAP_COLUMNS} rowKey={(r) => `${r.fiscal_year}|${r.sheet_no}|${r.indicator_id}`} limit={GAPS_VISIBLE} />}
        </QueryView>
      </section>

      <section className="panel">
        <div className="panel-head">
          <h3>連続して未達の事業（2年以上）</h3>
          <span className="count">{scope.year ? `${formatFiscalYear(scope.year)}まで、未達の成果指標がある年度が続いている事業` : ''}</span>
        </div>
        <QueryView query={programs} isEmpty={(r) => !r.some((p) => p.missed_streak >= 2)}>
          {(r) => <StreakTable rows={r} />}
        </QueryView>
      </section>

      <section className="panel">
        <div className="panel-head">
          <h3>目標値の引き下げ（目標を易しくした見直し）</h3>
          {revisions.data && <RevisionCounts rows={revisions.data} />}
        </div>
        <p className="panel-note">
          「翌年度目標の引き下げ」はこの年度のシートで翌年度の目標を易しく計画したもの、「前年度からの引き下げ」は同じ指標の目標が前年度のシートより易しくなったものです。「低いほど良い」指標では目標値が大きくなる方向が引き下げです。
        </p>
        <QueryView query={revisions} isEmpty={(r) => r.length === 0}>
          {(r) => <LimitedTable testId="table-revisions" exportName="目標値の引き下げ" rows={r} columns={REVISION_COLUMNS} rowKey={(x) => `${x.revision}|${x.fiscal_year}|${x.sheet_no}|${x.indicator_id}|${x.from_year}|${x.to_year}`} limit={20} />}
        </QueryView>
      </section>
    </section>
  );
}

function sheetOrder(sheetNo: string): string | number {
  const n = Number(sheetNo);
  return Number.isFinite(n) ? n : sheetNo;
}

function DirectionCell({ r }: { r: Pick<IndicatorResult, 'direction' | 'direction_source' | 'direction_keyword'> }) {
  return (
    <>
      {DIRECTION_LABELS_JA[r.direction]}
      {r.direction_source !== 'given' && (
        <>
          {' '}
          <span className="tag tag-inferred" title={directionText(r)}>
            推定{r.direction_source === 'keyword' ? `「${r.direction_keyword ?? ''}」` : '（既定）'}
          </span>
        </>
      )}
    </>
  );
}

const GAP_COLUMNS: Column<IndicatorResult>[] = [
  { key: 'status', header: '状況', value: (r) => STATUS_ORDER.indexOf(r.status), render: (r) => <StatusBadge status={r.status} title={r.reason ?? undefined} /> },
  { key: 'sheet', header: 'No.', value: (r) => sheetOrder(r.sheet_no), render: (r) => r.sheet_no },
  {
    key: 'program',
    header: '事務事業名',
    value: (r) => r.program,
    render: (r) => (
      <>
        <ProgramLink programKey={r.program_key}>{programLabel(r)}</ProgramLink>
        {r.department && <span className="sub">{r.department}</span>}
      </>
    ),
  },
  {
    key: 'indicator',
    header: '成果指標',
    value: (r) => r.indicator,
    render: (r) => (
      <>
        {r.indicator ?? '（名称なし）'}
        {r.is_interim && r.target_year && <span className="sub">目標は{formatFiscalYear(r.target_year)}の値（中間年度）</span>}
      </>
    ),
  },
  { key: 'target', header: '目標', value: (r) => r.target, render: (r) => formatNumber(r.target, r.unit), numeric: true },
  { key: 'actual', header: '実績', value: (r) => r.actual, render: (r) => formatNumber(r.actual, r.unit), numeric: true },
  { key: 'gap', header: '差', value: (r) => r.gap, render: (r) => signedNumber(r.gap, gapUnit(r.unit)), numeric: true },
  { key: 'gap_share', header: '目標比', value: (r) => r.gap_share, render: (r) => signedPercent(r.gap_share), numeric: true },
  { key: 'achievement', header: '達成率', value: (r) => r.achievement, render: (r) => formatPercent(r.achievement), numeric: true },
  { key: 'direction', header: '向き', value: (r) => `${r.direction}${r.direction_source}`, render: (r) => <DirectionCell r={r} /> },
];

function StreakTable({ rows }: { rows: ProgramScore[] }) {
  const streaks = useMemo(() => rows.filter((p) => p.missed_streak >= 2).sort((a, b) => b.missed_streak - a.missed_streak || b.score - a.score), [rows]);
  return (
    <LimitedTable
      testId="table-streaks"
      exportName="連続未達の事業"
      rows={streaks}
      rowKey={(p) => `${p.fiscal_year}|${p.sheet_no}`}
      limit={20}
      columns={[
        {
          key: 'streak',
          header: '連続未達',
          value: (p) => p.missed_streak,
          render: (p) => (
            <span className="status status-missed" style={{ borderColor: '#D55E00', color: '#b23c00' }}>
              {STATUS_MARKS.missed} {p.missed_streak}年連続
            </span>
          ),
        },
        { key: 'sheet', header: 'No.', value: (p) => sheetOrder(p.sheet_no), render: (p) => p.sheet_no },
        { key: 'program', header: '事務事業名', value: (p) => p.program, render: (p) => <ProgramLink programKey={p.program_key}>{programLabel(p)}</ProgramLink> },
        { key: 'department', header: '担当課', value: (p) => p.department },
        { key: 'pillar', header: '施策の大綱', value: (p) => p.pillar },
        { key: 'missed', header: '未達の成果指標', value: (p) => p.missed, render: (p) => `${formatNumber(p.missed, '件')}／${formatNumber(p.outcomes, '件')}`, numeric: true },
        { key: 'mean', header: '平均達成率', value: (p) => p.mean_achievement, render: (p) => formatPercent(p.mean_achievement), numeric: true },
        { key: 'score', header: '要注意度', value: (p) => p.score, render: (p) => p.score.toFixed(1), numeric: true },
      ]}
    />
  );
}

function RevisionCounts({ rows }: { rows: TargetRevision[] }) {
  return (
    <span className="count">
      {(['lowered', 'next_easier'] as const).map((k) => `${REVISION_LABELS[k]} ${formatNumber(rows.filter((r) => r.revision === k).length, '件')}`).join('・')}
    </span>
  );
}

function TargetCell({ value, unit, year, arrow }: { value: number; unit: string | null; year: number; arrow?: boolean }) {
  return (
    <>
      {arrow ? '→ ' : ''}
      {formatNumber(value, unit)}
      <span className="sub">{formatFiscalYear(year)}</span>
    </>
  );
}

const REVISION_COLUMNS: Column<TargetRevision>[] = [
  { key: 'revision', header: '種別', value: (r) => r.revision, render: (r) => <span className="tag tag-easier">{REVISION_LABELS[r.revision]}</span> },
  { key: 'kind', header: '指標', value: (r) => r.kind, render: (r) => KIND_LABELS[r.kind] },
  { key: 'sheet', header: 'No.', value: (r) => sheetOrder(r.sheet_no), render: (r) => r.sheet_no },
  { key: 'program', header: '事務事業名', value: (r) => r.program, render: (r) => <ProgramLink programKey={r.program_key}>{programLabel(r)}</ProgramLink> },
  {
    key: 'indicator',
    header: '指標名',
    value: (r) => r.indicator,
    render: (r) => (
      <>
        {r.indicator ?? '（名称なし）'}
        {r.activity && <span className="sub">活動: {r.activity}</span>}
      </>
    ),
  },
  { key: 'from', header: '変更前の目標', value: (r) => r.from_target, render: (r) => <TargetCell value={r.from_target} unit={r.unit} year={r.from_year} />, numeric: true },
  { key: 'to', header: '変更後の目標', value: (r) => r.to_target, render: (r) => <TargetCell value={r.to_target} unit={r.unit} year={r.to_year} arrow />, numeric: true },
  { key: 'direction', header: '向き', value: (r) => r.direction, render: (r) => DIRECTION_LABELS_JA[r.direction] },
];

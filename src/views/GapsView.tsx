import { useQuery } from '@tanstack/react-query';
import { useId, useMemo } from 'react';
import type { IndicatorResult } from '../analyses/indicators';
import type { ProgramScore } from '../analyses/programs';
import type { TargetRevision } from '../analyses/revisions';
import { useDataset } from '../app/dataset';
import { useLang, type Lang } from '../app/i18n';
import { navigate, useUrlState } from '../app/url-state';
import { useScope } from '../app/use-scope';
import { Chart } from '../charts/Chart';
import { directionText, gapRows, gapUnit, gapsChartHeight, gapsOption, GAPS_VISIBLE, programLabel, signedNumber, signedPercent, type GapBarDatum } from '../charts/gaps-options';
import { STATUS_MARKS, STATUS_ORDER, STATUS_TEXT_COLORS } from '../charts/theme';
import { directionLabel, formatCount, formatFiscalYear, formatNumber, formatPercent, STATUS_LABELS_JA, statusLabel } from '../format/ja';
import { noRateReason } from '../format/reasons';
import { indicatorsQuery, revisionsQuery, scorecardQuery } from '../queries/analysis-queries';
import type { Column } from './common/DataTable';
import { StatusBadge } from './common/StatusBadge';
import { QueryView } from './common/ViewState';
import { LimitedTable } from './gaps/LimitedTable';
import { ProgramLink } from './gaps/ProgramLink';
import './gaps/analysis-views.css';

const REVISION_LABELS: Record<TargetRevision['revision'], { ja: string; en: string }> = {
  next_easier: { ja: '翌年度目標の引き下げ', en: "Next year's target eased" },
  lowered: { ja: '前年度からの引き下げ', en: 'Eased since last year' },
};
const KIND_LABELS = { outcome: { ja: '成果指標', en: 'Outcome' }, output: { ja: '活動指標', en: 'Output' } } as const;

/** 成果ギャップ: how far each outcome is from its target, programs missing year after year, and targets made easier. */
export function GapsView() {
  const ds = useDataset();
  const lang = useLang();
  const ja = lang === 'ja';
  const tableId = useId();
  const { scope, thresholds, ready } = useScope();
  const [url] = useUrlState();
  const indicatorsOpts = indicatorsQuery(ds, scope, thresholds);
  const scorecardOpts = scorecardQuery(ds, scope, thresholds);
  const revisionsOpts = revisionsQuery(ds, scope);
  const indicators = useQuery({ ...indicatorsOpts, enabled: indicatorsOpts.enabled && ready });
  const programs = useQuery({ ...scorecardOpts, enabled: scorecardOpts.enabled && ready });
  const revisions = useQuery({ ...revisionsOpts, enabled: revisionsOpts.enabled && ready });

  const rows = useMemo(() => (indicators.data ? gapRows(indicators.data, url.status) : []), [indicators.data, url.status]);
  const option = useMemo(() => (rows.length ? gapsOption(rows, lang) : null), [rows, lang]);
  const gapColumns = useMemo(() => gapColumnsFor(lang), [lang]);
  const revisionColumns = useMemo(() => revisionColumnsFor(lang), [lang]);
  const statusWord = url.status && url.status in STATUS_LABELS_JA ? statusLabel(url.status as keyof typeof STATUS_LABELS_JA, lang) : null;
  const chartTitle = ja ? '成果指標の目標に対する差（不足の大きい順）' : 'Gap of each outcome to its target (largest shortfall first)';
  const shortfalls = rows.filter((r) => (r.gap_share ?? 0) < 0).length;
  const worst = rows[0];
  const summary = worst
    ? ja
      ? `${formatCount(rows.length, 'ja')}のうち目標に届かないもの${formatCount(shortfalls, 'ja')}。最も不足が大きいのは「${worst.indicator ?? ''}」（${signedPercent(worst.gap_share)}）。`
      : `${shortfalls} of ${rows.length} outcomes fall short of their target; the largest shortfall is ${signedPercent(worst.gap_share)} (first row of the table).`
    : undefined;

  return (
    <section className="view view-analysis" data-testid="view-gaps">
      <h2>
        {ja ? '成果ギャップ' : 'Outcome gaps'} {scope.year ? formatFiscalYear(scope.year, lang) : ''}
      </h2>
      <p className="lede">
        {ja
          ? '成果指標ごとに、実績が目標にどれだけ届いていないか（目標比）を示します。マイナスは不足、プラスは目標超過です。「低いほど良い」指標は目標−実績で差を計算しています。'
          : 'For each outcome indicator, how far the actual is from its target (as a share of the target). Minus is a shortfall, plus is above the target. For "lower is better" indicators the gap is target − actual.'}
      </p>
      <figure className="panel">
        <div className="panel-head">
          <figcaption>{chartTitle}</figcaption>
          {indicators.data && (
            <span className="count">
              {formatCount(rows.length, lang, '件', 'outcomes')}
              {statusWord ? (ja ? `（達成状況「${statusWord}」で絞り込み中）` : ` (status "${statusWord}" only)`) : ''}
              {rows.length > GAPS_VISIBLE ? (ja ? `・上位${GAPS_VISIBLE}件を表示、右端のスクロールバーで続きを表示` : ` · first ${GAPS_VISIBLE} shown; scroll bar on the right for the rest`) : ''}
            </span>
          )}
        </div>
        <p className="panel-note">
          {ja
            ? '棒をクリックすると事業詳細を開きます（キーボードでは下の表の事業名から）。向きの指定がない指標は指標名のキーワードから、該当がなければ「高いほど良い」と推定しています（推定の印）。目標値・実績値のない指標は含みません。'
            : 'Click a bar to open its program (from the keyboard: the program names in the table below). Where no direction is given it is inferred from keywords in the name, else "higher is better" (marked inferred). Indicators without a target or an actual are left out.'}
        </p>
        <QueryView query={indicators} isEmpty={() => rows.length === 0}>
          {() =>
            option && (
              <Chart
                option={option}
                height={gapsChartHeight(rows.length)}
                label={ja ? `${chartTitle}の横棒グラフ` : `Bar chart: ${chartTitle}`}
                summary={summary}
                tableId={tableId}
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
          <h3>{ja ? '成果指標のギャップ一覧（表）' : 'Outcome gaps (table)'}</h3>
          <span className="count">{ja ? '列名をクリックで並べ替え' : 'Click a column heading to sort'}</span>
        </div>
        <QueryView query={indicators} isEmpty={() => rows.length === 0}>
          {() => <LimitedTable id={tableId} testId="table-gaps" exportName="成果指標のギャップ一覧" rows={rows} columns={gapColumns} rowKey={(r) => `${r.fiscal_year}|${r.sheet_no}|${r.indicator_id}`} limit={GAPS_VISIBLE} />}
        </QueryView>
      </section>

      <section className="panel">
        <div className="panel-head">
          <h3>{ja ? '連続して未達の事業（2年以上）' : 'Programs missing year after year (2 years or more)'}</h3>
          <span className="count">
            {scope.year ? (ja ? `${formatFiscalYear(scope.year)}まで、未達の成果指標がある年度が続いている事業` : `Programs with a missed outcome in every year up to ${formatFiscalYear(scope.year, lang)}`) : ''}
          </span>
        </div>
        <QueryView query={programs} isEmpty={(r) => !r.some((p) => p.missed_streak >= 2)}>
          {(r) => <StreakTable rows={r} lang={lang} />}
        </QueryView>
      </section>

      <section className="panel">
        <div className="panel-head">
          <h3>{ja ? '目標値の引き下げ（目標を易しくした見直し）' : 'Targets eased (revisions that made a target easier)'}</h3>
          {revisions.data && <RevisionCounts rows={revisions.data} lang={lang} />}
        </div>
        <p className="panel-note">
          {ja
            ? '「翌年度目標の引き下げ」はこの年度のシートで翌年度の目標を易しく計画したもの、「前年度からの引き下げ」は同じ指標の目標が前年度のシートより易しくなったものです。「低いほど良い」指標では目標値が大きくなる方向が引き下げです。'
            : `"${REVISION_LABELS.next_easier.en}": this year's sheet plans an easier target for next year. "${REVISION_LABELS.lowered.en}": the same indicator's target is easier than in last year's sheet. For "lower is better" indicators a larger target is easier.`}
        </p>
        <QueryView query={revisions} isEmpty={(r) => r.length === 0}>
          {(r) => <LimitedTable testId="table-revisions" exportName="目標値の引き下げ" rows={r} columns={revisionColumns} rowKey={(x) => `${x.revision}|${x.fiscal_year}|${x.sheet_no}|${x.indicator_id}|${x.from_year}|${x.to_year}`} limit={20} />}
        </QueryView>
      </section>
    </section>
  );
}

function sheetOrder(sheetNo: string): string | number {
  const n = Number(sheetNo);
  return Number.isFinite(n) ? n : sheetNo;
}

function DirectionCell({ r, lang }: { r: Pick<IndicatorResult, 'direction' | 'direction_source' | 'direction_keyword'>; lang: Lang }) {
  const ja = lang === 'ja';
  return (
    <>
      {directionLabel(r.direction, lang)}
      {r.direction_source !== 'given' && (
        <>
          {' '}
          <span className="tag tag-inferred" title={directionText(r, lang)}>
            {ja ? '推定' : 'inferred'}
            {r.direction_source === 'keyword' ? (
              ja ? (
                `「${r.direction_keyword ?? ''}」`
              ) : (
                <>
                  {' '}
                  <span lang="ja">{r.direction_keyword ?? ''}</span>
                </>
              )
            ) : ja ? (
              '（既定）'
            ) : (
              ' (default)'
            )}
          </span>
        </>
      )}
    </>
  );
}

function gapColumnsFor(lang: Lang): Column<IndicatorResult>[] {
  const ja = lang === 'ja';
  return [
    {
      key: 'status',
      header: ja ? '状況' : 'Status',
      value: (r) => STATUS_ORDER.indexOf(r.status),
      render: (r) => {
        const reason = noRateReason(r.reason, lang);
        return <StatusBadge status={r.status} title={reason && (ja || !reason.data) ? reason.text : undefined} />;
      },
    },
    { key: 'sheet', header: 'No.', value: (r) => sheetOrder(r.sheet_no), render: (r) => r.sheet_no },
    {
      key: 'program',
      header: ja ? '事務事業名' : 'Program',
      value: (r) => r.program,
      data: true,
      render: (r) => (
        <>
          <ProgramLink programKey={r.program_key}>{programLabel(r)}</ProgramLink>
          {r.department && <span className="sub">{r.department}</span>}
        </>
      ),
    },
    {
      key: 'indicator',
      header: ja ? '成果指標' : 'Outcome indicator',
      value: (r) => r.indicator,
      data: true,
      render: (r) => (
        <>
          {r.indicator ?? '（名称なし）'}
          {r.is_interim && r.target_year && (
            <span className="sub" lang={lang}>
              {ja ? `目標は${formatFiscalYear(r.target_year)}の値（中間年度）` : `target for FY${r.target_year} (interim year)`}
            </span>
          )}
        </>
      ),
    },
    { key: 'target', header: ja ? '目標' : 'Target', value: (r) => r.target, render: (r) => formatNumber(r.target, r.unit), numeric: true, data: true },
    { key: 'actual', header: ja ? '実績' : 'Actual', value: (r) => r.actual, render: (r) => formatNumber(r.actual, r.unit), numeric: true, data: true },
    { key: 'gap', header: ja ? '差' : 'Gap', value: (r) => r.gap, render: (r) => signedNumber(r.gap, gapUnit(r.unit, lang)), numeric: true, data: true },
    { key: 'gap_share', header: ja ? '目標比' : 'Gap/target', value: (r) => r.gap_share, render: (r) => signedPercent(r.gap_share), numeric: true },
    { key: 'achievement', header: ja ? '達成率' : 'Achievement', value: (r) => r.achievement, render: (r) => formatPercent(r.achievement), numeric: true },
    { key: 'direction', header: ja ? '向き' : 'Direction', value: (r) => `${r.direction}${r.direction_source}`, render: (r) => <DirectionCell r={r} lang={lang} /> },
  ];
}

function StreakTable({ rows, lang }: { rows: ProgramScore[]; lang: Lang }) {
  const ja = lang === 'ja';
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
          header: ja ? '連続未達' : 'Missed in a row',
          value: (p) => p.missed_streak,
          render: (p) => (
            <span className="status status-missed" style={{ borderColor: '#D55E00', color: STATUS_TEXT_COLORS.missed }}>
              <span aria-hidden="true">{STATUS_MARKS.missed}</span> {ja ? `${p.missed_streak}年連続` : `${p.missed_streak} years`}
            </span>
          ),
        },
        { key: 'sheet', header: 'No.', value: (p) => sheetOrder(p.sheet_no), render: (p) => p.sheet_no },
        { key: 'program', header: ja ? '事務事業名' : 'Program', value: (p) => p.program, data: true, render: (p) => <ProgramLink programKey={p.program_key}>{programLabel(p)}</ProgramLink> },
        { key: 'department', header: ja ? '担当課' : 'Department', value: (p) => p.department, data: true },
        { key: 'pillar', header: ja ? '施策の大綱' : 'Policy pillar', value: (p) => p.pillar, data: true },
        {
          key: 'missed',
          header: ja ? '未達の成果指標' : 'Missed outcomes',
          value: (p) => p.missed,
          render: (p) => `${formatCount(p.missed, lang)}／${formatCount(p.outcomes, lang)}`,
          numeric: true,
        },
        { key: 'mean', header: ja ? '平均達成率' : 'Mean achievement', value: (p) => p.mean_achievement, render: (p) => formatPercent(p.mean_achievement), numeric: true },
        { key: 'score', header: ja ? '要注意度' : 'Attention score', value: (p) => p.score, render: (p) => p.score.toFixed(1), numeric: true },
      ]}
    />
  );
}

function RevisionCounts({ rows, lang }: { rows: TargetRevision[]; lang: Lang }) {
  return (
    <span className="count">
      {(['lowered', 'next_easier'] as const).map((k) => `${REVISION_LABELS[k][lang]} ${formatCount(rows.filter((r) => r.revision === k).length, lang)}`).join(lang === 'ja' ? '・' : ' · ')}
    </span>
  );
}

function TargetCell({ value, unit, year, arrow, lang }: { value: number; unit: string | null; year: number; arrow?: boolean; lang: Lang }) {
  return (
    <>
      {arrow ? '→ ' : ''}
      <span lang="ja">{formatNumber(value, unit)}</span>
      <span className="sub">{formatFiscalYear(year, lang)}</span>
    </>
  );
}

function revisionColumnsFor(lang: Lang): Column<TargetRevision>[] {
  const ja = lang === 'ja';
  return [
    { key: 'revision', header: ja ? '種別' : 'Kind', value: (r) => r.revision, render: (r) => <span className="tag tag-easier">{REVISION_LABELS[r.revision][lang]}</span> },
    { key: 'kind', header: ja ? '指標' : 'Indicator', value: (r) => r.kind, render: (r) => KIND_LABELS[r.kind][lang] },
    { key: 'sheet', header: 'No.', value: (r) => sheetOrder(r.sheet_no), render: (r) => r.sheet_no },
    { key: 'program', header: ja ? '事務事業名' : 'Program', value: (r) => r.program, data: true, render: (r) => <ProgramLink programKey={r.program_key}>{programLabel(r)}</ProgramLink> },
    {
      key: 'indicator',
      header: ja ? '指標名' : 'Indicator name',
      value: (r) => r.indicator,
      data: true,
      render: (r) => (
        <>
          {r.indicator ?? '（名称なし）'}
          {r.activity && <span className="sub">{ja ? '活動' : 'Activity'}: {r.activity}</span>}
        </>
      ),
    },
    { key: 'from', header: ja ? '変更前の目標' : 'Target before', value: (r) => r.from_target, render: (r) => <TargetCell value={r.from_target} unit={r.unit} year={r.from_year} lang={lang} />, numeric: true },
    { key: 'to', header: ja ? '変更後の目標' : 'Target after', value: (r) => r.to_target, render: (r) => <TargetCell value={r.to_target} unit={r.unit} year={r.to_year} arrow lang={lang} />, numeric: true },
    { key: 'direction', header: ja ? '向き' : 'Direction', value: (r) => r.direction, render: (r) => directionLabel(r.direction, lang) },
  ];
}

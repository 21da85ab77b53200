import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { Status } from '../analyses/indicators';
import type { ProgramScore } from '../analyses/programs';
import { useDataset } from '../app/dataset';
import { navigate, useUrlState, type UrlState } from '../app/url-state';
import { useScope } from '../app/use-scope';
import { STATUS_ORDER } from '../charts/theme';
import { formatFiscalYear, formatMoney, formatNumber, formatPercent, STATUS_LABELS_JA, statusBoundLabels } from '../format/ja';
import { programSeriesQuery, scorecardQuery } from '../queries/analysis-queries';
import { DataTable, type Column } from './common/DataTable';
import { QueryView } from './common/ViewState';
import { NavLink } from './programs/NavLink';
import { Sparkline, type SparkPoint } from './programs/Sparkline';
import { StatusChips } from './programs/StatusChips';
import './programs/programs.css';

/** For matching what an official types: full-width/half-width folded (NFKC), case and spaces ignored. */
export function normalizeForSearch(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, '');
}

function matches(r: ProgramScore, needle: string): boolean {
  const hay = normalizeForSearch([r.program, r.department, r.sheet_no, `no.${r.sheet_no}`, r.program_id].filter(Boolean).join('\u0001'));
  return hay.includes(needle);
}

function isStatus(s: string | null): s is Status {
  return s !== null && (STATUS_ORDER as readonly string[]).includes(s);
}

/** 事業一覧: every program of the year with its outcome status, money, underperformance score and achievement trend. */
export function ProgramsView() {
  const ds = useDataset();
  const [url] = useUrlState();
  const { scope, thresholds, ready } = useScope();
  const scoreOpts = scorecardQuery(ds, scope, thresholds);
  const programs = useQuery({ ...scoreOpts, enabled: scoreOpts.enabled && ready });
  const series = useQuery(programSeriesQuery(ds, null, thresholds));
  const bounds = statusBoundLabels(thresholds.near);
  const trends = useMemo(() => {
    const out = new Map<string, SparkPoint[]>();
    for (const r of series.data ?? []) {
      const list = out.get(r.program_key) ?? [];
      list.push({ year: r.fiscal_year, value: r.mean_achievement });
      out.set(r.program_key, list);
    }
    return out;
  }, [series.data]);

  const needle = normalizeForSearch(url.q ?? '');
  const status = isStatus(url.status) ? url.status : null;
  const shown = useMemo(
    () =>
      (programs.data ?? []).filter(
        (r) =>
          (url.goal === null || r.goal === url.goal) &&
          (url.measure === null || r.measure === url.measure) &&
          (status === null || r[status] > 0) &&
          (needle === '' || matches(r, needle)),
      ),
    [programs.data, url.goal, url.measure, status, needle],
  );
  const year = scope.year ?? null;

  const columns: Column<ProgramScore>[] = useMemo(
    () => [
      { key: 'sheet', header: 'No.', value: (r) => Number(r.sheet_no) || r.sheet_no, render: (r) => r.sheet_no },
      {
        key: 'program',
        header: '事務事業名',
        value: (r) => r.program,
        render: (r) => (
          <span className="program-cell">
            {r.program_key ? (
              <NavLink to={{ view: 'program', program: r.program_key, year }} testId="program-link">
                {r.program ?? '（名称なし）'}
              </NavLink>
            ) : (
              (r.program ?? '（名称なし）')
            )}
            {r.measure && <small>{r.measure}</small>}
          </span>
        ),
      },
      { key: 'dept', header: '担当課', value: (r) => r.department },
      { key: 'status', header: '成果指標の状況', value: (r) => r.missed * 1000 + r.near, render: (r) => <StatusChips counts={r} /> },
      {
        key: 'mean',
        header: '平均達成率（推移）',
        value: (r) => r.mean_achievement,
        numeric: true,
        render: (r) => (
          <span className="trend-cell">
            {formatPercent(r.mean_achievement)}
            <Sparkline points={(r.program_key && trends.get(r.program_key)) || []} highlightYear={r.fiscal_year} />
          </span>
        ),
      },
      { key: 'budget', header: '予算額', value: (r) => r.budget, render: (r) => formatMoney(r.budget), numeric: true },
      { key: 'spend', header: '決算額', value: (r) => r.spend, render: (r) => formatMoney(r.spend), numeric: true },
      { key: 'execution', header: '執行率', value: (r) => r.execution, render: (r) => formatPercent(r.execution), numeric: true },
      { key: 'score', header: '要注意度', value: (r) => r.score, render: (r) => r.score.toFixed(1), numeric: true },
    ],
    [trends, year],
  );

  const chips: { label: string; clear: Partial<UrlState> }[] = [];
  if (url.goal) chips.push({ label: `施策の目標：${url.goal}`, clear: { goal: null, measure: null } });
  if (url.measure) chips.push({ label: `施策：${url.measure}`, clear: { measure: null } });
  if (status) chips.push({ label: `達成状況：${STATUS_LABELS_JA[status]}の成果指標あり`, clear: { status: null } });

  return (
    <section className="view programs-view" data-testid="view-programs">
      <h2>事業一覧 {year ? formatFiscalYear(year) : ''}</h2>
      <div className="panel">
        <div className="programs-toolbar">
          <label className="programs-search">
            <span>検索</span>
            <input
              type="search"
              data-testid="programs-search"
              placeholder="事業名・担当課・No.（例：連携、124）"
              value={url.q ?? ''}
              onChange={(e) => navigate({ q: e.target.value || null }, { replace: true })}
            />
          </label>
          {chips.map((c) => (
            <span key={c.label} className="filter-chip">
              {c.label}
              <button type="button" aria-label={`「${c.label}」の絞り込みを解除`} onClick={() => navigate(c.clear)}>
                ×
              </button>
            </span>
          ))}
          {programs.data && (
            <span className="programs-count" role="status">
              <strong>{formatNumber(shown.length, '事業')}</strong>
              {shown.length !== programs.data.length && ` ／ ${formatNumber(programs.data.length, '事業')}中`}
            </span>
          )}
        </div>
        <QueryView query={programs} isEmpty={(rows) => rows.length === 0}>
          {() =>
            shown.length === 0 ? (
              <p className="state empty">
                条件に合う事業がありません。
                {url.q && (
                  <button type="button" className="link-button" onClick={() => navigate({ q: null })}>
                    検索語を消す
                  </button>
                )}
              </p>
            ) : (
              <DataTable testId="table-programs" exportName="事務事業一覧" rows={shown} rowKey={(r) => `${r.fiscal_year}-${r.sheet_no}`} columns={columns} />
            )
          }
        </QueryView>
        <p className="note">
          成果指標の状況：◎達成（{bounds.achieved}）△概ね達成（{bounds.near}）✕未達（{bounds.missed}）－未測定。推移の破線は100%、白抜きの点が表示中の年度です。列の見出しをクリックすると並べ替えます。
        </p>
      </div>
    </section>
  );
}

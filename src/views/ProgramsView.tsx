import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { Status } from '../analyses/indicators';
import type { ProgramScore } from '../analyses/programs';
import { useDataset } from '../app/dataset';
import { navigate, useUrlState, type UrlState } from '../app/url-state';
import { useScope } from '../app/use-scope';
import { STATUS_ORDER } from '../charts/theme';
import { formatCount, formatFiscalYear, formatMoney, formatPercent, statusBoundLabels, statusLabel } from '../format/ja';
import { useLang } from '../app/i18n';
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
  const lang = useLang();
  const ja = lang === 'ja';
  const [url] = useUrlState();
  const { scope, thresholds, ready } = useScope();
  const scoreOpts = scorecardQuery(ds, scope, thresholds);
  const programs = useQuery({ ...scoreOpts, enabled: scoreOpts.enabled && ready });
  const series = useQuery(programSeriesQuery(ds, null, thresholds));
  const bounds = statusBoundLabels(thresholds.near, lang);
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
        header: ja ? '事務事業名' : 'Program',
        value: (r) => r.program,
        data: true,
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
      { key: 'dept', header: ja ? '担当課' : 'Department', value: (r) => r.department, data: true },
      { key: 'status', header: ja ? '成果指標の状況' : 'Outcome status', value: (r) => r.missed * 1000 + r.near, render: (r) => <StatusChips counts={r} /> },
      {
        key: 'mean',
        header: ja ? '平均達成率（推移）' : 'Mean achievement (trend)',
        value: (r) => r.mean_achievement,
        numeric: true,
        render: (r) => (
          <span className="trend-cell">
            {formatPercent(r.mean_achievement)}
            <Sparkline points={(r.program_key && trends.get(r.program_key)) || []} highlightYear={r.fiscal_year} />
          </span>
        ),
      },
      { key: 'budget', header: ja ? '予算額' : 'Budget', value: (r) => r.budget, render: (r) => formatMoney(r.budget, lang), numeric: true },
      { key: 'spend', header: ja ? '決算額' : 'Spend', value: (r) => r.spend, render: (r) => formatMoney(r.spend, lang), numeric: true },
      { key: 'execution', header: ja ? '執行率' : 'Execution', value: (r) => r.execution, render: (r) => formatPercent(r.execution), numeric: true },
      { key: 'score', header: ja ? '要注意度' : 'Attention score', value: (r) => r.score, render: (r) => r.score.toFixed(1), numeric: true },
    ],
    [trends, year, ja, lang],
  );

  // a chip's name part is data (a goal or measure as written in the sheets): marked lang="ja" apart from its words
  const chips: { label: string; name: string | null; clear: Partial<UrlState> }[] = [];
  if (url.goal) chips.push({ label: ja ? '施策の目標：' : 'Goal: ', name: url.goal, clear: { goal: null, measure: null } });
  if (url.measure) chips.push({ label: ja ? '施策：' : 'Measure: ', name: url.measure, clear: { measure: null } });
  if (status) chips.push({ label: ja ? `達成状況：${statusLabel(status)}の成果指標あり` : `Status: has a "${statusLabel(status, lang)}" outcome`, name: null, clear: { status: null } });

  return (
    <section className="view programs-view" data-testid="view-programs">
      <h2>
        {ja ? '事業一覧' : 'Programs'} {year ? formatFiscalYear(year, lang) : ''}
      </h2>
      <div className="panel">
        <div className="programs-toolbar">
          <label className="programs-search">
            <span>{ja ? '検索' : 'Search'}</span>
            <input
              type="search"
              data-testid="programs-search"
              placeholder={ja ? '事業名・担当課・No.（例：連携、124）' : 'Program, department or No. (e.g. 124)'}
              value={url.q ?? ''}
              onChange={(e) => navigate({ q: e.target.value || null }, { replace: true })}
            />
          </label>
          {chips.map((c) => (
            <span key={c.label + (c.name ?? '')} className="filter-chip">
              {c.label}
              {c.name && <span lang="ja">{c.name}</span>}
              <button
                type="button"
                aria-label={ja ? `「${c.label}${c.name ?? ''}」の絞り込みを解除` : `Remove the filter ${c.label.replace(/: $/, '')}`}
                onClick={() => navigate(c.clear)}
              >
                ×
              </button>
            </span>
          ))}
          {programs.data && (
            <span className="programs-count" role="status">
              <strong>{formatCount(shown.length, lang, '事業', 'programs')}</strong>
              {shown.length !== programs.data.length && (ja ? ` ／ ${formatCount(programs.data.length, lang, '事業')}中` : ` of ${formatCount(programs.data.length, lang)}`)}
            </span>
          )}
        </div>
        <QueryView query={programs} isEmpty={(rows) => rows.length === 0}>
          {() =>
            shown.length === 0 ? (
              <p className="state empty">
                {ja ? '条件に合う事業がありません。' : 'No program matches.'}
                {url.q && (
                  <button type="button" className="link-button" onClick={() => navigate({ q: null })}>
                    {ja ? '検索語を消す' : 'Clear the search'}
                  </button>
                )}
              </p>
            ) : (
              <DataTable testId="table-programs" exportName="事務事業一覧" rows={shown} rowKey={(r) => `${r.fiscal_year}-${r.sheet_no}`} columns={columns} />
            )
          }
        </QueryView>
        <p className="note">
          {ja
            ? `成果指標の状況：◎達成（${bounds.achieved}）△概ね達成（${bounds.near}）✕未達（${bounds.missed}）－未測定。推移の破線は100%、白抜きの点が表示中の年度です。列の見出しをクリックすると並べ替えます。`
            : `Outcome status: ◎ achieved (${bounds.achieved}), △ near (${bounds.near}), ✕ missed (${bounds.missed}), － not measured. In the trend the dashed line is 100%, the open dot the year shown. Click a column heading to sort.`}
        </p>
      </div>
    </section>
  );
}

import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { ProgramScore } from '../analyses/programs';
import { useDataset } from '../app/dataset';
import { navigate, useUrlState } from '../app/url-state';
import { useThresholds } from '../app/use-scope';
import { groupIndicatorSeries } from '../charts/program-options';
import { formatFiscalYear, formatMoney, formatNumber, formatPercent } from '../format/ja';
import { useLang } from '../app/i18n';
import { reasonText } from '../format/reasons';
import { indicatorSeriesQuery, indicatorsQuery, programSeriesQuery, scorecardQuery, sheetQuery } from '../queries/analysis-queries';
import { QueryView } from './common/ViewState';
import { IndicatorChart, MoneyChart, ReviewHistory, type IndicatorChartItem } from './program/ProgramCharts';
import { SheetDocumentView } from './program/SheetDocumentView';
import { SimilarSection } from './program/SimilarSection';
import { NavLink } from './programs/NavLink';
import { StatusChips } from './programs/StatusChips';
import './program/program.css';

/** 事業詳細: one program (url.program = program_key), its sheet of the chosen year as on paper, and its trends. */
export function ProgramView() {
  const [url] = useUrlState();
  const ja = url.lang === 'ja';
  if (!url.program) {
    return (
      <section className="view program-view" data-testid="view-program">
        <h2>{ja ? '事業詳細' : 'Program'}</h2>
        <NotFound>{ja ? '事業が選ばれていません。事業一覧から事業を選んでください。' : 'No program is chosen. Choose one in the program list.'}</NotFound>
      </section>
    );
  }
  return <ProgramPage programKey={url.program} requestedYear={url.year} />;
}

function NotFound({ children }: { children: React.ReactNode }) {
  const lang = useLang();
  return (
    <div className="state empty program-missing" data-testid="program-missing">
      <p>{children}</p>
      <p>
        <NavLink to={{ view: 'programs', program: null }}>{lang === 'ja' ? '事業一覧へ戻る' : 'Back to the program list'}</NavLink>
      </p>
    </div>
  );
}

function ProgramPage({ programKey, requestedYear }: { programKey: string; requestedYear: number | null }) {
  const ds = useDataset();
  const lang = useLang();
  const ja = lang === 'ja';
  const thresholds = useThresholds();
  const series = useQuery(programSeriesQuery(ds, programKey, thresholds));
  const rows = useMemo(() => series.data ?? [], [series.data]);
  const years = useMemo(() => rows.map((r) => r.fiscal_year), [rows]);
  const year = requestedYear !== null && years.includes(requestedYear) ? requestedYear : (years[years.length - 1] ?? null);
  const current = rows.find((r) => r.fiscal_year === year);

  const sheetOpts = sheetQuery(ds, year ?? 0, current?.sheet_no ?? '', thresholds, current?.municipality_key ?? '');
  const sheet = useQuery({ ...sheetOpts, enabled: sheetOpts.enabled && current !== undefined });
  const scores = useQuery(scorecardQuery(ds, { program: programKey }, thresholds));
  const indOpts = indicatorsQuery(ds, { year, program: programKey }, thresholds);
  const indicators = useQuery({ ...indOpts, enabled: indOpts.enabled && year !== null });
  const indSeries = useQuery(indicatorSeriesQuery(ds, programKey, thresholds));

  // charts in the order of the shown year's ④ table, then indicators that only earlier/later sheets have
  const charts = useMemo<IndicatorChartItem[]>(() => {
    const groups = groupIndicatorSeries(indSeries.data ?? [], 'outcome');
    const onSheet = (indicators.data ?? []).filter((r) => r.kind === 'outcome').map((r) => r.indicator_id);
    const ordered: IndicatorChartItem[] = [];
    onSheet.forEach((id, i) => {
      const points = groups.get(id);
      if (points) ordered.push({ id, sheetNo: i + 1, points });
    });
    for (const [id, points] of groups) if (!onSheet.includes(id)) ordered.push({ id, sheetNo: null, points });
    return ordered;
  }, [indSeries.data, indicators.data]);

  if (series.data !== undefined && rows.length === 0) {
    return (
      <section className="view program-view" data-testid="view-program">
        <h2>{ja ? '事業詳細' : 'Program'}</h2>
        <NotFound>
          {ja
            ? `指定された事業（${programKey}）はこのデータにありません。読み込んだデータが変わったか、アドレスが古い可能性があります。`
            : 'The program in the address is not in this data. The data may have changed, or the address is old.'}
        </NotFound>
      </section>
    );
  }

  const score = scores.data?.find((r) => r.fiscal_year === year);
  const name = current?.program ?? score?.program ?? programKey;

  return (
    <section className="view program-view" data-testid="view-program">
      <p className="back-link">
        <NavLink to={{ view: 'programs', program: null }}>{ja ? '← 事業一覧へ戻る' : '← Back to the program list'}</NavLink>
      </p>
      <h2 className="program-title">
        <span className="title-kicker">{ja ? '事業詳細' : 'Program'}</span>
        <span lang="ja">{name}</span>
      </h2>
      {/* with several cities loaded, a program is one city's: its name says which */}
      {current?.municipality && (
        <p className="program-city" data-testid="program-city">
          {ja ? '団体: ' : 'Municipality: '}
          <span lang="ja">{current.municipality}</span>
        </p>
      )}
      <QueryView query={series}>
        {() =>
          year === null ? null : (
            <>
              <div className="program-head">
                <YearSwitcher rows={rows} year={year} />
                {requestedYear !== null && requestedYear !== year && (
                  <p className="note year-fallback" role="status">
                    {ja
                      ? `${formatFiscalYear(requestedYear)}のシートはありません。${formatFiscalYear(year)}を表示しています。`
                      : `There is no ${formatFiscalYear(requestedYear, lang)} sheet; showing ${formatFiscalYear(year, lang)}.`}
                  </p>
                )}
              </div>
              {score && <ScoreStrip score={score} />}
              <div className="program-layout">
                <div className="program-sheet-col">
                  <QueryView query={sheet} isEmpty={(d) => d.sheet === null}>
                    {(doc) => <SheetDocumentView doc={doc} year={year} money={current} />}
                  </QueryView>
                </div>
                <div className="program-charts-col">
                  <h3 className="col-heading">{ja ? '経年推移' : 'Over the years'}</h3>
                  <QueryView query={indSeries}>
                    {() =>
                      charts.length === 0 ? (
                        <p className="state empty">{ja ? '成果指標がありません。' : 'No outcome indicators.'}</p>
                      ) : (
                        charts.map((c, i) => <IndicatorChart key={c.id} item={c} n={i + 1} programYears={years} year={year} />)
                      )
                    }
                  </QueryView>
                  <MoneyChart rows={rows} />
                  <QueryView query={scores}>{(s) => <ReviewHistory rows={s} year={year} />}</QueryView>
                </div>
              </div>
              {current && <SimilarSection programKey={programKey} municipalityKey={current.municipality_key} year={year} />}
            </>
          )
        }
      </QueryView>
    </section>
  );
}

function YearSwitcher({ rows, year }: { rows: { fiscal_year: number; sheet_no: string }[]; year: number }) {
  const lang = useLang();
  return (
    <div className="year-switcher" role="group" aria-label={lang === 'ja' ? '年度の切り替え' : 'Year'} data-testid="year-switcher">
      {rows.map((r) => (
        <button
          key={r.fiscal_year}
          type="button"
          aria-pressed={r.fiscal_year === year}
          data-year={r.fiscal_year}
          title={lang === 'ja' ? `シートNo.${r.sheet_no}` : `Sheet No.${r.sheet_no}`}
          onClick={() => navigate({ year: r.fiscal_year })}
        >
          {formatFiscalYear(r.fiscal_year, lang)}
        </button>
      ))}
    </div>
  );
}

/** The year's figures from the scorecard: what a briefing asks first. */
function ScoreStrip({ score }: { score: ProgramScore }) {
  const lang = useLang();
  const ja = lang === 'ja';
  return (
    <dl className="score-strip" data-testid="program-score">
      <div>
        <dt>{ja ? '担当課' : 'Department'}</dt>
        <dd className="text" lang="ja">
          {score.department ?? '—'}
        </dd>
      </div>
      <div>
        <dt>{ja ? '成果指標' : 'Outcomes'}</dt>
        <dd>
          <StatusChips counts={score} />
        </dd>
      </div>
      <div>
        <dt>{ja ? '平均達成率' : 'Mean achievement'}</dt>
        <dd>{formatPercent(score.mean_achievement)}</dd>
      </div>
      <div>
        <dt>{ja ? '予算額' : 'Budget'}</dt>
        <dd>{formatMoney(score.budget, lang)}</dd>
      </div>
      <div>
        <dt>{ja ? '決算額' : 'Spend'}</dt>
        <dd>{formatMoney(score.spend, lang)}</dd>
      </div>
      <div>
        <dt>{ja ? '執行率' : 'Execution'}</dt>
        <dd>{formatPercent(score.execution)}</dd>
      </div>
      <div className="score-cell">
        <dt>{ja ? '要注意度' : 'Attention score'}</dt>
        <dd>
          {formatNumber(score.score)}
          {score.reasons.length > 0 && <span className="reasons">{score.reasons.map((r) => reasonText(r, lang)).join(ja ? '、' : '; ')}</span>}
        </dd>
      </div>
    </dl>
  );
}

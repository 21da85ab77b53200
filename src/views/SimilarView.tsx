import { useQuery } from '@tanstack/react-query';
import { useId, useMemo } from 'react';
import type { SimilarProgram } from '../analyses/similar/similar';
import { CANDIDATE_PAIRS } from '../analyses/similar/similar';
import { COST_FACTOR, SCORE_WEIGHTS } from '../analyses/similar/similarity-sql';
import { useDataset } from '../app/dataset';
import { useLang, type Lang } from '../app/i18n';
import { useScope } from '../app/use-scope';
import { Chart } from '../charts/Chart';
import { pairScoresOption } from '../charts/similar-options';
import { formatCount, formatFiscalYear } from '../format/ja';
import { candidatesQuery } from '../queries/strategy-queries';
import { DataTable } from './common/DataTable';
import { QueryView } from './common/ViewState';
import { LimitedTable } from './gaps/LimitedTable';
import { scoreText } from '../format/similar-reasons';
import { candidateColumns } from './similar/similar-columns';
import './gaps/analysis-views.css';

/** How many of the closest pairs the chart draws (the table beside it and the list below hold them all). */
const CHART_PAIRS = 15;

const pairKey = (p: SimilarProgram) => `${p.municipality_key}|${p.program_key}|${p.other_program_key}`;

/** 類似事業: the city's closest pairs of programs run by different departments — candidates for consolidation. */
export function SimilarView() {
  const ds = useDataset();
  const lang = useLang();
  const ja = lang === 'ja';
  const tableId = useId();
  const { scope, ready } = useScope();
  const opts = candidatesQuery(ds, scope);
  const candidates = useQuery({ ...opts, enabled: opts.enabled && ready });
  // a candidate's rank is its place in the city-wide list (the analysis's rank is its place among one program's)
  const ranked = useMemo(() => (candidates.data ?? []).map((p, i) => ({ ...p, rank: i + 1 })), [candidates.data]);
  const top = useMemo(() => ranked.slice(0, CHART_PAIRS), [ranked]);
  const option = useMemo(() => (top.length ? pairScoresOption(top, lang) : null), [top, lang]);
  const pct = (w: number) => `${Math.round(w * 100)}%`;

  return (
    <section className="view view-analysis" data-testid="view-similar">
      <h2>
        {ja ? '類似事業（統廃合候補）' : 'Similar programs (candidates for consolidation)'} {scope.year ? formatFiscalYear(scope.year, lang) : ''}
      </h2>
      <p className="lede">
        {ja
          ? `担当課の異なる事業どうしで、よく似ている組み合わせを近い順に最大${CANDIDATE_PAIRS}組示します。類似度（0〜1）は、名称・目的・活動・指標の文の近さ（語に分けて TF-IDF で比較）${pct(SCORE_WEIGHTS.text)}、政策体系の近さ（同じ施策・同じ目標・同じ大綱）${pct(SCORE_WEIGHTS.tree)}、規模の近さ（トータルコストの比）${pct(SCORE_WEIGHTS.cost)}の合計です。「規模が近い」はトータルコストの差が${COST_FACTOR}倍以内。候補であって結論ではありません。シートを読み比べてください。`
          : `Pairs of programs run by different departments, most alike first (up to ${CANDIDATE_PAIRS}). The score (0–1) adds the wording of name, purpose, activities and indicators (split into words, compared by TF-IDF) at ${pct(SCORE_WEIGHTS.text)}, nearness in the policy tree (same measure, goal or pillar) at ${pct(SCORE_WEIGHTS.tree)} and nearness in total cost at ${pct(SCORE_WEIGHTS.cost)}; "similar cost" means within ${COST_FACTOR}×. Candidates, not conclusions: read the sheets side by side.`}
      </p>

      <figure className="panel">
        <div className="panel-head">
          <figcaption>{ja ? `最も似ている${CHART_PAIRS}組（類似度の内訳）` : `The ${CHART_PAIRS} closest pairs (the score's parts)`}</figcaption>
          {candidates.data && <span className="count">{formatCount(candidates.data.length, lang, '組', 'pairs')}</span>}
        </div>
        <QueryView query={candidates} isEmpty={(rows) => rows.length === 0}>
          {() =>
            option && (
              <>
                <Chart
                  option={option}
                  height={Math.max(260, 70 + top.length * 30)}
                  label={ja ? '似ている事業の組み合わせと類似度の棒グラフ' : 'Bar chart of the closest pairs of programs and their scores'}
                  summary={pairsSummary(top, lang)}
                  tableId={tableId}
                  testId="chart-similar-pairs"
                />
                <details className="table-alt">
                  <summary>{ja ? '表で見る' : 'As a table'}</summary>
                  <DataTable id={tableId} testId="table-similar-top" exportName="類似事業_上位" rows={top} columns={candidateColumns(lang)} rowKey={pairKey} />
                </details>
              </>
            )
          }
        </QueryView>
      </figure>

      <section className="panel">
        <div className="panel-head">
          <h3>{ja ? '統廃合候補の一覧' : 'Candidates for consolidation'}</h3>
        </div>
        <QueryView query={candidates} isEmpty={(rows) => rows.length === 0}>
          {() => <LimitedTable testId="table-similar-candidates" exportName="類似事業_統廃合候補" rows={ranked} columns={candidateColumns(lang)} rowKey={pairKey} limit={20} />}
        </QueryView>
      </section>
    </section>
  );
}

function pairsSummary(rows: SimilarProgram[], lang: Lang): string {
  const first = rows[0];
  if (!first) return '';
  return lang === 'ja'
    ? `最も似ているのは「${first.program ?? ''}」（${first.department ?? '—'}）と「${first.other_program ?? ''}」（${first.other_department ?? '—'}）で類似度${scoreText(first.score)}。`
    : `${rows.length} pairs; the closest scores ${scoreText(first.score)} (first row of the table).`;
}

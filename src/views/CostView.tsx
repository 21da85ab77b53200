import { useQuery } from '@tanstack/react-query';
import { useId, useMemo } from 'react';
import type { CostRollup, UnitCost } from '../analyses/costs';
import { useDataset } from '../app/dataset';
import { useLang, type Lang } from '../app/i18n';
import { useUrlState } from '../app/url-state';
import { useScope } from '../app/use-scope';
import { Chart } from '../charts/Chart';
import { fundedRows, fundingMixOption, rollupName, totalCostOption, trendRows, unitCostName, unitCostTrendOption } from '../charts/cost-options';
import { formatCount, formatFiscalYear, formatMoney, formatPercent } from '../format/ja';
import { costRollupQuery, programCostsQuery, unitCostsQuery } from '../queries/strategy-queries';
import { DataTable } from './common/DataTable';
import { QueryView } from './common/ViewState';
import { fundingColumns, programCostColumns, rollupColumns, signedPercent, unitCostColumns } from './cost/cost-tables';
import { LimitedTable } from './gaps/LimitedTable';
import './gaps/analysis-views.css';
import './programs/programs.css';
import { Figure } from './common/Figure';

/** コスト: トータルコスト (事業費 + 人件費) by pillar or department, the funding mix, and cost per result with its trend. */
export function CostView() {
  const ds = useDataset();
  const lang = useLang();
  const ja = lang === 'ja';
  const totalTableId = useId();
  const fundingTableId = useId();
  const trendTableId = useId();
  const { scope, ready } = useScope();
  const [url, go] = useUrlState();
  const by = url.by === 'department' ? 'department' : 'pillar';
  const rollupOpts = costRollupQuery(ds, scope);
  const programsOpts = programCostsQuery(ds, scope);
  const unitOpts = unitCostsQuery(ds, scope);
  const rollup = useQuery({ ...rollupOpts, enabled: rollupOpts.enabled && ready });
  const programs = useQuery({ ...programsOpts, enabled: programsOpts.enabled && ready });
  const units = useQuery({ ...unitOpts, enabled: unitOpts.enabled && ready });

  const city = rollup.data?.find((r) => r.level === 'city');
  const levelRows = useMemo(() => (rollup.data ?? []).filter((r) => r.level === by).sort((a, b) => (b.total_cost ?? 0) - (a.total_cost ?? 0)), [rollup.data, by]);
  const funded = useMemo(() => fundedRows(levelRows), [levelRows]);
  const totalOption = useMemo(() => (levelRows.length ? totalCostOption(levelRows, lang) : null), [levelRows, lang]);
  const fundingOption = useMemo(() => (funded.length ? fundingMixOption(levelRows, lang) : null), [funded.length, levelRows, lang]);
  const trend = useMemo(() => trendRows(units.data ?? []), [units.data]);
  const trendOption = useMemo(() => (trend.length ? unitCostTrendOption(trend, lang) : null), [trend, lang]);
  const flaggedUnits = (units.data ?? []).filter((u) => u.rising_cost_falling_result).length;
  const flaggedPrograms = (programs.data ?? []).filter((p) => p.rising_unit_cost.length > 0);
  const levelWord = by === 'pillar' ? (ja ? '施策の大綱' : 'pillar') : ja ? '担当課' : 'department';

  return (
    <section className="view view-analysis" data-testid="view-cost">
      <h2>
        {ja ? 'コスト' : 'Cost'} {scope.year ? formatFiscalYear(scope.year, lang) : ''}
      </h2>
      <p className="lede">
        {ja
          ? 'トータルコストは事業費（決算額、なければ決算見込・予算の順）と人件費の合計です。人件費がシートにない事業は事業費だけを数えます。成果当たりコストはトータルコスト÷実績（多いほど良い指標のみ、率を除く）。金額は千円。'
          : 'Total cost is the project cost (spend, else the expected spend or the budget) plus the personnel cost; a program whose sheet states no personnel cost counts its project cost only. Cost per result is total cost ÷ actual (indicators where more is better, rates excluded). Money in thousand yen.'}
      </p>
      <QueryView query={rollup} isEmpty={(rows) => rows.length === 0}>
        {() => (
          <dl className="headline" data-testid="headline-cost">
            <Figure k="total" label={ja ? 'トータルコスト' : 'Total cost'} value={formatMoney(city?.total_cost, lang)} note={city ? signedPercent(city.total_cost_change) : undefined} />
            <Figure k="project" label={ja ? '事業費' : 'Project cost'} value={formatMoney(city?.project_cost, lang)} />
            <Figure k="personnel" label={ja ? '人件費' : 'Personnel cost'} value={formatMoney(city?.personnel_cost, lang)} />
            <Figure k="general" label={ja ? '一般財源の割合' : 'General fund share'} value={formatPercent(city?.general_fund_share)} />
            <Figure k="rising" label={ja ? '成果当たりコストが2年連続で悪化' : 'Cost per result worse 2 years running'} value={units.data ? formatCount(flaggedUnits, lang, '指標', 'indicators') : '—'} />
          </dl>
        )}
      </QueryView>

      <div className="panel-head">
        <span className="seg" role="group" aria-label={ja ? '集計の単位' : 'Rolled up by'}>
          {(['pillar', 'department'] as const).map((b) => (
            <button key={b} type="button" aria-pressed={by === b} data-testid={`cost-by-${b}`} onClick={() => go({ by: b === 'pillar' ? null : b }, { replace: true })}>
              {b === 'pillar' ? (ja ? '施策の大綱別' : 'By pillar') : ja ? '担当課別' : 'By department'}
            </button>
          ))}
        </span>
      </div>

      <div className="grid-2 grid-shrink">
        <figure className="panel">
          <div className="panel-head">
            <figcaption>{ja ? `${levelWord}別 トータルコスト（千円）` : `Total cost by ${levelWord} (¥1,000)`}</figcaption>
            <span className="count">{ja ? '事業費と人件費の積み上げ、多い順' : 'project and personnel cost stacked, largest first'}</span>
          </div>
          <QueryView query={rollup} isEmpty={() => levelRows.length === 0}>
            {() =>
              totalOption && (
                <>
                  <Chart option={totalOption} height={chartHeight(levelRows.length)} label={ja ? `${levelWord}別のトータルコストの棒グラフ` : `Bar chart of total cost by ${levelWord}`} summary={totalSummary(levelRows, lang)} tableId={totalTableId} testId="chart-cost-total" />
                  <details className="table-alt">
                    <summary>{ja ? '表で見る' : 'As a table'}</summary>
                    <DataTable id={totalTableId} testId="table-cost-rollup" exportName={`${levelWord}別トータルコスト`} rows={levelRows} columns={rollupColumns(lang)} rowKey={(r) => rollupName(r, lang)} />
                  </details>
                </>
              )
            }
          </QueryView>
        </figure>
        <figure className="panel">
          <div className="panel-head">
            <figcaption>{ja ? `${levelWord}別 財源の内訳（%）` : `Funding mix by ${levelWord} (%)`}</figcaption>
            {city && <span className="count">{ja ? `全体の一般財源の割合 ${formatPercent(city.general_fund_share)}` : `general fund share overall ${formatPercent(city.general_fund_share)}`}</span>}
          </div>
          <p className="panel-note">{ja ? '財源を記載した事業の財源の合計に占める、国庫支出金・県支出金・地方債・その他・一般財源の割合です（表の「一般財源の割合」は一般財源÷事業費）。' : 'Each source as a share of the funding the programs state (the table\'s general fund share is general fund ÷ project cost).'}</p>
          <QueryView query={rollup} isEmpty={() => funded.length === 0}>
            {() =>
              fundingOption && (
                <>
                  <Chart option={fundingOption} height={chartHeight(funded.length)} label={ja ? `${levelWord}別の財源の内訳の帯グラフ` : `Stacked bars of the funding mix by ${levelWord}`} summary={fundingSummary(funded, lang)} tableId={fundingTableId} testId="chart-cost-funding" />
                  <details className="table-alt">
                    <summary>{ja ? '表で見る' : 'As a table'}</summary>
                    <DataTable id={fundingTableId} testId="table-cost-funding" exportName={`${levelWord}別財源の内訳`} rows={funded} columns={fundingColumns(lang)} rowKey={(r) => rollupName(r, lang)} />
                  </details>
                </>
              )
            }
          </QueryView>
        </figure>
      </div>

      <figure className="panel">
        <div className="panel-head">
          <figcaption>{ja ? '成果当たりコストの推移（初年度＝100）' : 'Cost per result over the years (first year = 100)'}</figcaption>
          <span className="count">
            {flaggedUnits > 0
              ? ja
                ? `2年続けてコストが上がり実績が下がった${formatCount(flaggedUnits, lang, '指標')}`
                : `${flaggedUnits} indicators whose cost rose and result fell two years running`
              : ja
                ? '前年度から上がった上位10指標'
                : 'the 10 largest rises from last year'}
          </span>
        </div>
        <QueryView query={units} isEmpty={() => trend.length === 0}>
          {() =>
            trendOption && (
              <>
                <Chart option={trendOption} height={380} label={ja ? '成果当たりコストの推移の折れ線グラフ' : 'Line chart of cost per result over the years'} summary={trendSummary(trend, lang)} tableId={trendTableId} testId="chart-cost-trend" />
                <details className="table-alt">
                  <summary>{ja ? '表で見る' : 'As a table'}</summary>
                  <DataTable id={trendTableId} testId="table-cost-trend" exportName="成果当たりコストの推移" rows={trend} columns={unitCostColumns(lang)} rowKey={(r) => r.indicator_id} />
                </details>
              </>
            )
          }
        </QueryView>
      </figure>

      <section className="panel">
        <div className="panel-head">
          <h3>{ja ? '指標ごとの成果当たりコスト' : 'Cost per result of every indicator'}</h3>
          {units.data && <span className="count">{formatCount(units.data.length, lang, '指標', 'indicators')}</span>}
        </div>
        <QueryView query={units} isEmpty={(rows) => rows.length === 0}>
          {(rows) => <LimitedTable testId="table-unit-costs" exportName="成果当たりコスト" rows={rows} columns={unitCostColumns(lang)} rowKey={(r) => r.indicator_id} limit={20} />}
        </QueryView>
      </section>

      <section className="panel">
        <div className="panel-head">
          <h3>{ja ? '事業別 トータルコスト' : 'Total cost per program'}</h3>
          {programs.data && (
            <span className="count">
              {formatCount(programs.data.length, lang, '事業', 'programs')}
              {ja ? `・成果当たりコストの悪化 ${formatCount(flaggedPrograms.length, lang, '事業')}` : ` · ${flaggedPrograms.length} with cost per result worsening`}
            </span>
          )}
        </div>
        <QueryView query={programs} isEmpty={(rows) => rows.length === 0}>
          {(rows) => <LimitedTable testId="table-program-costs" exportName="事業別トータルコスト" rows={rows} columns={programCostColumns(lang)} rowKey={(r) => `${r.municipality_key}|${r.fiscal_year}|${r.sheet_no}`} limit={20} />}
        </QueryView>
      </section>
    </section>
  );
}

const chartHeight = (bars: number) => Math.max(220, 60 + bars * 28);

/** The largest and the total, in one sentence. */
function totalSummary(rows: CostRollup[], lang: Lang): string {
  const top = rows[0];
  if (!top) return '';
  const sum = rows.reduce((s, r) => s + (r.total_cost ?? 0), 0);
  return lang === 'ja'
    ? `${formatCount(rows.length, lang, '区分')}の合計${formatMoney(sum)}。最も多いのは「${rollupName(top, lang)}」の${formatMoney(top.total_cost)}。`
    : `${rows.length} groups, ${formatMoney(sum, 'en')} in all; the largest is the first row of the table (${formatMoney(top.total_cost, 'en')}).`;
}

/** The lowest and highest 一般財源 share. */
function fundingSummary(rows: CostRollup[], lang: Lang): string {
  const shared = rows.filter((r) => r.general_fund_share !== null).sort((a, b) => a.general_fund_share! - b.general_fund_share!);
  const low = shared[0];
  const high = shared[shared.length - 1];
  if (!low || !high) return '';
  return lang === 'ja'
    ? `一般財源の割合は「${rollupName(low, lang)}」の${formatPercent(low.general_fund_share)}から「${rollupName(high, lang)}」の${formatPercent(high.general_fund_share)}まで。`
    : `The general fund share ranges from ${formatPercent(low.general_fund_share)} to ${formatPercent(high.general_fund_share)} (see the table).`;
}

/** Each line's program and indicator with its last change (names in Japanese only: the English summary points to the table). */
function trendSummary(rows: UnitCost[], lang: Lang): string {
  if (lang === 'ja') return rows.map((r, i) => `${i + 1}. ${unitCostName(r, lang)} 前年度比${signedPercent(r.unit_cost_change)}`).join('、');
  const top = rows[0];
  return top ? `${rows.length} indicators; the largest rise from last year is ${signedPercent(top.unit_cost_change)} (line 1, first row of the table).` : '';
}

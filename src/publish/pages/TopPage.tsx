import { budgetByPillarOption, statusByPillarOption } from '../../charts/overview-options';
import { moneySummary, statusSummary } from '../../charts/summaries';
import { STATUS_MARKS, STATUS_ORDER } from '../../charts/theme';
import { formatMoney, formatNumber, formatPercent, STATUS_LABELS_JA } from '../../format/ja';
import { renderChartSvg } from '../../briefing/ssr-chart';
import type { PolicyRow } from '../../analyses/policy';
import type { PublicationModel, PublishedLevel } from '../model';
import { pillarSlug, statusDefinitions } from '../words';
import { ChartFigure } from './ChartFigure';
import { Layout } from './Layout';

/** The levels as the chart options take them (they read PolicyRow's pillar rows). */
export function asPolicyRows(levels: PublishedLevel[], year: number): PolicyRow[] {
  return levels.map((l) => ({ ...l, fiscal_year: year }));
}

/** トップ: the municipality and year, headline figures, status and money by pillar, the way into pillars and programs. */
export function TopPage({ model }: { model: PublicationModel }) {
  const c = model.city;
  const pillars = model.levels.filter((l) => l.level === 'pillar');
  const rows = asPolicyRows(pillars, model.year);
  const figures: [string, string, string][] = [
    ['programs', '事業数', formatNumber(c.programs, '事業')],
    ['outcomes', '成果指標', formatNumber(c.outcomes, '件')],
    ...STATUS_ORDER.map((s): [string, string, string] => [s, `${STATUS_MARKS[s]} ${STATUS_LABELS_JA[s]}`, formatNumber(c[s], '件')]),
    ['budget', '予算額', formatMoney(c.budget)],
    ['spend', '決算額', formatMoney(c.spend)],
    ['execution', '執行率', formatPercent(c.execution)],
    ['zero_cost', 'ゼロ予算の活動', formatNumber(c.zero_cost_activities, '件')],
  ];
  return (
    <Layout model={model} page={{ root: '', title: '概要', section: 'top' }}>
      <h1>
        {model.municipality} 事務事業評価 <span className="h1-year">{model.yearLabel}</span>
      </h1>
      <p className="lede">
        市が行う事務事業（{formatNumber(c.programs, '事業')}）ごとに、目標とした成果指標の達成状況と、予算・決算を点検した結果です。
        事業ごとのページで、点検シートの内容と過去の年度からの推移を見られます。
      </p>
      <section aria-labelledby="h-figures">
        <h2 id="h-figures">{model.yearLabel}の主な数字</h2>
        <dl className="headline" data-testid="headline">
          {figures.map(([k, label, value]) => (
            <div key={k} className={`figure figure-${k}`} data-figure={k}>
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      </section>

      <section aria-labelledby="h-pillars">
        <h2 id="h-pillars">施策の大綱別の結果</h2>
        <div className="chart-grid">
          <ChartFigure id="status-by-pillar" title="施策の大綱別 成果指標の達成状況" svg={renderChartSvg(statusByPillarOption(rows), 640, 360)} summary={statusSummary(model.year, c)}>
            <PillarStatusTable pillars={pillars} />
          </ChartFigure>
          <ChartFigure id="money-by-pillar" title="施策の大綱別 予算額と決算額（千円）" svg={renderChartSvg(budgetByPillarOption(rows), 640, 360)} summary={moneySummary(model.year, c)}>
            <PillarMoneyTable pillars={pillars} />
          </ChartFigure>
        </div>
      </section>

      <section aria-labelledby="h-more">
        <h2 id="h-more">詳しく見る</h2>
        <ul className="link-list">
          <li>
            <a href="programs.html">事業一覧（{formatNumber(c.programs, '事業')}、名前や担当課で探せます）</a>
          </li>
          {pillars.map((p, i) => (
            <li key={p.pillar ?? i}>
              <a href={`pillars/${pillarSlug(i)}.html`}>{p.pillar ?? '（施策の大綱の記載なし）'}</a>
            </li>
          ))}
          <li>
            <a href="data.html">データのダウンロードと利用条件</a>
          </li>
        </ul>
      </section>

      <section aria-labelledby="h-terms">
        <h2 id="h-terms">達成状況の見方</h2>
        <dl className="definitions">
          {statusDefinitions(model.thresholds.near).map((d) => (
            <div key={d.status}>
              <dt>{d.label}</dt>
              <dd>{d.meaning}</dd>
            </div>
          ))}
        </dl>
        <p className="note">達成率は実績値÷目標値（「低いほど良い」指標は目標値÷実績値）。執行率は決算額÷予算額です。金額の単位は千円です。</p>
      </section>
    </Layout>
  );
}

function PillarStatusTable({ pillars }: { pillars: PublishedLevel[] }) {
  return (
    <table className="data-table">
      <caption>施策の大綱別 成果指標の達成状況（件）</caption>
      <thead>
        <tr>
          <th scope="col">施策の大綱</th>
          <th scope="col" className="num">
            事業数
          </th>
          {STATUS_ORDER.map((s) => (
            <th key={s} scope="col" className="num">
              {STATUS_MARKS[s]} {STATUS_LABELS_JA[s]}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {pillars.map((p, i) => (
          <tr key={p.pillar ?? i}>
            <th scope="row">
              <a href={`pillars/${pillarSlug(i)}.html`}>{p.pillar ?? '（記載なし）'}</a>
            </th>
            <td className="num">{formatNumber(p.programs)}</td>
            {STATUS_ORDER.map((s) => (
              <td key={s} className="num">
                {formatNumber(p[s])}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function PillarMoneyTable({ pillars }: { pillars: PublishedLevel[] }) {
  return (
    <table className="data-table">
      <caption>施策の大綱別 予算額・決算額・執行率</caption>
      <thead>
        <tr>
          <th scope="col">施策の大綱</th>
          <th scope="col" className="num">
            予算額
          </th>
          <th scope="col" className="num">
            決算額
          </th>
          <th scope="col" className="num">
            執行率
          </th>
        </tr>
      </thead>
      <tbody>
        {pillars.map((p, i) => (
          <tr key={p.pillar ?? i}>
            <th scope="row">{p.pillar ?? '（記載なし）'}</th>
            <td className="num">{formatMoney(p.budget)}</td>
            <td className="num">{formatMoney(p.spend)}</td>
            <td className="num">{formatPercent(p.execution)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

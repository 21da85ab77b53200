import { renderChartSvg } from '../../briefing/ssr-chart';
import { statusByPillarOption } from '../../charts/overview-options';
import { statusSummary } from '../../charts/summaries';
import { formatMoney, formatNumber } from '../../format/ja';
import type { PublicationModel, PublishedLevel, PublishedProgram } from '../model';
import { statusCountsText } from '../words';
import { ChartFigure } from './ChartFigure';
import { Figure, MoneyFigures } from './Figure';
import { Layout } from './Layout';
import { StatusText } from './StatusText';
import { asPolicyRows } from './TopPage';

/** 施策の大綱: its figures, status by goal (chart and table), and its goals › measures › programs. */
export function PillarPage({ model, pillar }: { model: PublicationModel; pillar: PublishedLevel }) {
  const goals = model.levels.filter((l) => l.level === 'goal' && l.pillar === pillar.pillar);
  const measures = model.levels.filter((l) => l.level === 'measure' && l.pillar === pillar.pillar);
  const programs = model.programs.filter((p) => p.pillar === pillar.pillar);
  const name = pillar.pillar ?? '（施策の大綱の記載なし）';
  // the chart reads pillar rows: each goal stands in as one
  const rows = asPolicyRows(goals.map((g) => ({ ...g, level: 'pillar', pillar: g.goal })), model.year);
  return (
    <Layout model={model} page={{ root: '../', title: name, section: 'pillar' }}>
      <nav aria-label="現在位置" className="breadcrumb">
        <ol>
          <li>
            <a href="../index.html">概要</a>
          </li>
          <li aria-current="page">{name}</li>
        </ol>
      </nav>
      <h1>
        <span className="kicker">施策の大綱</span>
        {name}
      </h1>
      <dl className="headline small">
        <Figure label="事業数">{formatNumber(pillar.programs, '事業')}</Figure>
        <Figure label="成果指標">{formatNumber(pillar.outcomes, '件')}</Figure>
        <MoneyFigures budget={pillar.budget} spend={pillar.spend} execution={pillar.execution} />
      </dl>
      <p>成果指標の達成状況：{statusCountsText(pillar)}</p>

      <ChartFigure id="status-by-goal" title={`施策の目標別 成果指標の達成状況（${name}）`} svg={renderChartSvg(statusByPillarOption(rows), 640, Math.max(180, 60 + goals.length * 44))} summary={statusSummary(model.year, pillar)}>
        <table className="data-table">
          <caption>施策の目標別 成果指標の達成状況と予算</caption>
          <thead>
            <tr>
              <th scope="col">施策の目標</th>
              <th scope="col" className="num">
                事業数
              </th>
              <th scope="col">成果指標の達成状況</th>
              <th scope="col" className="num">
                予算額
              </th>
              <th scope="col" className="num">
                決算額
              </th>
            </tr>
          </thead>
          <tbody>
            {goals.map((g, i) => (
              <tr key={g.goal ?? i}>
                <th scope="row">{g.goal ?? '（記載なし）'}</th>
                <td className="num">{formatNumber(g.programs)}</td>
                <td>
                  <StatusText c={g} />
                </td>
                <td className="num">{formatMoney(g.budget)}</td>
                <td className="num">{formatMoney(g.spend)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ChartFigure>

      <h2>施策と事務事業</h2>
      {goals.map((g, gi) => (
        <section key={g.goal ?? gi} className="goal-block">
          <h3>{g.goal ?? '（施策の目標の記載なし）'}</h3>
          {measures
            .filter((m) => m.goal === g.goal)
            .map((m, mi) => (
              <section key={m.measure ?? mi}>
                <h4>{m.measure ?? '（施策の記載なし）'}</h4>
                <ProgramList programs={programs.filter((p) => p.goal === g.goal && p.measure === m.measure)} root="../" />
              </section>
            ))}
        </section>
      ))}
    </Layout>
  );
}

/** Programs as links with their status and spend: the pillar page's lists and a program page's neighbours. */
export function ProgramList({ programs, root, current }: { programs: PublishedProgram[]; root: string; current?: string }) {
  if (programs.length === 0) return <p className="muted">事業はありません。</p>;
  return (
    <ul className="program-list">
      {programs.map((p) => (
        <li key={p.slug}>
          {p.slug === current ? (
            <strong aria-current="page">{p.program ?? `No.${p.sheet_no}`}（この事業）</strong>
          ) : (
            <a href={`${root}programs/${p.slug}.html`}>{p.program ?? `No.${p.sheet_no}（名称なし）`}</a>
          )}
          <span className="meta">
            No.{p.sheet_no}・{p.department ?? '担当課の記載なし'}・決算額 {formatMoney(p.spend)}
          </span>
          <StatusText c={p} />
        </li>
      ))}
    </ul>
  );
}

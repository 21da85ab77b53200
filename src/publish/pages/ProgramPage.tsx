import { renderChartSvg } from '../../briefing/ssr-chart';
import { finalTarget, groupIndicatorSeries, indicatorLineOption, programMoneyOption, shortFiscalYear } from '../../charts/program-options';
import type { IndicatorPoint, ProgramMoneyPoint } from '../../analyses/trends';
import { STATUS_MARKS } from '../../charts/theme';
import { directionLabel, formatFiscalYear, formatMoney, formatNumber, formatPercent, STATUS_LABELS_JA } from '../../format/ja';
import { SheetDocumentView } from '../../views/program/SheetDocumentView';
import type { PublicationModel, PublishedProgram } from '../model';
import { pillarSlug } from '../words';
import { ChartFigure } from './ChartFigure';
import { Figure, MoneyFigures } from './Figure';
import { Layout } from './Layout';
import { ProgramList } from './PillarPage';
import { StatusText } from './StatusText';

const SELF_CHECK_TEXT = { missed_unticked: '未達の成果指標があるが「成果」の改善の余地に☑がない', ticked_all_achieved: 'すべて達成だが「成果」の改善の余地に☑がある' } as const;

/** 事業: the sheet ①–⑤ as HTML, outcome indicators and money over the years (SVG + table), neighbouring programs. */
export function ProgramPage({ model, program: p }: { model: PublicationModel; program: PublishedProgram }) {
  const pillarIndex = model.levels.filter((l) => l.level === 'pillar').findIndex((l) => l.pillar === p.pillar);
  const name = p.program ?? `No.${p.sheet_no}（名称なし）`;
  const money = (p.program_key && model.moneySeries.get(p.program_key)) || [];
  const series = groupIndicatorSeries((p.program_key && model.indicatorSeries.get(p.program_key)) || [], 'outcome');
  const years = money.map((m) => m.fiscal_year);
  const neighbours = model.programs.filter((o) => o.pillar === p.pillar && o.goal === p.goal && o.measure === p.measure);
  const doc = model.sheets.get(p.slug);
  return (
    <Layout model={model} page={{ root: '../', title: name, section: 'program' }}>
      <nav aria-label="現在位置" className="breadcrumb">
        <ol>
          <li>
            <a href="../index.html">概要</a>
          </li>
          <li>{pillarIndex >= 0 ? <a href={`../pillars/${pillarSlug(pillarIndex)}.html`}>{p.pillar}</a> : '（施策の大綱の記載なし）'}</li>
          {p.goal && <li>{p.goal}</li>}
          {p.measure && <li>{p.measure}</li>}
          <li aria-current="page">{name}</li>
        </ol>
      </nav>
      <h1>
        <span className="kicker">事務事業（No.{p.sheet_no}）</span>
        {name}
      </h1>
      <dl className="headline small" data-testid="program-figures">
        <Figure label="担当課" text>
          {p.department ?? '—'}
        </Figure>
        <Figure label="成果指標" text>
          <StatusText c={p} />
        </Figure>
        <Figure label="平均達成率">{formatPercent(p.mean_achievement)}</Figure>
        <MoneyFigures budget={p.budget} spend={p.spend} execution={p.execution} />
        {p.underperformance && (
          <Figure label="要注意度" internal>
            {formatNumber(p.underperformance.score)} <small>{p.underperformance.reasons.join('、')}</small>
          </Figure>
        )}
        {p.selfCheck && (
          <Figure label="自己評価の点検" text internal>
            {SELF_CHECK_TEXT[p.selfCheck]}
          </Figure>
        )}
      </dl>

      <section aria-labelledby="h-sheet">
        <h2 id="h-sheet">事務事業点検シート（{model.yearLabel}）</h2>
        {doc ? <SheetDocumentView doc={doc} year={model.year} money={money.find((m) => m.fiscal_year === model.year)} /> : <p>点検シートがありません。</p>}
      </section>

      <section aria-labelledby="h-trends">
        <h2 id="h-trends">経年推移</h2>
        {series.size === 0 && <p className="muted">成果指標がありません。</p>}
        {[...series.values()].map((points, i) => (
          <IndicatorFigure key={points[0]!.indicator_id} n={i + 1} points={points} years={years} />
        ))}
        <MoneyFigure rows={money} />
      </section>

      <section aria-labelledby="h-neighbours">
        <h2 id="h-neighbours">同じ施策の事業</h2>
        <p className="note">
          {p.pillar ?? '（施策の大綱の記載なし）'} › {p.goal ?? '（施策の目標の記載なし）'} › {p.measure ?? '（施策の記載なし）'}
        </p>
        <ProgramList programs={neighbours} root="../" current={p.slug} />
      </section>
    </Layout>
  );
}

function IndicatorFigure({ n, points, years }: { n: number; points: IndicatorPoint[]; years: number[] }) {
  const last = points[points.length - 1]!;
  const name = last.indicator ?? '（名称なし）';
  const unit = last.unit;
  const target = finalTarget(points);
  const latest = [...points].reverse().find((x) => x.actual !== null) ?? last;
  const summary = `${formatFiscalYear(latest.fiscal_year)}: 実績 ${formatNumber(latest.actual, unit)}（目標 ${formatNumber(latest.target, unit)}、${STATUS_LABELS_JA[latest.status]}）。${points.length}年度分の推移は表のとおり。`;
  const title = `${name}${unit ? `（${unit}）` : ''}の推移${last.direction === 'down' ? `（${directionLabel('down')}）` : ''}${target ? `\u3000目標 ${shortFiscalYear(target.year)}年度 ${formatNumber(target.value, unit)}` : ''}`;
  return (
    <ChartFigure id={`indicator-${n}`} title={title} svg={renderChartSvg(indicatorLineOption(points, years), 560, 240)} summary={summary}>
      <table className="data-table compact">
        <caption>{name}：年度別の目標値・実績値・達成率</caption>
        <thead>
          <tr>
            <th scope="col">年度</th>
            <th scope="col" className="num">
              目標値
            </th>
            <th scope="col" className="num">
              実績値
            </th>
            <th scope="col" className="num">
              達成率
            </th>
            <th scope="col">評価</th>
          </tr>
        </thead>
        <tbody>
          {points.map((x) => (
            <tr key={x.fiscal_year}>
              <th scope="row">{formatFiscalYear(x.fiscal_year)}</th>
              <td className="num">
                {x.target_year !== null && x.target_year !== x.fiscal_year ? `${shortFiscalYear(x.target_year)}年度 ` : ''}
                {formatNumber(x.target, x.unit)}
              </td>
              <td className="num">{formatNumber(x.actual, x.unit)}</td>
              <td className="num">{formatPercent(x.achievement)}</td>
              <td>
                <span aria-hidden="true">{STATUS_MARKS[x.status]}</span> {STATUS_LABELS_JA[x.status]}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ChartFigure>
  );
}

function MoneyFigure({ rows }: { rows: ProgramMoneyPoint[] }) {
  if (rows.length === 0) return null;
  const last = rows[rows.length - 1]!;
  const summary = `${formatFiscalYear(last.fiscal_year)}: 予算額${formatMoney(last.budget)}、決算額${formatMoney(last.spend)}、執行率${formatPercent(last.execution)}（${rows.length}年度分）`;
  return (
    <ChartFigure id="money" title="予算額・決算額の推移（千円）" svg={renderChartSvg(programMoneyOption(rows), 560, 240)} summary={summary}>
      <table className="data-table compact">
        <caption>年度別の予算額・決算額・執行率</caption>
        <thead>
          <tr>
            <th scope="col">年度</th>
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
          {rows.map((r) => (
            <tr key={r.fiscal_year}>
              <th scope="row">{formatFiscalYear(r.fiscal_year)}</th>
              <td className="num">{formatMoney(r.budget)}</td>
              <td className="num">{formatMoney(r.spend)}</td>
              <td className="num">{formatPercent(r.execution)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ChartFigure>
  );
}

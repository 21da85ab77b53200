import { STATUS_LABELS_JA } from '../../format/ja';
import { STATUS_MARKS } from '../../charts/theme';
import { budgetBarsOption, statusBarsOption } from '../chart-options';
import { HALF_WIDTH, type RenderChart } from '../chart-slot';
import type { BriefingPage } from '../model';
import { Figures } from './Figures';

type Pillar = Extract<BriefingPage, { kind: 'pillar' }>;

/** One page per pillar: its roll-up, its goals in two charts, the largest outcome shortfalls and low execution. */
export function PillarPage({ page, under, renderChart }: { page: Pillar; under: string; renderChart: RenderChart }) {
  const height = page.chartHeight;
  return (
    <>
      <Figures figures={page.figures} />
      {page.goals.length > 0 && (
        <div className="bp-charts">
          <figure className="bp-chart">
            <figcaption>施策の目標別 成果指標の達成状況（件）</figcaption>
            {renderChart({ option: statusBarsOption(page.goals, { labelWidth: 170 }), width: HALF_WIDTH, height, label: `${page.pillar} 施策の目標別 成果指標の達成状況`, testId: 'briefing-chart-goal-status' })}
          </figure>
          <figure className="bp-chart">
            <figcaption>施策の目標別 予算額と決算額（千円）</figcaption>
            {renderChart({ option: budgetBarsOption(page.goals, { labelWidth: 150 }), width: HALF_WIDTH, height, label: `${page.pillar} 施策の目標別 予算額と決算額`, testId: 'briefing-chart-goal-budget' })}
          </figure>
        </div>
      )}
      <div className="bp-columns">
        <section className="bp-col-wide">
          <h3>
            目標に対する不足が大きい成果指標
            {page.shortfalls > 0 && (
              <small>
                （不足のある{page.shortfalls}件中、上位{page.gaps.length}件）
              </small>
            )}
          </h3>
          {page.gaps.length === 0 ? (
            <p className="bp-empty">目標に届かなかった成果指標はありません。</p>
          ) : (
            <table className="bp-table bp-table-gaps">
              <colgroup>
                <col className="w-no" />
                <col />
                <col className="w-value" />
                <col className="w-value" />
                <col className="w-gap" />
                <col className="w-rate" />
              </colgroup>
              <thead>
                <tr>
                  <th>No.</th>
                  <th>事務事業名／成果指標</th>
                  <th>目標</th>
                  <th>実績</th>
                  <th>差（目標比）</th>
                  <th>達成率</th>
                </tr>
              </thead>
              <tbody>
                {page.gaps.map((g, i) => (
                  <tr key={`${g.sheetNo}-${i}`} data-testid="briefing-gap">
                    <td>{g.sheetNo}</td>
                    <td>
                      <span className="bp-sub">{g.program}</span>
                      <br />
                      {g.indicator}
                      {g.lowerIsBetter && <span className="bp-sub">（低いほど良い）</span>}
                    </td>
                    <td className="num">{g.target}</td>
                    <td className="num">{g.actual}</td>
                    <td className="num">
                      {g.gap}
                      <br />
                      <span className="bp-sub">（{g.gapShare}）</span>
                    </td>
                    <td className="num" data-field="achievement">
                      {STATUS_MARKS[g.status]} {g.achievement}
                      <br />
                      <span className="bp-sub">{STATUS_LABELS_JA[g.status]}</span>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
        <section className="bp-col-narrow">
          <h3>
            執行率が低い事業（{under}未満）
            {page.lowExecutionCount > 0 && (
              <small>
                （{page.lowExecutionCount}事業中、低い順に{page.lowExecution.length}事業）
              </small>
            )}
          </h3>
          {page.lowExecution.length === 0 ? (
            <p className="bp-empty">執行率が{under}未満の事業はありません。</p>
          ) : (
            <table className="bp-table bp-table-exec">
              <colgroup>
                <col />
                <col className="w-money" />
                <col className="w-money" />
                <col className="w-rate" />
              </colgroup>
              <thead>
                <tr>
                  <th>事務事業名（担当課）</th>
                  <th>予算額</th>
                  <th>決算額</th>
                  <th>執行率</th>
                </tr>
              </thead>
              <tbody>
                {page.lowExecution.map((r) => (
                  <tr key={r.sheetNo} data-testid="briefing-low-execution">
                    <td>
                      No.{r.sheetNo} {r.program}
                      <br />
                      <span className="bp-sub">{r.department}</span>
                    </td>
                    <td className="num">{r.budget}</td>
                    <td className="num">{r.spend}</td>
                    <td className="num" data-field="execution">
                      ▼ {r.execution}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      </div>
    </>
  );
}

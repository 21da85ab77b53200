import { STATUS_MARKS, STATUS_ORDER } from '../../charts/theme';
import { STATUS_LABELS_JA } from '../../format/ja';
import { budgetBarsOption, statusBarsOption } from '../chart-options';
import { HALF_WIDTH, type RenderChart } from '../chart-slot';
import type { BriefingPage } from '../model';
import { Figures } from './Figures';

type Summary = Extract<BriefingPage, { kind: 'summary' }>;

/** Page 1: the headline figures and, per pillar, outcome statuses and money — as charts and as a table. */
export function SummaryPage({ page, near, under, renderChart }: { page: Summary; near: string; under: string; renderChart: RenderChart }) {
  const height = Math.min(300, Math.max(150, 50 + page.bars.length * 36));
  return (
    <>
      <Figures figures={page.figures} />
      {page.bars.length > 0 ? (
        <div className="bp-charts">
          <figure className="bp-chart">
            <figcaption>施策の大綱別 成果指標の達成状況（件）</figcaption>
            {renderChart({ option: statusBarsOption(page.bars, { labelWidth: 150 }), width: HALF_WIDTH, height, label: '施策の大綱別 成果指標の達成状況', testId: 'briefing-chart-status' })}
          </figure>
          <figure className="bp-chart">
            <figcaption>施策の大綱別 予算額と決算額（千円）</figcaption>
            {renderChart({ option: budgetBarsOption(page.bars, { labelWidth: 130 }), width: HALF_WIDTH, height, label: '施策の大綱別 予算額と決算額', testId: 'briefing-chart-budget' })}
          </figure>
        </div>
      ) : (
        <p className="bp-empty">この範囲に該当する事業はありません。</p>
      )}
      {page.pillars.length > 0 && (
        <table className="bp-table bp-table-pillars" data-testid="briefing-pillar-table">
          <thead>
            <tr>
              <th>施策の大綱</th>
              <th>事業数</th>
              {STATUS_ORDER.map((s) => (
                <th key={s}>
                  {STATUS_MARKS[s]} {STATUS_LABELS_JA[s]}
                </th>
              ))}
              <th>予算額</th>
              <th>決算額</th>
              <th>執行率</th>
              <th>ゼロ予算の活動</th>
            </tr>
          </thead>
          <tbody>
            {page.pillars.map((p) => (
              <tr key={p.pillar} data-pillar={p.pillar}>
                <th scope="row">{p.pillar}</th>
                <td data-field="programs">{p.programs}</td>
                {STATUS_ORDER.map((s) => (
                  <td key={s} data-field={s}>
                    {p[s]}
                  </td>
                ))}
                <td data-field="budget">{p.budget}</td>
                <td data-field="spend">{p.spend}</td>
                <td data-field="execution">{p.execution}</td>
                <td data-field="zero_cost">{p.zero_cost}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {/* a council member's first question: what do the words mean */}
      <p className="bp-note" data-testid="briefing-criteria">
        評価の基準：{STATUS_MARKS.achieved} 達成＝達成率100%以上、{STATUS_MARKS.near} 概ね達成＝{near}以上100%未満、{STATUS_MARKS.missed} 未達＝{near}未満、
        {STATUS_MARKS.not_measured} 未測定＝実績値または目標値がなく達成率を出せないもの。達成率＝実績値÷目標値（低いほど良い指標は目標値÷実績値）。
        執行率＝決算額÷予算額（{under}未満を「執行率が低い」としています）。金額の単位は千円です。
      </p>
    </>
  );
}

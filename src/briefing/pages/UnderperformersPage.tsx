import type { BriefingPage } from '../model';
import { PartMarker } from './PartMarker';

type Underperformers = Extract<BriefingPage, { kind: 'underperformers' }>;

/** Page 2: the programs to look at first, ranked by the underperformance score, each with its reasons in words. */
export function UnderperformersPage({ page }: { page: Underperformers }) {
  return (
    <>
      <p className="bp-lede">
        要注意度（未達の成果指標1件10点、目標にあと一歩の指標1件3点、連続未達、平均達成率の不足、執行率の低さ、自己評価の不一致の合計）の高い順に、上位
        {page.shown}事業を示します。要注意度が0を超える事業は<strong data-testid="briefing-flagged">{page.flagged}事業</strong>です。
        <PartMarker part={page.part} parts={page.parts} />
      </p>
      {page.rows.length === 0 ? (
        <p className="bp-empty">要注意度が0を超える事業はありません。</p>
      ) : (
        <table className="bp-table bp-table-under">
          <colgroup>
            <col className="w-rank" />
            <col className="w-score" />
            <col className="w-no" />
            <col className="w-program" />
            <col className="w-dept" />
            <col className="w-pillar" />
            <col />
          </colgroup>
          <thead>
            <tr>
              <th>順位</th>
              <th>要注意度</th>
              <th>No.</th>
              <th>事務事業名</th>
              <th>担当課</th>
              <th>施策の大綱</th>
              <th>理由</th>
            </tr>
          </thead>
          <tbody>
            {page.rows.map((r) => (
              <tr key={`${r.sheetNo}-${r.rank}`} data-testid="briefing-underperformer">
                <td className="num">{r.rank}</td>
                <td className="num" data-field="score">
                  {r.score}
                </td>
                <td>{r.sheetNo}</td>
                <td data-field="program">{r.program}</td>
                <td>{r.department}</td>
                <td>{r.pillar}</td>
                <td data-field="reasons">{r.reasons.join('、')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}

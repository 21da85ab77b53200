import type { BriefingPage } from '../model';
import { PartMarker } from './PartMarker';

type ZeroCost = Extract<BriefingPage, { kind: 'zero-cost' }>;

/** The zero-cost activities (budget 0 and spend 0, both stated), continued over as many pages as they need. */
export function ZeroCostPage({ page }: { page: ZeroCost }) {
  return (
    <>
      <p className="bp-lede">
        予算額0・決算額0がともに記載された活動は<strong data-testid="briefing-zero-cost-count">{page.count}件</strong>
        です（職員の工夫や他事業の予算で実施している活動。人件費は含みません）。
        <PartMarker part={page.part} parts={page.parts} />
      </p>
      {page.rows.length === 0 ? (
        <p className="bp-empty">ゼロ予算の活動はありません。</p>
      ) : (
        <table className="bp-table bp-table-zero">
          <colgroup>
            <col className="w-no" />
            <col />
            <col />
            <col className="w-dept" />
            <col className="w-pillar" />
            <col className="w-flag" />
          </colgroup>
          <thead>
            <tr>
              <th>No.</th>
              <th>事務事業名</th>
              <th>活動名</th>
              <th>担当課</th>
              <th>施策の大綱</th>
              <th>全活動がゼロ予算</th>
            </tr>
          </thead>
          <tbody>
            {page.rows.map((r, i) => (
              <tr key={`${r.sheetNo}-${i}`} data-testid="briefing-zero-cost">
                <td>{r.sheetNo}</td>
                <td>{r.program}</td>
                <td data-field="activity">{r.activity}</td>
                <td>{r.department}</td>
                <td>{r.pillar}</td>
                <td className="center">{r.wholeProgram ? '● 該当' : ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}

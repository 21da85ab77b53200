import type { UseQueryResult } from '@tanstack/react-query';
import type { TableCounts as Counts } from '../../analyses/import-log';
import { TABLE_LABELS_JA } from '../../import/schema';
import { TABLE_NAMES } from '../../import/types';
import { QueryView } from '../common/ViewState';
import { count } from './labels';

const EXTRA_ROWS = [
  { key: 'findings', label: '指摘（これまでの全取り込み）', testId: 'count-findings' },
  { key: 'rejected_rows', label: '保留表（取り込めなかった行）', testId: 'count-rejected' },
] as const;

/** Rows per table in DuckDB right now. The testids are those of the first (foundation) page; the e2e tests read them. */
export function TableCounts({ query }: { query: UseQueryResult<Counts> }) {
  return (
    <QueryView query={query}>
      {(c) => (
        <table className="data-table counts" data-testid="table-counts">
          <caption>データベースの行数</caption>
          <thead>
            <tr>
              <th scope="col">表</th>
              <th scope="col" className="num">
                行数
              </th>
            </tr>
          </thead>
          <tbody>
            {TABLE_NAMES.map((t) => (
              <tr key={t}>
                <th scope="row">{TABLE_LABELS_JA[t]}</th>
                <td className="num" data-testid={`count-${t}`}>
                  {count(c[t])}
                </td>
              </tr>
            ))}
            {EXTRA_ROWS.map((r) => (
              <tr key={r.key} className="extra">
                <th scope="row">{r.label}</th>
                <td className="num" data-testid={r.testId}>
                  {count(c[r.key])}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </QueryView>
  );
}

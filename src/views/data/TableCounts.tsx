import type { UseQueryResult } from '@tanstack/react-query';
import type { TableCounts as Counts } from '../../analyses/import-log';
import { TABLE_NAMES } from '../../import/types';
import { QueryView } from '../common/ViewState';
import { count, tableLabel } from './labels';
import { useLang } from '../../app/i18n';

const EXTRA_ROWS = [
  { key: 'findings', label: { ja: '指摘（これまでの全取り込み）', en: 'Findings (all imports so far)' }, testId: 'count-findings' },
  { key: 'rejected_rows', label: { ja: '保留表（取り込めなかった行）', en: 'Quarantine (rows that could not be loaded)' }, testId: 'count-rejected' },
] as const;

/** Rows per table in DuckDB right now. The testids are those of the first (foundation) page; the e2e tests read them. */
export function TableCounts({ query }: { query: UseQueryResult<Counts> }) {
  const lang = useLang();
  const ja = lang === 'ja';
  return (
    <QueryView query={query}>
      {(c) => (
        <table className="data-table counts" data-testid="table-counts">
          <caption>{ja ? 'データベースの行数' : 'Rows in the database'}</caption>
          <thead>
            <tr>
              <th scope="col">{ja ? '表' : 'Table'}</th>
              <th scope="col" className="num">
                {ja ? '行数' : 'Rows'}
              </th>
            </tr>
          </thead>
          <tbody>
            {TABLE_NAMES.map((t) => (
              <tr key={t}>
                <th scope="row">{tableLabel(t, lang)}</th>
                <td className="num" data-testid={`count-${t}`}>
                  {count(c[t])}
                </td>
              </tr>
            ))}
            {EXTRA_ROWS.map((r) => (
              <tr key={r.key} className="extra">
                <th scope="row">{r.label[lang]}</th>
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

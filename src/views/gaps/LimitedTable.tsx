import { useState } from 'react';
import { DataTable, type Column } from '../common/DataTable';
import { useLang } from '../../app/i18n';

/**
 * A DataTable that first shows `limit` rows (long lists stay readable on a projector) and offers the rest with one
 * button. Sorting a column sorts all rows, not only the shown ones.
 */
export function LimitedTable<T>({ limit, ...props }: { rows: T[]; columns: Column<T>[]; rowKey: (row: T) => string; testId?: string; caption?: string; limit: number; exportName: string; id?: string }) {
  const lang = useLang();
  const [all, setAll] = useState(false);
  const more = props.rows.length > limit;
  return (
    <>
      <DataTable {...props} limit={all || !more ? undefined : limit} />
      {more && (
        <button type="button" className="table-more" onClick={() => setAll((a) => !a)} aria-expanded={all}>
          {lang === 'ja' ? (all ? `上位${limit}件のみ表示` : `すべて表示（${props.rows.length.toLocaleString('ja-JP')}件）`) : all ? `Show the first ${limit} only` : `Show all (${props.rows.length.toLocaleString('en-US')})`}
        </button>
      )}
    </>
  );
}

import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useDataset } from '../../app/dataset';
import { useLang } from '../../app/i18n';

/**
 * Loading, error and empty states of one query, in words a city official understands. Shows cached (persisted)
 * figures while DuckDB starts, marked as such.
 */
export function QueryView<T>({ query, children, isEmpty }: { query: UseQueryResult<T>; children: (data: T) => ReactNode; isEmpty?: (data: T) => boolean }) {
  const ds = useDataset();
  const lang = useLang();
  if (query.isError) {
    return (
      <p role="alert" className="state error">
        {lang === 'ja' ? '集計できませんでした。データを確認するか、ページを再読み込みしてください。' : 'The figures could not be computed. Check the data or reload the page.'}
        {lang === 'ja' ? '（' : ' ('}
        <span lang="en">{query.error.message}</span>
        {lang === 'ja' ? '）' : ')'}
      </p>
    );
  }
  if (query.data === undefined) {
    return (
      <p role="status" className="state loading">
        {ds.phase === 'ready' ? (lang === 'ja' ? '集計中…' : 'Computing…') : lang === 'ja' ? 'データベースを準備しています…' : 'Preparing the database…'}
      </p>
    );
  }
  if (isEmpty?.(query.data)) {
    return (
      <p className="state empty">
        {lang === 'ja' ? '該当するデータがありません。絞り込み条件を変えるか、「データ」画面で CSV を読み込んでください。' : 'No data matches. Change the filters, or import CSV files on the Data page.'}
      </p>
    );
  }
  return <>{children(query.data)}</>;
}

import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useDataset } from '../../app/dataset';

/**
 * Loading, error and empty states of one query, in words a city official understands. Shows cached (persisted)
 * figures while DuckDB starts, marked as such.
 */
export function QueryView<T>({ query, children, isEmpty }: { query: UseQueryResult<T>; children: (data: T) => ReactNode; isEmpty?: (data: T) => boolean }) {
  const ds = useDataset();
  if (query.isError) {
    return (
      <p role="alert" className="state error">
        集計できませんでした。データを確認するか、ページを再読み込みしてください。（{query.error.message}）
      </p>
    );
  }
  if (query.data === undefined) {
    return (
      <p role="status" className="state loading">
        {ds.phase === 'ready' ? '集計中…' : 'データベースを準備しています…'}
      </p>
    );
  }
  if (isEmpty?.(query.data)) {
    return <p className="state empty">該当するデータがありません。絞り込み条件を変えるか、「データ」画面で CSV を読み込んでください。</p>;
  }
  return <>{children(query.data)}</>;
}

import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { clearUserData, useDataset, useSampleData } from '../app/dataset';
import { t } from '../app/i18n';
import { useUrlState } from '../app/url-state';
import { tableCountsQuery } from '../queries/import-log-queries';
import { DropZone } from './data/DropZone';
import { ImportLog } from './data/ImportLog';
import { LastReport } from './data/LastReport';
import { RefusedImport } from './data/RefusedImport';
import { TableCounts } from './data/TableCounts';
import { Templates } from './data/Templates';
import './data/data-view.css';

/**
 * データ: import the city's files — tables, evaluation-sheet forms, workbooks, folders, zips (drop or pick), see what the import made of each file and cell, the rows per
 * table, every finding and the quarantined rows; switch to the fictional sample or clear the user's data.
 */
export function DataView() {
  const ds = useDataset();
  const [url] = useUrlState();
  const counts = useQuery(tableCountsQuery(ds));
  const [actionError, setActionError] = useState<string | null>(null);
  const busy = ds.phase === 'starting' || ds.phase === 'importing';

  // A file dropped beside the drop zone must not make the browser open it (and leave the app).
  useEffect(() => {
    const stop = (e: DragEvent) => e.preventDefault();
    window.addEventListener('dragover', stop);
    window.addEventListener('drop', stop);
    return () => {
      window.removeEventListener('dragover', stop);
      window.removeEventListener('drop', stop);
    };
  }, []);

  const run = (action: () => Promise<void>) => {
    setActionError(null);
    action().catch((e: unknown) => setActionError((e as Error).message));
  };

  return (
    <section className="view data-view" data-testid="view-data">
      <h2>データ</h2>
      {ds.refused && <RefusedImport reports={ds.refused} />}
      <p className="privacy" data-testid="privacy-note">
        読み込んだ CSV ファイルは、このブラウザの中（IndexedDB）にだけ保存され、どこにも送信されません。集計もすべてこのパソコンの中（DuckDB-WASM）で行います。
        保存したデータは「自分のデータを消去」を押すまで残ります。
      </p>

      <section className="panel">
        <div className="source-line">
          <span>いま表示しているデータ:</span>
          <span className="source" data-testid="data-source" data-source={ds.source}>
            {ds.source === 'sample' && t(url.lang, 'sample')}
            {ds.source === 'user' && '自分のデータ（このブラウザに保存したファイル）'}
            {ds.source === 'empty' && 'なし（データを消去しました）'}
          </span>
          {ds.importedAt && <span className="note">最終取込 {ds.importedAt}</span>}
        </div>
        <div className="actions">
          <button
            type="button"
            data-testid="use-sample"
            disabled={busy || ds.source === 'sample'}
            onClick={() => {
              // switching to the sample discards the user's stored files (src/app/dataset.ts switchTo)
              if (ds.source !== 'user' || window.confirm('サンプルに切り替えると、このブラウザに保存した自分のデータは消去されます。よろしいですか？')) run(useSampleData);
            }}
          >
            サンプルを使う（架空の市のデータ）
          </button>
          <button
            type="button"
            className="danger"
            data-testid="clear-data"
            disabled={busy || ds.source !== 'user'}
            onClick={() => {
              if (window.confirm('このブラウザに保存した自分のデータを消去します。元に戻せません。よろしいですか？')) run(clearUserData);
            }}
          >
            自分のデータを消去
          </button>
        </div>
        {actionError && (
          <p role="alert" className="state error">
            操作できませんでした: {actionError}
          </p>
        )}
      </section>

      <DropZone />

      <div className="grid-counts">
        <section className="panel">
          <TableCounts query={counts} />
        </section>
        <Templates />
      </div>

      {ds.lastReport ? (
        <LastReport report={ds.lastReport} sample={ds.source === 'sample'} />
      ) : (
        ds.phase === 'ready' && <p className="state empty">このページを開いてから取り込んだファイルはありません。</p>
      )}
      <ImportLog />
    </section>
  );
}

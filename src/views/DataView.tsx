import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { clearUserData, useDataset, loadSampleData } from '../app/dataset';
import { SAMPLE_FORMS_URL } from '../app/sample-forms';
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
        読み込んだファイルは、このブラウザの中（IndexedDB）にだけ保存され、どこにも送信されません。集計もすべてこのパソコンの中（DuckDB-WASM）で行います。
        保存したデータは「自分のデータを消去」を押すまで残ります。
      </p>

      <section className="panel">
        <div className="source-line">
          <span>いま表示しているデータ:</span>
          <span className="source" data-testid="data-source" data-source={ds.source}>
            {ds.source === 'sample' && t(url.lang, 'sample')}
            {ds.source === 'sample' && ds.sampleKind === 'forms' && '（点検シートの様式 801 枚から読み込み）'}
            {ds.source === 'user' && '自分のデータ（このブラウザに保存したファイル）'}
            {ds.source === 'empty' && 'なし（データを消去しました）'}
          </span>
          {ds.importedAt && <span className="note">最終取込 {ds.importedAt}</span>}
        </div>
        <div className="actions">
          {(['tables', 'forms'] as const).map((kind) => (
            <button
              key={kind}
              type="button"
              data-testid={kind === 'tables' ? 'use-sample' : 'use-sample-forms'}
              disabled={busy || (ds.source === 'sample' && ds.sampleKind === kind)}
              onClick={() => {
                // switching to the sample discards the user's stored files (src/app/dataset.ts switchTo)
                if (ds.source !== 'user' || window.confirm('サンプルに切り替えると、このブラウザに保存した自分のデータは消去されます。よろしいですか？')) run(() => loadSampleData(kind));
              }}
            >
              {kind === 'tables' ? 'サンプルを使う（架空の市のデータ）' : '様式のサンプルを使う（同じ架空の市を点検シート 801 枚から）'}
            </button>
          ))}
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
        <p className="note">
          様式のサンプルは、同じ架空の市を 1 事業・1 年度 1 枚の点検シート（常総市の様式）にしたものです。Excel の CSV（Shift_JIS）・Unicode テキスト・Excel ブックが 3 分の 1 ずつ入っています。{' '}
          <a href={SAMPLE_FORMS_URL} download="minato-sample-forms.zip" data-testid="sample-forms-download">
            様式のサンプルをダウンロード（zip）
          </a>
          して、展開したフォルダをそのまま下にドロップしても試せます。
        </p>
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

import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useEffect, useState } from 'react';
import { useMappingRequest } from '../app/mapping-request';
import { clearUserData, useDataset, loadSampleData } from '../app/dataset';
import { SAMPLE_FORMS_URL } from '../app/sample-forms';
import { L, t } from '../app/i18n';
import { useUrlState } from '../app/url-state';
import { tableCountsQuery } from '../queries/import-log-queries';
import { DropZone } from './data/DropZone';
import { ImportLog } from './data/ImportLog';
import { LastReport } from './data/LastReport';
import { RefusedImport } from './data/RefusedImport';
import { TableCounts } from './data/TableCounts';
import { Templates } from './data/Templates';
import { UserProfiles } from './data/UserProfiles';
import './data/data-view.css';

// the mapping screen (its grid, forms and the profile engine's draft logic) loads when first opened
const MappingDialog = lazy(() => import('./mapping/MappingDialog'));

/**
 * データ: import the city's files — tables, evaluation-sheet forms, workbooks, folders, zips (drop or pick), see what the import made of each file and cell, the rows per
 * table, every finding and the quarantined rows; switch to the fictional sample or clear the user's data.
 */
export function DataView() {
  const ds = useDataset();
  const [url] = useUrlState();
  const lang = url.lang;
  const counts = useQuery(tableCountsQuery(ds));
  const mapping = useMappingRequest();
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
      <h2>{L(lang, 'データ', 'Data')}</h2>
      {ds.refused && <RefusedImport reports={ds.refused} />}
      <p className="privacy" data-testid="privacy-note">
        {L(
          lang,
          '読み込んだファイルは、このブラウザの中（IndexedDB）にだけ保存され、どこにも送信されません。集計もすべてこのパソコンの中（DuckDB-WASM）で行います。保存したデータは「自分のデータを消去」を押すまで残ります。',
          'The files you import are kept only in this browser (IndexedDB) and sent nowhere; every figure is computed on this computer (DuckDB-WASM). They stay until you press "Clear my data".',
        )}
      </p>

      <section className="panel">
        <div className="source-line">
          <span>{L(lang, 'いま表示しているデータ:', 'Data shown:')}</span>
          <span className="source" data-testid="data-source" data-source={ds.source}>
            {ds.source === 'sample' && t(url.lang, 'sample')}
            {ds.source === 'sample' && ds.sampleKind === 'forms' && L(lang, '（点検シートの様式 801 枚から読み込み）', ' (read from its 801 evaluation-sheet forms)')}
            {ds.source === 'user' && L(lang, '自分のデータ（このブラウザに保存したファイル）', 'My data (files kept in this browser)')}
            {ds.source === 'empty' && L(lang, 'なし（データを消去しました）', 'None (the data was cleared)')}
          </span>
          {ds.importedAt && <span className="note">{L(lang, '最終取込', 'Last import')} {ds.importedAt}</span>}
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
                if (ds.source !== 'user' || window.confirm(L(lang, 'サンプルに切り替えると、このブラウザに保存した自分のデータは消去されます。よろしいですか？', 'Switching to the sample clears the data you kept in this browser. Continue?'))) run(() => loadSampleData(kind));
              }}
            >
              {kind === 'tables'
                ? L(lang, 'サンプルを使う（架空の市のデータ）', 'Use the sample (a fictional city)')
                : L(lang, '様式のサンプルを使う（同じ架空の市を点検シート 801 枚から）', 'Use the sample as forms (the same city from 801 evaluation sheets)')}
            </button>
          ))}
          <button
            type="button"
            className="danger"
            data-testid="clear-data"
            disabled={busy || ds.source !== 'user'}
            onClick={() => {
              if (window.confirm(L(lang, 'このブラウザに保存した自分のデータを消去します。元に戻せません。よろしいですか？', 'This clears the data kept in this browser, for good. Continue?'))) run(clearUserData);
            }}
          >
            {L(lang, '自分のデータを消去', 'Clear my data')}
          </button>
        </div>
        {lang === 'ja' ? (
          <p className="note">
            様式のサンプルは、同じ架空の市を 1 事業・1 年度 1 枚の点検シート（常総市の様式）にしたものです。Excel の CSV（Shift_JIS）・Unicode テキスト・Excel ブックが 3 分の 1 ずつ入っています。{' '}
            <a href={SAMPLE_FORMS_URL} download="minato-sample-forms.zip" data-testid="sample-forms-download">
              様式のサンプルをダウンロード（zip）
            </a>
            して、展開したフォルダをそのまま下にドロップしても試せます。
          </p>
        ) : (
          <p className="note">
            The sample as forms is the same fictional city as one evaluation sheet per program and year (the Joso City layout): a third each Excel CSV (Shift_JIS), Unicode
            text and Excel workbooks.{' '}
            <a href={SAMPLE_FORMS_URL} download="minato-sample-forms.zip" data-testid="sample-forms-download">
              Download the forms (zip)
            </a>{' '}
            and drop the unzipped folder below to try it.
          </p>
        )}
        {actionError && (
          <p role="alert" className="state error">
            {L(lang, '操作できませんでした:', 'That did not work:')} {actionError}
          </p>
        )}
      </section>

      <DropZone />
      <UserProfiles />
      {mapping && (
        <Suspense fallback={<p className="state loading">{L(lang, '取込設定の作成画面を開いています…', 'Opening the mapping screen…')}</p>}>
          <MappingDialog key={`${mapping.file.name}#${mapping.sheet ?? ''}`} request={mapping} />
        </Suspense>
      )}

      <div className="grid-counts">
        <section className="panel">
          <TableCounts query={counts} />
        </section>
        <Templates />
      </div>

      {ds.lastReport ? (
        <LastReport report={ds.lastReport} sample={ds.source === 'sample'} />
      ) : (
        ds.phase === 'ready' && <p className="state empty">{L(lang, 'このページを開いてから取り込んだファイルはありません。', 'No files imported since this page was opened.')}</p>
      )}
      <ImportLog />
    </section>
  );
}

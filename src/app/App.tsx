import { TABLE_LABELS_JA } from '../import/schema';
import { TABLE_NAMES } from '../import/types';
import { useDatasetSummary } from './use-dataset-summary';

export function App() {
  const summary = useDatasetSummary();
  return (
    <main className="page">
      <header>
        <h1>Seika 成果 <small>事務事業点検シート ダッシュボード</small></h1>
        <p className="sample-label">サンプルデータ（架空の市。シートNo.124 のみ常総市の実データ） / Sample data: a fictional city</p>
      </header>
      {summary.isPending && <p role="status">DuckDB-WASM を起動し、サンプルデータを読み込んでいます…</p>}
      {summary.isError && <p role="alert">読み込みに失敗しました: {summary.error.message}</p>}
      {summary.data && (
        <table className="counts" data-testid="table-counts">
          <thead>
            <tr>
              <th>表 / table</th>
              <th>行数 / rows</th>
            </tr>
          </thead>
          <tbody>
            {TABLE_NAMES.map((t) => (
              <tr key={t} data-table={t}>
                <th scope="row">{TABLE_LABELS_JA[t]}</th>
                <td data-testid={`count-${t}`}>{summary.data.counts[t].toLocaleString('ja-JP')}</td>
              </tr>
            ))}
            <tr>
              <th scope="row">取込時の指摘 / findings</th>
              <td data-testid="count-findings">{summary.data.findings.toLocaleString('ja-JP')}</td>
            </tr>
            <tr>
              <th scope="row">保留行 / rejected rows</th>
              <td data-testid="count-rejected">{summary.data.rejected.toLocaleString('ja-JP')}</td>
            </tr>
          </tbody>
        </table>
      )}
    </main>
  );
}

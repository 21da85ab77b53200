import { useState } from 'react';
import type { ConsoleOutcome } from '../../console/run-query';
import { resultCsv, resultXlsx } from '../../console/export-result';
import { downloadBlob, downloadText } from '../../export/download';
import { formatNumber } from '../../format/ja';
import { ResultChart } from './ResultChart';
import { ResultGrid } from './ResultGrid';

/** What the last run gave: the grid with its row count and time, export buttons and a chart; or why it gave nothing. */
export function ResultPanel({ outcome }: { outcome: ConsoleOutcome }) {
  const [saving, setSaving] = useState(false);
  if (outcome.kind === 'refused') {
    return (
      <p role="alert" className="state error" data-testid="console-refused">
        {outcome.reason}
      </p>
    );
  }
  if (outcome.kind === 'error') {
    return (
      <div role="alert" className="state error" data-testid="console-error">
        <p>DuckDB がエラーを返しました{outcome.range ? '（エディタの赤い下線の箇所）' : ''}：</p>
        <pre className="error-message">{outcome.message}</pre>
      </div>
    );
  }
  if (outcome.kind === 'cancelled') {
    return (
      <p role="status" className="state empty" data-testid="console-cancelled">
        中止しました（{formatNumber(outcome.elapsedMs)} ms）。
      </p>
    );
  }
  const { result, elapsedMs } = outcome;
  const saveXlsx = async () => {
    setSaving(true);
    try {
      downloadBlob('SQL分析の結果.xlsx', await resultXlsx(result));
    } finally {
      setSaving(false);
    }
  };
  return (
    <>
      <div className="result-meta">
        <span data-testid="result-count" data-rows={result.rowCount}>
          {formatNumber(result.rowCount)}行
        </span>
        <span data-testid="result-elapsed">{formatNumber(elapsedMs)} ms</span>
        {result.truncated && <span className="note">先頭{formatNumber(result.rowCount)}行までを表示しています（それ以降は省略）。</span>}
        <span className="export-tools">
          <button type="button" className="export-button" onClick={() => downloadText('SQL分析の結果.csv', resultCsv(result), 'text/csv;charset=utf-8')} data-testid="result-csv">
            CSVで保存
          </button>
          <button type="button" className="export-button" onClick={() => void saveXlsx()} disabled={saving} data-testid="result-xlsx">
            Excelで保存
          </button>
        </span>
      </div>
      {result.columns.length === 0 ? <p className="note">結果の列はありません。</p> : <ResultGrid result={result} />}
      {result.rowCount > 0 && (
        <details className="panel chart-panel" data-testid="chart-panel">
          <summary>グラフにする</summary>
          <ResultChart result={result} />
        </details>
      )}
    </>
  );
}

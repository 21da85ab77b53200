import { useState } from 'react';
import type { ConsoleOutcome } from '../../console/run-query';
import { resultCsv, resultXlsx } from '../../console/export-result';
import { downloadBlob, downloadText } from '../../export/download';
import { formatNumber } from '../../format/ja';
import { useLang } from '../../app/i18n';
import { ResultChart } from './ResultChart';
import { ResultGrid } from './ResultGrid';

/** What the last run gave: the grid with its row count and time, export buttons and a chart; or why it gave nothing. */
export function ResultPanel({ outcome }: { outcome: ConsoleOutcome }) {
  const [saving, setSaving] = useState(false);
  const lang = useLang();
  const ja = lang === 'ja';
  if (outcome.kind === 'refused') {
    // the guard words its refusals in Japanese (src/console/guard.ts, shared with its tests): marked as such
    return (
      <p role="alert" className="state error" data-testid="console-refused" lang="ja">
        {outcome.reason}
      </p>
    );
  }
  if (outcome.kind === 'error') {
    return (
      <div role="alert" className="state error" data-testid="console-error">
        <p>{ja ? `DuckDB がエラーを返しました${outcome.range ? '（エディタの赤い下線の箇所）' : ''}：` : `DuckDB returned an error${outcome.range ? ' (underlined in red in the editor)' : ''}:`}</p>
        <pre className="error-message" lang="en">
          {outcome.message}
        </pre>
      </div>
    );
  }
  if (outcome.kind === 'cancelled') {
    return (
      <p role="status" className="state empty" data-testid="console-cancelled">
        {ja ? `中止しました（${formatNumber(outcome.elapsedMs)} ms）。` : `Cancelled (${formatNumber(outcome.elapsedMs)} ms).`}
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
          {formatNumber(result.rowCount)}
          {ja ? '行' : ' rows'}
        </span>
        <span data-testid="result-elapsed">{formatNumber(elapsedMs)} ms</span>
        {result.truncated && (
          <span className="note">{ja ? `先頭${formatNumber(result.rowCount)}行までを表示しています（それ以降は省略）。` : `The first ${formatNumber(result.rowCount)} rows are shown (the rest left out).`}</span>
        )}
        <span className="export-tools">
          <button type="button" className="export-button" onClick={() => downloadText('SQL分析の結果.csv', resultCsv(result), 'text/csv;charset=utf-8')} data-testid="result-csv">
            {ja ? 'CSVで保存' : 'Save CSV'}
          </button>
          <button type="button" className="export-button" onClick={() => void saveXlsx()} disabled={saving} data-testid="result-xlsx">
            {ja ? 'Excelで保存' : 'Save Excel'}
          </button>
        </span>
      </div>
      {result.columns.length === 0 ? <p className="note">{ja ? '結果の列はありません。' : 'The result has no columns.'}</p> : <ResultGrid result={result} />}
      {result.rowCount > 0 && (
        <details className="panel chart-panel" data-testid="chart-panel">
          <summary>{ja ? 'グラフにする' : 'Draw a chart'}</summary>
          <ResultChart result={result} />
        </details>
      )}
    </>
  );
}

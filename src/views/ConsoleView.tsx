import { useCallback, useId, useMemo, useRef, useState } from 'react';
import { useLang } from '../app/i18n';
import { useDataset } from '../app/dataset';
import { useScope } from '../app/use-scope';
import { consoleExamples } from '../console/examples';
import { READ_ONLY_NOTE } from '../console/guard';
import type { ConsoleOutcome } from '../console/run-query';
import { completionSchema } from '../console/schema';
import { ExampleList, HistoryList, SavedList } from './console/QueryLists';
import { ResultPanel } from './console/ResultPanel';
import { SchemaBrowser } from './console/SchemaBrowser';
import { SqlEditor, type SqlEditorHandle } from './console/SqlEditor';
import { useConsoleMemory, useConsoleRunner, useSchema } from './console/use-console';
import './console/console.css';

/**
 * SQL分析: a read-only SQL console on the same DuckDB as the dashboard. Loaded as its own chunk (CodeMirror with it),
 * so the other screens' JavaScript does not grow.
 */
export function ConsoleView() {
  const ds = useDataset();
  const lang = useLang();
  const ja = lang === 'ja';
  const keysId = useId();
  const { scope, thresholds } = useScope();
  const memory = useConsoleMemory();
  const schema = useSchema(ds.db, ds.version);
  const completion = useMemo(() => completionSchema(schema ?? []), [schema]);
  const examples = useMemo(() => consoleExamples(scope.year ?? null, thresholds), [scope.year, thresholds]);
  const editor = useRef<SqlEditorHandle>(null);
  const [saveName, setSaveName] = useState('');

  const { record, rememberDraft } = memory;
  const onFinished = useCallback(
    (sql: string, outcome: ConsoleOutcome) =>
      record({
        sql,
        at: new Date().toISOString(),
        outcome: outcome.kind,
        rows: outcome.kind === 'result' ? outcome.result.rowCount : undefined,
        elapsedMs: outcome.kind === 'result' ? outcome.elapsedMs : undefined,
      }),
    [record],
  );
  const { state, run, cancel } = useConsoleRunner(ds.db, onFinished);
  const running = state.phase === 'running';
  const runEditor = useCallback(() => {
    const sql = editor.current?.getText() ?? '';
    rememberDraft(sql);
    void run(sql);
  }, [run, rememberDraft]);
  const pick = (sql: string) => {
    editor.current?.setText(sql);
    editor.current?.focus();
  };
  const saveQuery = () => {
    const name = saveName.trim();
    const sql = editor.current?.getText() ?? '';
    if (!name || !sql.trim()) return;
    memory.save({ name, sql, savedAt: new Date().toISOString() });
    setSaveName('');
  };
  const errorRange = state.phase === 'done' && state.outcome.kind === 'error' ? state.outcome.range : null;

  return (
    <section className="view view-console" data-testid="view-console">
      <h2>{ja ? 'SQL分析' : 'SQL console'}</h2>
      <p className="note">
        {ja ? `取り込んだデータに SQL（DuckDB）で問い合わせます。${READ_ONLY_NOTE}` : 'Ask the imported data in SQL (DuckDB). The console is read-only: it cannot change or delete the imported data. '}
        {ja ? 'Ctrl+Enter（Mac は ⌘+Enter）で実行します。' : 'Ctrl+Enter (⌘+Enter on a Mac) runs.'}
      </p>
      <p className="note" id={keysId}>
        {ja
          ? 'エディタの中で Tab キーは字下げせず、次の操作部品へ移ります。補完の一覧は Esc で閉じます。'
          : 'In the editor, Tab does not indent: it moves to the next control. Esc closes the completion list.'}
      </p>
      <div className="console-layout">
        <aside className="console-side">
          <details className="panel" open>
            <summary>{ja ? '例' : 'Examples'}</summary>
            <ExampleList examples={examples} onPick={pick} />
          </details>
          <details className="panel" open>
            <summary>{ja ? '保存したクエリ' : 'Saved queries'}</summary>
            {memory.loaded && <SavedList saved={memory.loaded.saved} onPick={pick} onRemove={memory.remove} />}
          </details>
          <details className="panel" open>
            <summary>{ja ? 'スキーマ' : 'Schema'}</summary>
            <SchemaBrowser objects={schema} onInsert={(t) => editor.current?.insert(t)} />
          </details>
          <details className="panel">
            <summary>{ja ? '履歴' : 'History'}</summary>
            {memory.loaded && <HistoryList history={memory.loaded.history} onPick={pick} />}
          </details>
        </aside>
        <div className="console-main">
          <div className="panel editor-panel">
            {memory.loaded ? (
              <SqlEditor
                ref={editor}
                initialText={memory.loaded.draft ?? examples[0]!.sql}
                schema={completion}
                error={errorRange}
                onRun={runEditor}
                onChange={rememberDraft}
                describedBy={keysId}
              />
            ) : (
              <p className="note">{ja ? 'エディタを準備しています…' : 'Preparing the editor…'}</p>
            )}
            <div className="editor-tools">
              <button type="button" className="primary-button" onClick={runEditor} disabled={running || ds.phase !== 'ready'} data-testid="console-run">
                {ja ? '実行' : 'Run'}
              </button>
              <button type="button" onClick={() => void cancel()} disabled={!running} data-testid="console-cancel">
                {ja ? '中止' : 'Cancel'}
              </button>
              {running && (
                <span role="status" className="note" data-testid="console-running">
                  {ja ? '実行中…' : 'Running…'}
                </span>
              )}
              {ds.phase !== 'ready' && <span className="note">{ja ? 'データベースを準備しています…' : 'Preparing the database…'}</span>}
              <span className="save-query">
                <input value={saveName} onChange={(e) => setSaveName(e.target.value)} placeholder={ja ? 'クエリの名前' : 'Query name'}
                  aria-label={ja ? '保存するクエリの名前' : 'Name to save the query under'} data-testid="save-name" />
                <button type="button" onClick={saveQuery} disabled={!saveName.trim()} data-testid="save-query">
                  {ja ? '保存' : 'Save'}
                </button>
              </span>
            </div>
          </div>
          <div className="console-result" data-testid="console-result">
            {state.phase === 'done' && <ResultPanel outcome={state.outcome} />}
          </div>
        </div>
      </div>
    </section>
  );
}

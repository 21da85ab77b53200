import { useCallback, useEffect, useRef, useState } from 'react';
import type { ConsoleConnection, Database } from '../../db/database';
import { startConsoleQuery, type ConsoleOutcome, type RunningQuery } from '../../console/run-query';
import { readSchema, type SchemaObject } from '../../console/schema';
import { addToHistory, loadDraft, loadHistory, loadSaved, saveDraft, saveHistory, saveSaved, withSaved, type HistoryEntry, type SavedQuery } from '../../console/storage';

/** One console connection per database, opened on first use and kept for the page's life (like the database). */
const connections = new WeakMap<Database, Promise<ConsoleConnection>>();

function consoleConnection(db: Database): Promise<ConsoleConnection> {
  let conn = connections.get(db);
  if (!conn) {
    conn = db.openConsole();
    connections.set(db, conn);
  }
  return conn;
}

/** The catalogue, read again whenever the data changes (an import replaces tables). */
export function useSchema(db: Database | null, version: string | null): SchemaObject[] | null {
  const [schema, setSchema] = useState<{ key: string; objects: SchemaObject[] } | null>(null);
  const key = `${version}`;
  useEffect(() => {
    if (!db) return;
    let live = true;
    readSchema(db).then(
      (objects) => live && setSchema({ key, objects }),
      () => live && setSchema({ key, objects: [] }),
    );
    return () => {
      live = false;
    };
  }, [db, key]);
  return schema?.objects ?? null;
}

export type RunState = { phase: 'idle' } | { phase: 'running'; sql: string } | { phase: 'done'; sql: string; outcome: ConsoleOutcome };

/** Runs one query at a time on the console connection; cancel() stops the running one. Each finished run is reported. */
export function useConsoleRunner(db: Database | null, onFinished: (sql: string, outcome: ConsoleOutcome) => void) {
  const [state, setState] = useState<RunState>({ phase: 'idle' });
  const running = useRef<RunningQuery | null>(null);
  // a cancel clicked while the console connection is still opening, before there is a query to cancel
  const cancelAsked = useRef(false);
  const finished = useRef(onFinished);
  useEffect(() => {
    finished.current = onFinished;
  }, [onFinished]);

  const run = useCallback(
    async (sql: string) => {
      if (!db || running.current) return;
      setState({ phase: 'running', sql });
      cancelAsked.current = false;
      const conn = await consoleConnection(db);
      const query = startConsoleQuery(conn, sql);
      running.current = query;
      if (cancelAsked.current) void query.cancel();
      const outcome = await query.done;
      running.current = null;
      setState({ phase: 'done', sql, outcome });
      finished.current(sql, outcome);
    },
    [db],
  );
  const cancel = useCallback(async () => {
    cancelAsked.current = true;
    await running.current?.cancel();
  }, []);
  return { state, run, cancel };
}

/** The editor's last text, the history and the saved queries, loaded from IndexedDB and written back on change. */
export function useConsoleMemory() {
  const [loaded, setLoaded] = useState<{ draft: string | null; history: HistoryEntry[]; saved: SavedQuery[] } | null>(null);
  useEffect(() => {
    let live = true;
    Promise.all([loadDraft(), loadHistory(), loadSaved()]).then(
      ([draft, history, saved]) => live && setLoaded({ draft, history, saved }),
      // IndexedDB may be unavailable (private mode in some browsers): the console still works, it just forgets
      () => live && setLoaded({ draft: null, history: [], saved: [] }),
    );
    return () => {
      live = false;
    };
  }, []);

  const draftTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const rememberDraft = useCallback((sql: string) => {
    clearTimeout(draftTimer.current);
    draftTimer.current = setTimeout(() => void saveDraft(sql).catch(() => undefined), 300);
  }, []);

  const record = useCallback((entry: HistoryEntry) => {
    setLoaded((m) => {
      if (!m) return m;
      const history = addToHistory(m.history, entry);
      void saveHistory(history).catch(() => undefined);
      return { ...m, history };
    });
  }, []);

  const save = useCallback((query: SavedQuery) => {
    setLoaded((m) => {
      if (!m) return m;
      const saved = withSaved(m.saved, query);
      void saveSaved(saved).catch(() => undefined);
      return { ...m, saved };
    });
  }, []);

  const remove = useCallback((name: string) => {
    setLoaded((m) => {
      if (!m) return m;
      const saved = m.saved.filter((s) => s.name !== name);
      void saveSaved(saved).catch(() => undefined);
      return { ...m, saved };
    });
  }, []);

  return { loaded, rememberDraft, record, save, remove };
}

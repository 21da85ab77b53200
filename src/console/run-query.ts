import type { ConsoleConnection, ConsoleResult } from '../db/database';
import { errorRange, type ErrorRange } from './error-position';
import { checkConsoleSql } from './guard';

/** What became of one console run. */
export type ConsoleOutcome =
  | { kind: 'result'; result: ConsoleResult; elapsedMs: number }
  | { kind: 'refused'; reason: string }
  | { kind: 'error'; message: string; range: ErrorRange | null; elapsedMs: number }
  | { kind: 'cancelled'; elapsedMs: number };

/** The console keeps at most this many rows (the grid stays smooth at far more, but memory does not). */
export const MAX_CONSOLE_ROWS = 1_000_000;

/** How often a cancel is asked again while the query has not ended. */
const CANCEL_RETRY_MS = 200;

export interface RunningQuery {
  done: Promise<ConsoleOutcome>;
  cancel(): Promise<void>;
}

/**
 * Runs one console statement safely: the guard (./guard.ts), then DuckDB's own check that it is a single statement,
 * then the statement inside BEGIN … ROLLBACK on the console's own connection — so a write that got past the guard
 * is undone before anyone else can see it. The rollback happens whatever the outcome.
 */
export function startConsoleQuery(conn: ConsoleConnection, sql: string, maxRows = MAX_CONSOLE_ROWS): RunningQuery {
  let cancelled = false;
  const done = (async (): Promise<ConsoleOutcome> => {
    const verdict = checkConsoleSql(sql);
    if (!verdict.ok) return { kind: 'refused', reason: verdict.reason };
    const started = performance.now();
    const elapsed = () => Math.round(performance.now() - started);
    try {
      await conn.checkOneStatement(sql);
    } catch (e) {
      const message = (e as Error).message;
      if (/multiple statements/i.test(message)) return { kind: 'refused', reason: '一度に実行できるのは1つの文だけです。' };
      return { kind: 'error', message, range: errorRange(message, sql), elapsedMs: elapsed() };
    }
    // a cancel that came while the statement was being checked: never start it
    if (cancelled) return { kind: 'cancelled', elapsedMs: elapsed() };
    try {
      const result = await runRolledBack(conn, sql, maxRows);
      return cancelled ? { kind: 'cancelled', elapsedMs: elapsed() } : { kind: 'result', result, elapsedMs: elapsed() };
    } catch (e) {
      if (cancelled) return { kind: 'cancelled', elapsedMs: elapsed() };
      const message = (e as Error).message;
      return { kind: 'error', message, range: errorRange(message, sql), elapsedMs: elapsed() };
    }
  })();
  return {
    done,
    async cancel() {
      cancelled = true;
      // DuckDB-WASM can only cancel a query its worker is already polling; a cancel sent a moment earlier (while the
      // statement is still on its way) finds nothing and the query would run on. So ask again until it has ended.
      let ended = false;
      void done.finally(() => {
        ended = true;
      });
      while (!ended) {
        await conn.cancel();
        await Promise.race([done, new Promise((resolve) => setTimeout(resolve, CANCEL_RETRY_MS))]);
      }
    },
  };
}

/**
 * The last lock, on its own (tests call it with SQL the guard would refuse): the statement runs in a transaction
 * that is rolled back whatever happens, so nothing it wrote outlives it.
 */
export async function runRolledBack(conn: ConsoleConnection, sql: string, maxRows: number): Promise<ConsoleResult> {
  await beginTransaction(conn);
  try {
    return await conn.query(sql, maxRows);
  } finally {
    await rollback(conn);
  }
}

async function beginTransaction(conn: ConsoleConnection): Promise<void> {
  try {
    await conn.exec('BEGIN TRANSACTION');
  } catch {
    // a transaction left open (a cancel at the wrong moment): end it, then start ours
    await rollback(conn);
    await conn.exec('BEGIN TRANSACTION');
  }
}

async function rollback(conn: ConsoleConnection): Promise<void> {
  try {
    await conn.exec('ROLLBACK');
  } catch {
    // 'no transaction is active': a failed or cancelled query may already have ended it
  }
}

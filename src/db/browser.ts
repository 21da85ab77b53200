import * as duckdb from '@duckdb/duckdb-wasm';
// Bundled by Vite from node_modules: nothing is fetched from a CDN (city networks are closed).
import mvpWasm from '@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url';
import mvpWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import type { Database, SqlValue } from './database';
import { EXPORT_CSV_OPTIONS, QUERY_CONFIG, STARTUP_SQL } from './database';
import { collectColumns, toPlainRows } from './plain-rows';

const BUNDLES: duckdb.DuckDBBundles = {
  mvp: { mainModule: mvpWasm, mainWorker: mvpWorker },
  eh: { mainModule: ehWasm, mainWorker: ehWorker },
};

/** instantiateStreaming has no fallback when the server sends the wrong MIME type (duckdb-wasm#1201): fail clearly. */
const INSTANTIATE_TIMEOUT_MS = 60_000;

/** DuckDB-WASM in a Web Worker. Call once per page (see ./shared.ts). */
export async function openBrowserDatabase(): Promise<Database> {
  performance.mark('duckdb-start');
  const bundle = await duckdb.selectBundle(BUNDLES);
  const worker = new Worker(bundle.mainWorker!);
  const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
  await withTimeout(
    db.instantiate(bundle.mainModule, bundle.pthreadWorker),
    INSTANTIATE_TIMEOUT_MS,
    'DuckDB-WASM の起動がタイムアウトしました（.wasm が application/wasm で配信されているか確認してください）',
  );
  await db.open({ query: QUERY_CONFIG });
  performance.mark('duckdb-ready'); // read by bench/ui.bench.ts and the e2e tests: the floor of the first paint
  const conn = await db.connect();
  for (const sql of STARTUP_SQL) await conn.query(sql);
  let exports = 0;

  return {
    async run<T>(sql: string, params: readonly SqlValue[] = []) {
      if (params.length === 0) return toPlainRows<T>(await conn.query(sql));
      const stmt = await conn.prepare(sql);
      try {
        return toPlainRows<T>(await stmt.query(...params));
      } finally {
        await stmt.close();
      }
    },
    async exec(sql: string) {
      await conn.query(sql);
    },
    async registerText(name: string, text: string) {
      await db.registerFileText(name, text);
    },
    async registerBuffer(name: string, bytes: Uint8Array) {
      await db.registerFileBuffer(name, bytes);
    },
    async dropFile(name: string) {
      await db.dropFile(name);
    },
    async exportCsv(sql: string) {
      // COPY writes into a buffer the worker holds in memory; copied out, then dropped
      const name = `seika-export-${++exports}.csv`;
      await db.registerEmptyFileBuffer(name);
      try {
        await conn.query(`COPY (${sql}) TO '${name}' ${EXPORT_CSV_OPTIONS}`);
        return await db.copyFileToBuffer(name);
      } finally {
        await db.dropFile(name);
      }
    },
    async close() {
      await conn.close();
      await db.terminate();
    },
    async openConsole() {
      const consoleConn = await db.connect();
      for (const sql of STARTUP_SQL) await consoleConn.query(sql);
      return {
        async checkOneStatement(sql: string) {
          const stmt = await consoleConn.prepare(sql);
          await stmt.close();
        },
        async exec(sql: string) {
          await consoleConn.query(sql);
        },
        async query(sql: string, maxRows: number) {
          // send() polls the pending query step by step in the worker, so cancelSent() can stop it between steps.
          const reader = await consoleConn.send(sql, true);
          const result = await collectColumns(reader, maxRows);
          if (result.truncated) await consoleConn.cancelSent();
          return result;
        },
        cancel: () => consoleConn.cancelSent(),
        close: () => consoleConn.close(),
      };
    },
  };
}

function withTimeout<T>(p: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(message)), ms);
  });
  return Promise.race([p, timeout]).finally(() => clearTimeout(timer));
}

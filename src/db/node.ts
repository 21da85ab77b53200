import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import type { Database, SqlValue } from './database';
import { EXPORT_CSV_OPTIONS, QUERY_CONFIG, STARTUP_SQL } from './database';
import { collectColumns, toPlainRows } from './plain-rows';

/**
 * DuckDB-WASM in Node through the blocking build (synchronous calls, wrapped in promises for the shared interface).
 * Used by the command line, benchmarks and tests. ~1.6–2 s to start: open one per process or test file.
 */
export async function openNodeDatabase(): Promise<Database> {
  const require = createRequire(import.meta.url);
  const duckdb = require('@duckdb/duckdb-wasm/dist/duckdb-node-blocking.cjs') as typeof import('@duckdb/duckdb-wasm/blocking');
  const dist = path.dirname(require.resolve('@duckdb/duckdb-wasm/dist/duckdb-node-blocking.cjs'));
  const bundles = {
    mvp: { mainModule: path.join(dist, 'duckdb-mvp.wasm'), mainWorker: path.join(dist, 'duckdb-node-mvp.worker.cjs') },
    eh: { mainModule: path.join(dist, 'duckdb-eh.wasm'), mainWorker: path.join(dist, 'duckdb-node-eh.worker.cjs') },
  };
  const db = await duckdb.createDuckDB(bundles, new duckdb.VoidLogger(), duckdb.NODE_RUNTIME);
  await db.instantiate();
  db.open({ query: QUERY_CONFIG });
  const conn = db.connect();
  for (const sql of STARTUP_SQL) conn.query(sql);

  return {
    async run<T>(sql: string, params: readonly SqlValue[] = []) {
      if (params.length === 0) return toPlainRows<T>(conn.query(sql));
      const stmt = conn.prepare(sql);
      try {
        return toPlainRows<T>(stmt.query(...params));
      } finally {
        stmt.close();
      }
    },
    async exec(sql: string) {
      conn.query(sql);
    },
    async registerText(name: string, text: string) {
      db.registerFileText(name, text);
    },
    async registerBuffer(name: string, bytes: Uint8Array) {
      db.registerFileBuffer(name, bytes);
    },
    async dropFile(name: string) {
      db.dropFile(name);
    },
    async exportCsv(sql: string) {
      // the blocking build writes through Node's file system: a private folder, read back and removed
      const dir = mkdtempSync(path.join(os.tmpdir(), 'seika-export-'));
      try {
        const file = path.join(dir, 'export.csv');
        conn.query(`COPY (${sql}) TO '${file.replace(/'/g, "''")}' ${EXPORT_CSV_OPTIONS}`);
        return new Uint8Array(readFileSync(file));
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
    async close() {
      conn.close();
      db.reset();
    },
    async openConsole() {
      const consoleConn = db.connect();
      for (const sql of STARTUP_SQL) consoleConn.query(sql);
      return {
        async checkOneStatement(sql: string) {
          consoleConn.prepare(sql).close();
        },
        async exec(sql: string) {
          consoleConn.query(sql);
        },
        async query(sql: string, maxRows: number) {
          return collectColumns(await consoleConn.send(sql, true), maxRows);
        },
        // the blocking build runs each query to its end before returning: there is never one to cancel
        cancel: async () => false,
        close: async () => consoleConn.close(),
      };
    },
  };
}

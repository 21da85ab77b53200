import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { unlink } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {
  DuckDBConnection,
  DuckDBInstance,
  DuckDBTypeId,
  type DuckDBResultReader,
  type DuckDBType,
  type DuckDBValue,
  type JS,
} from '@duckdb/node-api';
import type { ConsoleColumn, ConsoleConnection, Database, Row, SqlValue } from './database';
import { EXPORT_CSV_OPTIONS, STARTUP_SQL } from './database';

/**
 * Native DuckDB (@duckdb/node-api: a prebuilt binary inside its npm package, multi-threaded) behind the same Database
 * interface as DuckDB-WASM: what the command line runs on. Start-up is ~0.1 s instead of ~2 s, and it is not bound
 * by a browser's 4 GB. Rows come back exactly as src/db/plain-rows.ts gives them from the wasm build (the shared
 * SQL suite runs on both engines, test/support/node-db.ts).
 */
export async function openNativeDatabase(options: { onDisk?: boolean } = {}): Promise<Database> {
  // registerText has no virtual file system here: the texts go into a private folder that read_csv searches.
  const files = mkdtempSync(path.join(os.tmpdir(), 'seika-duckdb-'));
  // On disk (in that folder, removed at close), DuckDB's buffer manager can evict and spill under its memory limit:
  // what lets analyze and briefing hold a whole country's rows (docs/analyses.md, 'Scale'). :memory: for small work.
  // Its limit leaves room for the JavaScript heap beside it (scripts/cli.mjs gives analyze and briefing half the
  // machine): DuckDB's default, 80 % of the memory, would let the two together run the machine out.
  const instance = options.onDisk
    ? await DuckDBInstance.create(path.join(files, 'seika.duckdb'), { memory_limit: `${Math.floor((os.totalmem() * 0.3) / 1048576)}MB` })
    : await DuckDBInstance.create(':memory:');
  const conn = await instance.connect();
  const fileSearchPath = `SET file_search_path = '${files.replace(/'/g, "''")}'`;
  for (const sql of [...STARTUP_SQL, fileSearchPath]) await conn.run(sql);
  const removeFiles = () => rmSync(files, { recursive: true, force: true });
  process.once('exit', removeFiles);
  let exports = 0;

  return {
    async run<T>(sql: string, params: readonly SqlValue[] = []) {
      const reader = await conn.runAndReadAll(sql, params.length ? (params as DuckDBValue[]) : undefined);
      return toPlainRows<T>(reader);
    },
    async exec(sql: string) {
      await conn.run(sql);
    },
    async registerText(name: string, text: string) {
      writeFileSync(path.join(files, checkedName(name)), text, 'utf8');
    },
    async registerBuffer(name: string, bytes: Uint8Array) {
      writeFileSync(path.join(files, checkedName(name)), bytes);
    },
    async dropFile(name: string) {
      await unlink(path.join(files, checkedName(name))).catch(() => undefined);
    },
    async exportCsv(sql: string) {
      const file = path.join(files, `seika-export-${++exports}.csv`);
      try {
        await conn.run(`COPY (${sql}) TO '${file.replace(/'/g, "''")}' ${EXPORT_CSV_OPTIONS}`);
        return new Uint8Array(readFileSync(file));
      } finally {
        rmSync(file, { force: true });
      }
    },
    async close() {
      conn.closeSync();
      instance.closeSync();
      removeFiles();
      process.off('exit', removeFiles);
    },
    async openConsole() {
      const consoleConn = await DuckDBConnection.create(instance);
      for (const sql of [...STARTUP_SQL, fileSearchPath]) await consoleConn.run(sql);
      return nativeConsole(consoleConn);
    },
  };
}

/** A registered name is a plain file name (the app's are `seika_bulk_1.csv`), never a path out of the folder. */
function checkedName(name: string): string {
  if (name !== path.basename(name) || name.startsWith('.')) throw new Error(`not a plain file name: ${name}`);
  return name;
}

function toPlainRows<T>(reader: DuckDBResultReader): T[] {
  const names = reader.columnNames();
  const types = reader.columnTypes();
  const columns = reader.getColumnsJS();
  const out: T[] = new Array(reader.currentRowCount);
  for (let i = 0; i < reader.currentRowCount; i++) {
    const row: Row = {};
    for (let c = 0; c < names.length; c++) row[names[c]!] = toPlainValue(columns[c]![i]!, types[c]!);
    out[i] = row as T;
  }
  return out;
}

/**
 * The JS values of node-api → the values plain-rows.ts makes of the wasm build's Arrow: BIGINT/HUGEINT/DECIMAL as
 * numbers (the wasm opens with castBigIntToDouble/castDecimalToDouble), DATE as 'YYYY-MM-DD', TIMESTAMP as DuckDB
 * writes it without a zone (both come as UTC Date objects), lists as arrays and structs as objects, recursively.
 */
function toPlainValue(value: JS, type: DuckDBType): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value === 'bigint') return Number(value);
  switch (type.typeId) {
    case DuckDBTypeId.DATE:
      return (value as Date).toISOString().slice(0, 10);
    case DuckDBTypeId.TIMESTAMP:
    case DuckDBTypeId.TIMESTAMP_MS:
    case DuckDBTypeId.TIMESTAMP_S:
      return (value as Date).toISOString().replace('T', ' ').replace(/(\.000)?Z$/, '');
    case DuckDBTypeId.LIST:
    case DuckDBTypeId.ARRAY: {
      const child = (type as unknown as { valueType: DuckDBType }).valueType;
      return (value as JS[]).map((v) => toPlainValue(v, child));
    }
    case DuckDBTypeId.STRUCT: {
      const t = type as unknown as { entryNames: string[]; entryTypes: DuckDBType[] };
      const obj: Row = {};
      t.entryNames.forEach((name, i) => (obj[name] = toPlainValue((value as Record<string, JS>)[name]!, t.entryTypes[i]!)));
      return obj;
    }
    default:
      return value;
  }
}

const NUMERIC = new Set([
  DuckDBTypeId.TINYINT, DuckDBTypeId.SMALLINT, DuckDBTypeId.INTEGER, DuckDBTypeId.BIGINT, DuckDBTypeId.HUGEINT,
  DuckDBTypeId.UTINYINT, DuckDBTypeId.USMALLINT, DuckDBTypeId.UINTEGER, DuckDBTypeId.UBIGINT, DuckDBTypeId.UHUGEINT,
  DuckDBTypeId.FLOAT, DuckDBTypeId.DOUBLE, DuckDBTypeId.DECIMAL,
]);

/** The console's connection on the native engine (the app's console runs on the wasm; this keeps the interface whole). */
function nativeConsole(conn: DuckDBConnection): ConsoleConnection {
  return {
    async checkOneStatement(sql: string) {
      (await conn.prepare(sql)).destroySync();
    },
    async exec(sql: string) {
      await conn.run(sql);
    },
    async query(sql: string, maxRows: number) {
      const reader = await conn.streamAndReadUntil(sql, maxRows + 1);
      const types = reader.columnTypes();
      const rowCount = Math.min(reader.currentRowCount, maxRows);
      const values = reader.getColumnsJS().map((col, c) => col.slice(0, rowCount).map((v) => toPlainValue(v, types[c]!)));
      const columns: ConsoleColumn[] = reader.columnNames().map((name, c) => ({ name, type: types[c]!.toString(), numeric: NUMERIC.has(types[c]!.typeId) }));
      return { columns, values, rowCount, truncated: reader.currentRowCount > maxRows };
    },
    // queries run to their end before the promise resolves; interrupt() would stop one, but none is ever pending here
    cancel: async () => false,
    close: async () => conn.closeSync(),
  };
}

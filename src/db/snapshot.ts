import type { Database } from './database';

/**
 * A whole database as one DuckDB file: every table (imported rows, bookkeeping and the analyses' prepared tables)
 * and every macro, exactly as they are. The bundled sample ships so (built at `npm run build` by
 * scripts/build-sample.ts): a cold visit copies it in instead of importing and preparing the CSV files again.
 *
 * Written by native DuckDB (1.5; the wasm build in Node leaves its rows in a .wal beside an empty file) in the storage
 * format of v1.0.0, which DuckDB-WASM 1.4 reads: a newer engine's default format could be one the browser cannot open.
 * test/sql/sample-database.test.ts opens the file on the wasm and compares it with the wasm's own import, row for row.
 */
const ALIAS = 'seika_snapshot';
/** the oldest format DuckDB 1.x reads and writes: every engine of ours opens it */
const STORAGE_VERSION = 'v1.0.0';

/** Writes every table and macro of the open database into a new DuckDB file at `path` (a path the engine can write). */
export async function writeSnapshot(db: Database, path: string): Promise<void> {
  await db.exec(`ATTACH ${quote(path)} AS ${ALIAS} (STORAGE_VERSION '${STORAGE_VERSION}'); COPY FROM DATABASE memory TO ${ALIAS}; DETACH ${ALIAS};`);
}

/**
 * Replaces everything in the open database with the snapshot's tables and macros. `fileName` is a file the engine
 * can open: a registered buffer in the browser, a path in Node. Attached read-only and copied into memory, so the
 * app's queries, the console and a later import of the user's files work on plain in-memory tables as before.
 */
export async function loadSnapshot(db: Database, fileName: string): Promise<void> {
  await dropEverything(db);
  await db.exec(`ATTACH ${quote(fileName)} AS ${ALIAS} (READ_ONLY); COPY FROM DATABASE ${ALIAS} TO memory; DETACH ${ALIAS};`);
}

/** Every user table, view and macro of the in-memory database (the analyses' and the import's). */
export async function dropEverything(db: Database): Promise<void> {
  const macros = await db.run<{ name: string; kind: string }>(
    `-- snapshot-macros
SELECT DISTINCT function_name AS name, function_type AS kind FROM duckdb_functions()
WHERE database_name = 'memory' AND schema_name = 'main' AND NOT internal AND function_type IN ('macro', 'table_macro')`,
  );
  for (const m of macros) await db.exec(`DROP ${m.kind === 'table_macro' ? 'MACRO TABLE' : 'MACRO'} IF EXISTS ${ident(m.name)}`);
  const relations = await db.run<{ name: string; kind: string }>(
    `-- snapshot-relations
SELECT view_name AS name, 'VIEW' AS kind FROM duckdb_views() WHERE database_name = 'memory' AND schema_name = 'main' AND NOT internal
UNION ALL
SELECT table_name, 'TABLE' FROM duckdb_tables() WHERE database_name = 'memory' AND schema_name = 'main'`,
  );
  for (const r of relations) await db.exec(`DROP ${r.kind} IF EXISTS ${ident(r.name)} CASCADE`);
}

const quote = (s: string) => `'${s.replace(/'/g, "''")}'`;
const ident = (s: string) => `"${s.replace(/"/g, '""')}"`;

import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { openNodeDatabase } from '../../src/db/node';
import { openNativeDatabase } from '../../src/db/native';
import type { Database } from '../../src/db/database';
import type { InputFile } from '../../src/import/types';
import { ORPHAN_MARK } from '../../src/import/orphans';

/**
 * The engine the SQL suite runs on: DuckDB-WASM (the browser's engine, in Node) or native DuckDB (the command line's).
 * vitest.config.ts runs test/sql/ once per engine (projects sql-wasm and sql-native, SEIKA_ENGINE), as duckdb-wasm's
 * own suite runs one set of tests on each of its builds: the same SQL, the same expected figures, so the two cannot drift.
 */
export type Engine = 'wasm' | 'native';
export const ENGINE: Engine = process.env.SEIKA_ENGINE === 'native' ? 'native' : 'wasm';

/** One real database per test file (the wasm takes ~1.5 s to start, the native ~0.1 s). */
export async function freshDatabase(engine: Engine = ENGINE): Promise<Database> {
  return engine === 'native' ? openNativeDatabase() : openNodeDatabase();
}

export async function resetDatabase(db: Database): Promise<void> {
  for (const t of ['sheets', 'activities', 'outputs', 'outcomes', 'reviews', 'program_money', 'imports', 'import_files', 'findings', 'rejected_rows']) {
    await db.exec(`DROP TABLE IF EXISTS ${t}`);
  }
}

export async function readFolder(dir: string, prefix = ''): Promise<InputFile[]> {
  const names = (await readdir(dir)).filter((n) => /\.(csv|tsv|txt)$/i.test(n)).sort();
  return Promise.all(names.map(async (n) => ({ name: prefix + n, bytes: new Uint8Array(await readFile(path.join(dir, n))) })));
}

export function utf8(text: string, { bom = false } = {}): Uint8Array {
  const body = new TextEncoder().encode(text);
  if (!bom) return body;
  const out = new Uint8Array(body.length + 3);
  out.set([0xef, 0xbb, 0xbf]);
  out.set(body, 3);
  return out;
}

export function file(name: string, text: string, opts?: { bom?: boolean }): InputFile {
  return { name, bytes: utf8(text, opts) };
}

export async function count(db: Database, table: string): Promise<number> {
  const [r] = await db.run<{ n: number }>(`SELECT count(*) AS n FROM ${table}`);
  return r!.n;
}

/**
 * Tests about other things import outcome or activity files without their sheets: the import then also warns that the
 * rows belong to no sheet (src/import/orphans.ts). Such tests set that warning aside with this; the orphan tests
 * assert it.
 */
export function setOrphansAside<R extends { files: { findings: { message: string }[] }[] }>(report: R): R {
  for (const f of report.files) f.findings = f.findings.filter((x) => !x.message.startsWith(ORPHAN_MARK));
  return report;
}
export const NOT_ORPHAN_SQL = `message NOT LIKE '${ORPHAN_MARK}%'`;

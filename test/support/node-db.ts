import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { openNodeDatabase } from '../../src/db/node';
import type { Database } from '../../src/db/database';
import type { InputFile } from '../../src/import/types';

/** One real DuckDB-WASM per test file (it takes ~1.5 s to start). */
export async function freshDatabase(): Promise<Database> {
  return openNodeDatabase();
}

export async function resetDatabase(db: Database): Promise<void> {
  for (const t of ['sheets', 'activities', 'outputs', 'outcomes', 'reviews', 'imports', 'import_files', 'findings', 'rejected_rows']) {
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

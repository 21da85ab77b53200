import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { InputFile } from '../import/types';

const DATA_EXTENSIONS = new Set(['.csv', '.tsv', '.txt']);

/** Files named on the command line, and the CSV/TSV/TXT files inside named folders (recursively, sorted). */
export async function readInputs(paths: readonly string[]): Promise<InputFile[]> {
  const files: string[] = [];
  for (const p of paths) await collect(p, files, true);
  return Promise.all(files.map(async (f) => ({ name: f, bytes: new Uint8Array(await readFile(f)) })));
}

async function collect(p: string, out: string[], named: boolean): Promise<void> {
  const s = await stat(p);
  if (s.isDirectory()) {
    const entries = (await readdir(p)).sort();
    for (const e of entries) await collect(path.join(p, e), out, false);
  } else if (named || DATA_EXTENSIONS.has(path.extname(p).toLowerCase())) {
    out.push(p);
  }
}

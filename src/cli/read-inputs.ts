import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { isSystemFile } from '../import/sources/archive';
import type { UnreadFile } from '../import/types';

/** What a folder's files may be: tables and forms as text, workbooks, web pages, JSON records, and zips of any of them. */
export const DATA_EXTENSIONS = new Set(['.csv', '.tsv', '.txt', '.xlsx', '.xlsm', '.xls', '.ods', '.html', '.htm', '.json', '.zip']);

export interface Inputs {
  /** read one at a time as the import reaches them: a folder of gigabytes is never in memory at once */
  files: UnreadFile[];
  /** files inside named folders that were not read, with why: listed by name, never silently left out */
  skipped: { file: string; reason: string }[];
}

/** Files named on the command line (whatever their extension), and the data files inside named folders (recursively, sorted). */
export async function readInputs(paths: readonly string[]): Promise<Inputs> {
  const names: string[] = [];
  const skipped: Inputs['skipped'] = [];
  for (const p of paths) await collect(p, names, skipped, true);
  const files = names.map((f) => ({ name: f, read: async () => new Uint8Array(await readFile(f)) }));
  return { files, skipped };
}

async function collect(p: string, out: string[], skipped: Inputs['skipped'], named: boolean): Promise<void> {
  const s = await stat(p);
  if (s.isDirectory()) {
    const entries = (await readdir(p)).sort();
    for (const e of entries) await collect(path.join(p, e), out, skipped, false);
  } else if (named) {
    out.push(p);
  } else if (isSystemFile(p.split(path.sep).join('/'))) {
    // .DS_Store, Thumbs.db, Excel's ~$ lock files: never data, not worth a line.
  } else if (DATA_EXTENSIONS.has(path.extname(p).toLowerCase())) {
    out.push(p);
  } else {
    const ext = path.extname(p).toLowerCase() || '（拡張子なし）';
    skipped.push({ file: p, reason: `${ext} は取り込めるファイル（${[...DATA_EXTENSIONS].join(' ')}）ではありません` });
  }
}

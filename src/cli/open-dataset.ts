import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Database } from '../db/database';
import { openNodeDatabase } from '../db/node';
import { prepareAnalyses } from '../analyses/setup';
import { importFiles } from '../import/import-files';
import type { ImportReport } from '../import/types';
import { readInputs } from './read-inputs';

const KEYWORDS = fileURLToPath(new URL('../../data/direction-keywords.csv', import.meta.url));

/** Node DuckDB-WASM with the given files imported and the analyses ready: what analyze and briefing start from. */
export async function openDataset(paths: readonly string[]): Promise<{ db: Database; report: ImportReport }> {
  const inputs = await readInputs(paths);
  const db = await openNodeDatabase();
  const report = await importFiles(db, inputs);
  await prepareAnalyses(db, await readFile(KEYWORDS, 'utf8'));
  return { db, report };
}

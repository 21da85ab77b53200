import { readFile } from 'node:fs/promises';
import type { Database } from '../db/database';
import { openNativeDatabase } from '../db/native';
import { prepareAnalyses } from '../analyses/setup';
import { importFiles } from '../import/import-files';
import type { ImportReport } from '../import/types';
import { readInputs } from './read-inputs';
import { repoPath } from './repo-path';

const KEYWORDS = repoPath('data/direction-keywords.csv');

/** Native DuckDB (src/db/native.ts) with the given files imported and the analyses ready: what analyze and briefing start from. */
export async function openDataset(paths: readonly string[]): Promise<{ db: Database; report: ImportReport }> {
  const inputs = await readInputs(paths);
  const db = await openNativeDatabase();
  const report = await importFiles(db, inputs);
  await prepareAnalyses(db, await readFile(KEYWORDS, 'utf8'));
  return { db, report };
}

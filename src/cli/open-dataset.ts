import { readFile } from 'node:fs/promises';
import type { Database } from '../db/database';
import { openNativeDatabase } from '../db/native';
import { prepareAnalyses } from '../analyses/setup';
import { importFiles } from '../import/import-files';
import type { ImportReport } from '../import/types';
import { readFormTemplates } from './form-templates';
import { readImportProfiles } from './import-profiles';
import { readInputs, type Inputs } from './read-inputs';
import { repoPath } from './repo-path';

const KEYWORDS = repoPath('data/direction-keywords.csv');
const OUTPUT_KEYWORDS = repoPath('data/output-keywords.csv');

export interface Dataset {
  db: Database;
  report: ImportReport;
  skipped: Inputs['skipped'];
}

/**
 * Native DuckDB (src/db/native.ts) with the given files imported (tables; forms read with data/forms/ templates; a
 * city's own layouts with data/profiles/ and --profile) and the analyses ready: what analyze and briefing start from.
 */
export async function openDataset(paths: readonly string[], options: { profile?: string } = {}): Promise<Dataset> {
  const { files, skipped } = await readInputs(paths);
  const profiles = await readImportProfiles(options.profile ? [options.profile] : []);
  const db = await openNativeDatabase({ onDisk: true });
  const report = await importFiles(db, files, { templates: await readFormTemplates(), profiles });
  await prepareAnalyses(db, await readFile(KEYWORDS, 'utf8'), await readFile(OUTPUT_KEYWORDS, 'utf8'));
  return { db, report, skipped };
}

import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Database } from '../db/database';
import { openNodeDatabase } from '../db/node';
import { prepareAnalyses } from '../analyses/setup';
import { importFiles } from '../import/import-files';
import type { ImportReport } from '../import/types';
import { readFormTemplates } from './form-templates';
import { readInputs, type Inputs } from './read-inputs';

const KEYWORDS = fileURLToPath(new URL('../../data/direction-keywords.csv', import.meta.url));

export interface Dataset {
  db: Database;
  report: ImportReport;
  skipped: Inputs['skipped'];
}

/**
 * Node DuckDB-WASM with the given files imported (tables, and forms read with data/forms/ templates) and the
 * analyses ready: what analyze and briefing start from.
 */
export async function openDataset(paths: readonly string[]): Promise<Dataset> {
  const { files, skipped } = await readInputs(paths);
  const db = await openNodeDatabase();
  const report = await importFiles(db, files, { templates: await readFormTemplates() });
  await prepareAnalyses(db, await readFile(KEYWORDS, 'utf8'));
  return { db, report, skipped };
}

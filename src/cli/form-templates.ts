import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { repoPath } from './repo-path';
import { loadFormTemplate } from '../import/forms/load-template';
import type { FormTemplate } from '../import/forms/template';

export const FORMS_DIR = repoPath('data/forms');

/** The form templates of data/forms/, as the app bundles them: every .json file there, validated. */
export async function readFormTemplates(dir = FORMS_DIR): Promise<FormTemplate[]> {
  const names = (await readdir(dir)).filter((n) => n.endsWith('.json')).sort();
  return Promise.all(names.map(async (n) => loadFormTemplate(JSON.parse(await readFile(path.join(dir, n), 'utf8')), `data/forms/${n}`)));
}

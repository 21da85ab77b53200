import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadFormTemplate } from '../import/forms/load-template';
import type { FormTemplate } from '../import/forms/template';

export const FORMS_DIR = fileURLToPath(new URL('../../data/forms/', import.meta.url));

/** The form templates of data/forms/, as the app bundles them: every .json file there, validated. */
export async function readFormTemplates(dir = FORMS_DIR): Promise<FormTemplate[]> {
  const names = (await readdir(dir)).filter((n) => n.endsWith('.json')).sort();
  return Promise.all(names.map(async (n) => loadFormTemplate(JSON.parse(await readFile(path.join(dir, n), 'utf8')), `data/forms/${n}`)));
}

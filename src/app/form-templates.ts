import { loadFormTemplate } from '../import/forms/load-template';
import type { FormTemplate } from '../import/forms/template';

// Every template in data/forms/ is bundled (a few KB of JSON): a new city's form is a new file there, not new code.
const FILES = import.meta.glob('../../data/forms/*.json', { eager: true, import: 'default' }) as Record<string, unknown>;

let templates: FormTemplate[] | null = null;

/** The form templates the app reads evaluation sheets with, validated once against docs/form-template.schema.json. */
export function formTemplates(): FormTemplate[] {
  templates ??= Object.entries(FILES)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([path, json]) => loadFormTemplate(json, `data/forms/${path.split('/').pop()}`));
  return templates;
}

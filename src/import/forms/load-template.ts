import { Validator, type OutputUnit } from '@cfworker/json-schema';
import schema from '../../../docs/form-template.schema.json';
import type { FormTemplate } from './template';

/**
 * Templates are checked against docs/form-template.schema.json when loaded, so a mistyped template fails with a
 * message naming the file and the place, instead of silently reading nothing. @cfworker/json-schema validates
 * without generating code (no eval), which the app's Content-Security-Policy forbids.
 */
const validator = new Validator(schema as object, '2020-12', false);

export class TemplateError extends Error {}

export function loadFormTemplate(json: unknown, source: string): FormTemplate {
  const result = validator.validate(json);
  if (!result.valid) {
    const details = result.errors
      .filter((e: OutputUnit) => !/^(properties|items|allOf|anyOf)$/.test(e.keyword))
      .slice(0, 5)
      .map((e: OutputUnit) => `${e.instanceLocation.replace(/^#/, '') || '/'}: ${e.error}`);
    throw new TemplateError(`様式テンプレート ${source} が正しくありません（docs/form-template.schema.json）: ${details.join(' / ')}`);
  }
  const template = json as FormTemplate;
  const ids = new Set(template.sections.map((s) => s.id));
  for (const where of [...template.fields.map((f) => f.section), ...template.tables.map((t) => t.section)]) {
    if (where !== undefined && where !== 'head' && !ids.has(where)) {
      throw new TemplateError(`様式テンプレート ${source}: 区切り「${where}」は sections にありません`);
    }
  }
  return template;
}

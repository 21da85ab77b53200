import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAllAnalyses } from '../../src/analyses/all';
import { prepareAnalyses } from '../../src/analyses/setup';
import { readFormTemplates } from '../../src/cli/form-templates';
import type { Database } from '../../src/db/database';
import { importFiles } from '../../src/import/import-files';
import type { ImportReport } from '../../src/import/types';
import { cityForms, type FormExport } from '../../src/sample/city-forms';
import { generateCity } from '../../src/sample/generate-city';
import { SAMPLE_OPTIONS } from '../../src/sample/sample-options';
import { freshDatabase, readFolder } from '../support/node-db';

// The whole sample city as a strategy office holds it — one form per program and year, in CP932 CSV, UTF-16 TSV
// and xlsx in turn — must give every analysis exactly the figures of the same city loaded as the five tables.
let tables: Database;
let forms: Database;
let exports: FormExport[];
let report: ImportReport;

beforeAll(async () => {
  const keywords = await readFile('data/direction-keywords.csv', 'utf8');
  [tables, forms] = await Promise.all([freshDatabase(), freshDatabase()]);
  await importFiles(tables, await readFolder('data/sample'));
  await prepareAnalyses(tables, keywords);
  exports = await cityForms(generateCity(SAMPLE_OPTIONS));
  report = await importFiles(forms, exports, { templates: await readFormTemplates() });
  await prepareAnalyses(forms, keywords);
}, 240_000);
afterAll(async () => {
  await tables.close();
  await forms.close();
});

/**
 * A CP932 file cannot hold — ☑ ☐: the third of the forms saved as Excel CSV write ― ■ □ (src/sample/encode-text.ts),
 * which read as the same values. Only the raw texts the analyses pass through (`*_raw`) show the substitution.
 */
function asWritten<T>(value: T): T {
  return JSON.parse(JSON.stringify(value), (key, v: unknown) =>
    key.endsWith('_raw') && typeof v === 'string' ? v.replace(/―/g, '—').replace(/■/g, '☑').replace(/□/g, '☐') : v,
  ) as T;
}

describe('the sample city as forms', () => {
  it('is one form per program and year, a third each CP932 CSV, UTF-16 TSV and xlsx, every one read with the 常総市 template', () => {
    expect(exports).toHaveLength(801);
    const byExt = (ext: string) => exports.filter((f) => f.name.endsWith(ext)).length;
    expect([byExt('.csv'), byExt('.txt'), byExt('.xlsx')]).toEqual([267, 267, 267]);
    expect(new Set(report.files.map((f) => f.kind))).toEqual(new Set(['form']));
    expect(new Set(report.files.map((f) => f.fiscalYear))).toEqual(new Set([2020, 2021, 2022, 2023, 2024]));
    // The findings are the sample's own words for figures (集計中, 調査未実施), as in the tables.
    expect(report.files.flatMap((f) => f.findings).every((f) => f.severity === 'warning')).toBe(true);
  });

  it('loads the same number of rows into each table', async () => {
    for (const t of ['sheets', 'activities', 'outputs', 'outcomes', 'reviews']) {
      const [a] = await tables.run<{ n: number }>(`SELECT count(*) AS n FROM ${t}`);
      const [b] = await forms.run<{ n: number }>(`SELECT count(*) AS n FROM ${t}`);
      expect(b, t).toEqual(a);
    }
  });

  for (const year of [null, 2020, 2022, 2024]) {
    it(`gives every analysis the same figures as the tables (${year ?? 'all years'})`, async () => {
      const a = await runAllAnalyses(tables, { year });
      const b = await runAllAnalyses(forms, { year });
      for (const key of Object.keys(a) as (keyof typeof a)[]) expect(asWritten(b[key]), key).toEqual(a[key]);
    });
  }
});

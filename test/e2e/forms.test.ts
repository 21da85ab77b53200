/**
 * Evaluation sheets as forms in Chromium, against the built app: a folder of form files (CP932 CSV, UTF-16 TSV,
 * xlsx, the real seed sheet as published, and a PDF that is not data) picked as a folder, then a workbook of three
 * sheets dropped on the page; the report names each file's template, year and sheet, and the overview's figures are
 * those of the same files imported by Node. An import of files of which nothing can be read is refused at the top
 * of the page, and the data shown stays as it was.
 */
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAllAnalyses } from '../../src/analyses/all';
import { prepareAnalyses } from '../../src/analyses/setup';
import { readFormTemplates } from '../../src/cli/form-templates';
import type { Database } from '../../src/db/database';
import { openNodeDatabase } from '../../src/db/node';
import { importFiles } from '../../src/import/import-files';
import type { InputFile } from '../../src/import/types';
import { cityForms, cityFormSheets } from '../../src/sample/city-forms';
import { formWorkbook } from '../../src/sample/form-files';
import { generateCity } from '../../src/sample/generate-city';
import { SAMPLE_OPTIONS } from '../../src/sample/sample-options';
import { seedFormBytes } from '../support/seed-forms';
import { expectedHeadline, headlineTexts, importByDrop, waitReady, waitViewSettled, withSession } from './app-driver';
import { screenshot, serveBuiltApp } from './harness';
import { readFile } from 'node:fs/promises';

const TEMPLATE = '常総市 事務事業点検シート（実施計画 兼 まちづくり達成状況報告書）';

describe('forms: evaluation sheets as the city keeps them', () => {
  const app = serveBuiltApp();
  let dir: string;
  let folder: string;
  let workbook: string;
  let folderFiles: InputFile[];
  let expected: Record<string, string>;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'seika-forms-e2e-'));
    folder = path.join(dir, '点検シート');
    const city = generateCity(SAMPLE_OPTIONS);
    // FY2024's first 30 sheets in their three file kinds, and the real sheet 124 as the city publishes it.
    const forms = (await cityForms(city)).filter((f) => f.name.startsWith('2024/')).filter((f) => !f.name.endsWith('sheet-124.csv')).slice(0, 30);
    folderFiles = [...forms.map((f) => ({ name: f.name.replace('2024/', ''), bytes: f.bytes })), { name: 'sheet-124-R6.txt', bytes: seedFormBytes() }];
    await mkdir(folder, { recursive: true });
    for (const f of folderFiles) await writeFile(path.join(folder, f.name), f.bytes);
    await writeFile(path.join(folder, '説明資料.pdf'), '%PDF-1.4\n');
    // One workbook, one worksheet per program: three FY2023 sheets.
    const sheets = cityFormSheets(city).filter((s) => s.year === 2023).slice(0, 3).map((s) => s.sheet);
    workbook = path.join(dir, '令和5年度_点検シート.xlsx');
    await writeFile(workbook, await formWorkbook(sheets));

    // The Node reference: the same files through the same import and analyses as `npm run analyze`.
    const db: Database = await openNodeDatabase();
    try {
      const inputs = [...folderFiles, { name: path.basename(workbook), bytes: new Uint8Array(await readFile(workbook)) }];
      await importFiles(db, inputs, { templates: await readFormTemplates() });
      await prepareAnalyses(db, await readFile('data/direction-keywords.csv', 'utf8'));
      const city2024 = (await runAllAnalyses(db, { year: 2024 })).policy.find((p) => p.level === 'city')!;
      expected = expectedHeadline(city2024);
    } finally {
      await db.close();
    }
  }, 180_000);
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('a folder of forms and a multi-sheet workbook: each file named with its template, the overview with their figures', async () => {
    await withSession(app.browser, app.server.url, async ({ page }) => {
      await page.goto(`${app.server.url}?view=data`);
      await waitReady(page);
      await page.getByTestId('folder-input').setInputFiles(folder);
      await page.locator('[data-testid=data-source][data-source=user]').waitFor();
      await waitReady(page);
      const report = page.getByTestId('table-report-files');
      await expect.poll(() => report.locator('tbody tr').count()).toBe(folderFiles.length);
      const labels = await report.locator('tbody tr td:nth-child(4)').allTextContents();
      expect(labels.every((l) => l.startsWith(`様式「${TEMPLATE}」`))).toBe(true);
      expect(labels.filter((l) => l.includes('2024年度'))).toHaveLength(folderFiles.length);
      expect(labels).toContain(`様式「${TEMPLATE}」 2024年度 シートNo.124`);
      expect(new Set(await report.locator('tbody tr td:nth-child(2)').allTextContents())).toEqual(new Set(['csv', 'tsv', 'xlsx']));
      expect(await page.getByTestId('skipped-files').textContent()).toContain('説明資料.pdf');

      await importByDrop(page, [workbook]);
      await expect.poll(() => report.locator('tbody tr').count()).toBe(3);
      const sheetsRead = await report.locator('tbody tr').evaluateAll((rows) => rows.map((r) => [r.children[0]!.textContent, r.children[3]!.textContent]));
      expect(sheetsRead.map(([file]) => file!.split('#')[0])).toEqual(Array(3).fill(path.basename(workbook)));
      expect(sheetsRead.every(([, as]) => as!.includes('2023年度'))).toBe(true);
      await screenshot(page, 'data-after-forms-import');

      await page.getByTestId('nav-overview').click();
      await waitViewSettled(page, 'overview');
      expect(await headlineTexts(page)).toEqual(expected);
      await screenshot(page, 'overview-from-forms');
    });
  });

  it('an import of which nothing can be read is refused at the top, and the data shown stays as it was', async () => {
    await withSession(app.browser, app.server.url, async ({ page }) => {
      await page.goto(app.server.url);
      await waitViewSettled(page, 'overview');
      const before = await headlineTexts(page);
      await page.getByTestId('nav-data').click();
      const json = path.join(dir, 'jimu-jigyo.json');
      await writeFile(json, '[{"事業名": "x"}]');
      await page.getByTestId('file-input').setInputFiles([json, path.join(folder, '説明資料.pdf')]);
      const notice = page.getByTestId('import-refused');
      await notice.waitFor();
      expect(await notice.textContent()).toContain('取り込めませんでした（2 ファイル、取り込めた行は 0 行）');
      expect(await notice.textContent()).toContain('JSON');
      expect(await notice.textContent()).toContain('PDF');
      // said first on the page, and focused
      expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('import-refused');
      expect(await page.getByTestId('data-source').getAttribute('data-source')).toBe('sample');
      await screenshot(page, 'data-import-refused');
      await page.getByTestId('nav-overview').click();
      await waitViewSettled(page, 'overview');
      expect(await headlineTexts(page)).toEqual(before);
    });
  });
});

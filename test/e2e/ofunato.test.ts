/**
 * 大船渡市's real workbook dropped on the data page with no other step (../shared/research/realdata): matched to its
 * import profile, and the overview shows the figures Node computes from the same file — for 令和6, the latest year
 * with results (令和7 is the plan: no actual at all, docs/analyses.md), and for 令和7 when asked.
 */
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { runAllAnalyses } from '../../src/analyses/all';
import { defaultYear, dimensions } from '../../src/analyses/dimensions';
import { prepareAnalyses } from '../../src/analyses/setup';
import { readImportProfiles } from '../../src/cli/import-profiles';
import { openNodeDatabase } from '../../src/db/node';
import { importFiles } from '../../src/import/import-files';
import { expectedHeadline, headlineTexts, importThroughFileInput, waitViewSettled, withSession } from './app-driver';
import { screenshot, serveBuiltApp } from './harness';

const WORKBOOK = fileURLToPath(new URL('../../../shared/research/realdata/ofunato-R7-jimujigyo-report.xlsx', import.meta.url));

describe('大船渡市 dropped as it is', () => {
  const app = serveBuiltApp();
  let expected: Record<string, string>;
  let expectedLatest: Record<string, string>;
  let latest: number;
  let year: number;

  beforeAll(async () => {
    const db = await openNodeDatabase();
    try {
      await importFiles(db, [{ name: 'ofunato-R7-jimujigyo-report.xlsx', bytes: new Uint8Array(readFileSync(WORKBOOK)) }], { profiles: await readImportProfiles() });
      await prepareAnalyses(db, await readFile('data/direction-keywords.csv', 'utf8'));
      latest = (await db.run<{ y: number }>('SELECT max(fiscal_year) AS y FROM current_sheets'))[0]!.y;
      year = defaultYear(await dimensions(db), null).year!;
      const figures = async (y: number) => expectedHeadline((await runAllAnalyses(db, { year: y })).policy.find((p) => p.level === 'city'));
      expected = await figures(year);
      expectedLatest = await figures(latest);
    } finally {
      await db.close();
    }
  }, 180_000);

  it('is read with its profile, and the overview shows Node’s figures for the same year', async () => {
    await withSession(app.browser, app.server.url, async ({ page }) => {
      await page.goto(`${app.server.url}?view=data`);
      await importThroughFileInput(page, [WORKBOOK]);
      const report = page.getByTestId('table-report-files');
      expect(await report.locator('tbody tr td:nth-child(4)').allTextContents()).toEqual(['取込設定「大船渡市 事務事業評価シート（データ集計マクロ用シート）」']);
      expect(await page.getByTestId('count-sheets').textContent()).toBe('2,370');
      await page.getByTestId('nav-overview').click();
      await waitViewSettled(page, 'overview');
      expect([latest, year]).toEqual([2025, 2024]);
      expect(await page.locator('main h2').first().textContent()).toContain('令和6年度');
      expect(await headlineTexts(page)).toEqual(expected);
      await screenshot(page, 'overview-ofunato');
      // the screen says why it is not on 令和7, and shows it on request
      await page.getByTestId('show-latest-year').click();
      await waitViewSettled(page, 'overview');
      expect(await page.locator('main h2').first().textContent()).toContain('令和7年度');
      expect(await headlineTexts(page)).toEqual(expectedLatest);
      expect(expectedLatest.programs).toBe('407事業');
    });
  });
});

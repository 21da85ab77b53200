/**
 * 大船渡市's real workbook dropped on the data page with no other step (../shared/research/realdata): matched to its
 * import profile, and the overview shows the figures Node computes from the same file.
 */
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { runAllAnalyses } from '../../src/analyses/all';
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
  let latest: number;

  beforeAll(async () => {
    const db = await openNodeDatabase();
    try {
      await importFiles(db, [{ name: 'ofunato-R7-jimujigyo-report.xlsx', bytes: new Uint8Array(readFileSync(WORKBOOK)) }], { profiles: await readImportProfiles() });
      await prepareAnalyses(db, await readFile('data/direction-keywords.csv', 'utf8'));
      latest = (await db.run<{ y: number }>('SELECT max(fiscal_year) AS y FROM current_sheets'))[0]!.y;
      const city = (await runAllAnalyses(db, { year: latest })).policy.find((p) => p.level === 'city')!;
      expected = expectedHeadline(city);
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
      expect(await page.locator('main h2').first().textContent()).toContain(String(latest - 2018));
      expect(await headlineTexts(page)).toEqual(expected);
      expect(expected.programs).toBe('407事業');
      await screenshot(page, 'overview-ofunato');
    });
  });
});

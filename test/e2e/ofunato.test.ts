/**
 * 大船渡市's real workbook (../shared/research/realdata) in the built app, read once in Node for both parts (the
 * workbook is the heaviest import of the e2e suite): this file was ofunato.test.ts and cities.test.ts, which each
 * imported it in Node.
 * - Dropped as it is on the data page with no other step: matched to its import profile, and the overview shows the
 *   figures Node computes for 大船渡市 — for 令和6, the latest year with results (令和7 is the plan: no actual at all,
 *   docs/analyses.md), and for 令和7 when asked.
 * - Two cities side by side: the fictional sample (data/sample, naming no city) and the workbook imported together.
 *   Their sheet numbers meet (both have a sheet 1 in 令和6年度) but they stay apart; the municipality filter shows each
 *   city's figures, equal to Node's analyses with scope.municipality; the overview compares them by pillar; a program
 *   page says whose program it is.
 * Node's reference is the two imported together, each city's figures taken with scope.municipality: for 大船渡市 alone
 * in the app they must be the same figures (the scope is checked against the filter by the second part).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultYear, dimensions } from '../../src/analyses/dimensions';
import { policyRollup } from '../../src/analyses/policy';
import { prepareAnalyses } from '../../src/analyses/setup';
import { readImportProfiles } from '../../src/cli/import-profiles';
import { openNodeDatabase } from '../../src/db/node';
import { importFiles } from '../../src/import/import-files';
import { axeViolations } from './a11y-audit';
import { expectedHeadline, headlineTexts, importThroughFileInput, waitViewSettled, withSession } from './app-driver';
import { REPO_ROOT, screenshot, serveBuiltApp } from './harness';

const WORKBOOK = fileURLToPath(new URL('../../../shared/research/realdata/ofunato-R7-jimujigyo-report.xlsx', import.meta.url));
const SAMPLE = readdirSync(path.join(REPO_ROOT, 'data/sample'))
  .filter((n) => n.endsWith('.csv'))
  .map((n) => path.join(REPO_ROOT, 'data/sample', n));
const OFUNATO = '032034';

describe('大船渡市 in the app', () => {
  const app = serveBuiltApp();
  /** by municipality key ('all' for no filter, '' for the sample, which names no city): default year and figures */
  const expected: Record<string, { year: number; figures: Record<string, string>; programs: number }> = {};
  /** 大船渡市's latest year (its plan) and its figures */
  let latest: { year: number; figures: Record<string, string> };
  let sheets = 0;
  let shared = 0;

  beforeAll(async () => {
    const db = await openNodeDatabase();
    try {
      const files = [...SAMPLE, WORKBOOK].map((f) => ({ name: path.basename(f), bytes: new Uint8Array(readFileSync(f)) }));
      await importFiles(db, files, { profiles: await readImportProfiles() });
      await prepareAnalyses(db, await readFile(path.join(REPO_ROOT, 'data/direction-keywords.csv'), 'utf8'));
      const dims = await dimensions(db);
      expect(dims.municipalities.map((m) => [m.key, m.name])).toEqual([
        ['', ''],
        [OFUNATO, '大船渡市'],
      ]);
      const city = async (year: number, key: string | null) => (await policyRollup(db, { year, ...(key !== null ? { municipality: key } : {}) })).find((r) => r.level === 'city')!;
      for (const key of [null, '', OFUNATO]) {
        const year = defaultYear(dims, key).year!;
        const row = await city(year, key);
        expected[key ?? 'all'] = { year, figures: expectedHeadline(row), programs: row.programs };
      }
      const ofunatoLatest = defaultYear(dims, OFUNATO).latest!;
      latest = { year: ofunatoLatest, figures: expectedHeadline(await city(ofunatoLatest, OFUNATO)) };
      sheets = (await db.run<{ n: number }>('SELECT count(*) AS n FROM sheets'))[0]!.n;
      // sheet numbers both cities use in the same year: they must not merge
      shared = (await db.run<{ n: number }>(
        `SELECT count(*) AS n FROM (SELECT fiscal_year, sheet_no FROM current_sheets GROUP BY ALL HAVING count(DISTINCT municipality_key) = 2)`,
      ))[0]!.n;
    } finally {
      await db.close();
    }
  }, 240_000);

  it('dropped as it is: read with its profile, and the overview shows Node’s figures for the same year', async () => {
    await withSession(app.browser, app.server.url, async ({ page }) => {
      await page.goto(`${app.server.url}?view=data`);
      await importThroughFileInput(page, [WORKBOOK]);
      const report = page.getByTestId('table-report-files');
      expect(await report.locator('tbody tr td:nth-child(4)').allTextContents()).toEqual(['取込設定「大船渡市 事務事業評価シート（データ集計マクロ用シート）」']);
      expect(await page.getByTestId('count-sheets').textContent()).toBe('2,370');
      await page.getByTestId('nav-overview').click();
      await waitViewSettled(page, 'overview');
      expect([latest.year, expected[OFUNATO]!.year]).toEqual([2025, 2024]);
      expect(await page.locator('main h2').first().textContent()).toContain('令和6年度');
      expect(await headlineTexts(page)).toEqual(expected[OFUNATO]!.figures);
      await screenshot(page, 'overview-ofunato');
      // the screen says why it is not on 令和7, and shows it on request
      await page.getByTestId('show-latest-year').click();
      await waitViewSettled(page, 'overview');
      expect(await page.locator('main h2').first().textContent()).toContain('令和7年度');
      expect(await headlineTexts(page)).toEqual(latest.figures);
      expect(latest.figures.programs).toBe('407事業');
    });
  });

  it('with the sample: keeps the two cities apart; the municipality filter shows each city’s figures, as Node computes them; a program names its city', async () => {
    // 大船渡市's latest year (令和7) is its plan: the screens open on 令和6, the latest with results
    expect(expected[OFUNATO]!.year).toBe(2024);
    expect(expected.all!.year).toBe(2024);
    expect(shared).toBeGreaterThan(0);
    expect(expected.all!.programs).toBe(expected['']!.programs + expected[OFUNATO]!.programs);

    await withSession(app.browser, app.server.url, async ({ page }) => {
      await page.goto(`${app.server.url}?view=data`);
      await importThroughFileInput(page, [...SAMPLE, WORKBOOK]);
      expect(await page.getByTestId('count-sheets').textContent()).toBe(sheets.toLocaleString('ja-JP'));

      await page.getByTestId('nav-overview').click();
      await waitViewSettled(page, 'overview');
      expect(await headlineTexts(page)).toEqual(expected.all!.figures);
      expect(await page.getByTestId('year-fallback').count()).toBe(1);
      const totals = await page.getByTestId('table-comparison').locator('tbody tr').evaluateAll((rows) =>
        rows.map((r) => [...r.querySelectorAll('td')].map((td) => td.textContent)).filter((cells) => /全体/.test(cells[1] ?? '')).map((cells) => [cells[0], cells[2]]),
      );
      expect(totals).toEqual([
        ['（団体名なし）', String(expected['']!.programs)],
        ['大船渡市', String(expected[OFUNATO]!.programs)],
      ]);
      await screenshot(page, 'overview-two-cities');
      // the comparison and the municipality filter are only on this screen when two cities are loaded: axe here
      expect(await axeViolations(page)).toEqual([]);

      const filter = page.getByTestId('filter-municipality');
      expect(await filter.locator('option').allTextContents()).toEqual(['すべての団体', '（団体名なし）', '大船渡市']);
      await filter.selectOption('');
      await waitViewSettled(page, 'overview');
      expect(await headlineTexts(page)).toEqual(expected['']!.figures);
      expect(await page.getByTestId('municipality-comparison').count()).toBe(0);

      await filter.selectOption(OFUNATO);
      await waitViewSettled(page, 'overview');
      expect(new URL(page.url()).searchParams.get('municipality')).toBe(OFUNATO);
      expect(await headlineTexts(page)).toEqual(expected[OFUNATO]!.figures);
      expect(await page.getByTestId('year-fallback').textContent()).toContain('令和7年度');

      await page.getByTestId('nav-programs').click();
      await waitViewSettled(page, 'programs');
      await page.locator('main table tbody tr a').first().click();
      await waitViewSettled(page, 'program');
      expect(await page.getByTestId('program-city').textContent()).toBe('団体: 大船渡市');
    });
  });
});

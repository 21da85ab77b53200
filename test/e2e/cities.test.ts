/**
 * Two cities side by side: the fictional sample (data/sample, naming no city) and 大船渡市's real workbook
 * (../shared/research/realdata) imported together. Their sheet numbers meet (both have a sheet 1 in 令和6年度) but
 * they stay apart; the municipality filter shows each city's figures, equal to Node's analyses with
 * scope.municipality; the overview compares them by pillar; a program page says whose program it is.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultYear, dimensions } from '../../src/analyses/dimensions';
import { policyRollup, type PolicyRow } from '../../src/analyses/policy';
import { prepareAnalyses } from '../../src/analyses/setup';
import { readImportProfiles } from '../../src/cli/import-profiles';
import { openNodeDatabase } from '../../src/db/node';
import { formatMoney, formatNumber, formatPercent } from '../../src/format/ja';
import { importFiles } from '../../src/import/import-files';
import { axeViolations } from './a11y-audit';
import { headlineTexts, importThroughFileInput, waitViewSettled, withSession } from './app-driver';
import { REPO_ROOT, screenshot, serveBuiltApp } from './harness';

const WORKBOOK = fileURLToPath(new URL('../../../shared/research/realdata/ofunato-R7-jimujigyo-report.xlsx', import.meta.url));
const SAMPLE = readdirSync(path.join(REPO_ROOT, 'data/sample'))
  .filter((n) => n.endsWith('.csv'))
  .map((n) => path.join(REPO_ROOT, 'data/sample', n));
const OFUNATO = '032034';

function headline(row: PolicyRow): Record<string, string> {
  return {
    programs: formatNumber(row.programs, '事業'),
    outcomes: formatNumber(row.outcomes, '件'),
    achieved: formatNumber(row.achieved, '件'),
    near: formatNumber(row.near, '件'),
    missed: formatNumber(row.missed, '件'),
    not_measured: formatNumber(row.not_measured, '件'),
    budget: formatMoney(row.budget),
    spend: formatMoney(row.spend),
    execution: formatPercent(row.execution),
    zero_cost: formatNumber(row.zero_cost_activities, '件'),
  };
}

describe('the sample and 大船渡市 loaded together', () => {
  const app = serveBuiltApp();
  const expected: Record<string, { year: number; figures: Record<string, string>; programs: number }> = {};
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
      for (const key of [null, '', OFUNATO]) {
        const year = defaultYear(dims, key).year!;
        const city = (await policyRollup(db, { year, ...(key !== null ? { municipality: key } : {}) })).find((r) => r.level === 'city')!;
        expected[key ?? 'all'] = { year, figures: headline(city), programs: city.programs };
      }
      sheets = (await db.run<{ n: number }>('SELECT count(*) AS n FROM sheets'))[0]!.n;
      // sheet numbers both cities use in the same year: they must not merge
      shared = (await db.run<{ n: number }>(
        `SELECT count(*) AS n FROM (SELECT fiscal_year, sheet_no FROM current_sheets GROUP BY ALL HAVING count(DISTINCT municipality_key) = 2)`,
      ))[0]!.n;
    } finally {
      await db.close();
    }
  }, 240_000);

  it('keeps the two cities apart; the municipality filter shows each city’s figures, as Node computes them; a program names its city', async () => {
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

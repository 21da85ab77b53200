/**
 * Import profiles made in the browser: the mapping screen 取込設定の作成 builds one for the wide-layout fixture
 * (test/fixtures/mapping/wide-city.xlsx: year blocks side by side, its own column names, a cover sheet), saves it and
 * imports the file; after a reload (data cleared, the profile kept) the same file loads with no step but dropping
 * it. The profile is exported as a file, deleted, imported back; a bad profile file is refused with its message.
 * The dialog passes axe in Japanese and English. Counts by hand from test/fixtures/mapping/wide-city.ts.
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { WIDE_CITY_XLSX } from '../fixtures/mapping/wide-city';
import { axeViolations, japaneseOutsideData } from './a11y-audit';
import { importByDrop, shownCounts, waitReady, withSession } from './app-driver';
import { screenshot, serveBuiltApp } from './harness';

const NAME = 'かもめ市 年度別一覧';
// 5 programs: K-103 has no 令和4 block (skipped as empty), K-105's indicator is the placeholder 0; the findings are
// K-102's 集計中 and the cover sheet 説明, which is no table (a warning, as the workbook's other sheet was read)
const LOADED = { sheets: '14', activities: '0', outputs: '0', outcomes: '11', reviews: '0', findings: '2', rejected: '0' };

describe('import profiles made in the browser', () => {
  const app = serveBuiltApp();

  it('a file nothing reads is offered the mapping screen; the profile made there loads it, and again after a reload, with no step but dropping it', async () => {
    await withSession(
      app.browser,
      app.server.url,
      async ({ page, dialogs }) => {
        await page.goto(`${app.server.url}?view=data`);
        await waitReady(page);
        await page.getByTestId('file-input').setInputFiles(WIDE_CITY_XLSX);
        await page.getByTestId('import-refused').waitFor();
        const offer = page.locator('[data-testid=make-profile][data-file="wide-city.xlsx#事業一覧"]');

        // the dialog is a modal: Escape closes it and the focus returns to the button that opened it
        await offer.click();
        const dialog = page.getByTestId('mapping-dialog');
        await dialog.waitFor();
        await page.keyboard.press('Escape');
        await dialog.waitFor({ state: 'detached' });
        expect(await offer.evaluate((el) => el === document.activeElement)).toBe(true);
        await page.keyboard.press('Enter');
        await dialog.waitFor();

        // suggested from the header: the sheet asked for, the two-row header's lower row, 評価年度 with 令和, the blocks
        expect(await page.getByTestId('mapping-sheet').locator('option:checked').textContent()).toBe('事業一覧');
        expect(await page.getByTestId('mapping-year-column').inputValue()).toBe('4');
        expect(await page.getByTestId('mapping-year-era').inputValue()).toBe('令和');
        expect(await page.getByTestId('mapping-sheet-no').inputValue()).toBe('0');
        expect(await page.getByTestId('mapping-block-width').inputValue()).toBe('3');
        expect(await page.getByTestId('mapping-blocks').locator('li').count()).toBe(3);
        await page.getByTestId('mapping-preview-summary').waitFor();
        expect(await page.getByTestId('mapping-preview-count-sheets').textContent()).toBe('14');
        expect(await page.getByTestId('mapping-preview-count-outcomes').textContent()).toBe('11');
        expect(await page.getByTestId('mapping-preview-findings').textContent()).toContain('集計中');

        // the user's part: the name, the city, and a field the suggestion left out (事業番号 as the program ID too)
        await page.getByTestId('mapping-name').fill(NAME);
        await page.getByTestId('mapping-city-name').fill('かもめ市');
        await page.getByTestId('mapping-city-code').fill('000001');
        await page.getByTestId('mapping-field-program_id').selectOption('0');
        await expect.poll(() => page.getByTestId('mapping-col-A').textContent()).toBe('シートNo・事業ID');
        await screenshot(page, 'mapping-dialog');
        await page.getByTestId('mapping-save-import').click();
        await dialog.waitFor({ state: 'detached' });
        await page.locator('[data-testid=data-source][data-source=user]').waitFor();
        await waitReady(page);
        await page.getByTestId('table-counts').waitFor();
        expect(await shownCounts(page)).toMatchObject(LOADED);
        expect(await page.getByTestId('table-report-files').locator('tbody tr td:nth-child(4)').allTextContents()).toContain(`取込設定「${NAME}」`);
        expect(await page.getByTestId('table-user-profiles').locator('tbody tr').count()).toBe(1);

        // a new visit: the data stays, and once cleared, the profile (kept apart from the data) reads the file as dropped
        await page.reload();
        await waitReady(page);
        await page.getByTestId('clear-data').click();
        await page.locator('[data-testid=data-source][data-source=empty]').waitFor();
        await waitReady(page);
        await importByDrop(page, [WIDE_CITY_XLSX]);
        expect(await page.getByTestId('import-refused').count()).toBe(0);
        expect(await shownCounts(page)).toMatchObject(LOADED);
        expect(dialogs).toHaveLength(1); // the clear's confirm
      },
      { acceptDialogs: true },
    );
  });

  it('a profile is exported as a file, deleted, imported back from it; a bad profile file is refused with what is wrong (and the screen passes axe)', async () => {
    await withSession(
      app.browser,
      app.server.url,
      async ({ page }) => {
        await page.goto(`${app.server.url}?view=data`);
        await waitReady(page);
        // made through the screen's own entry this time, saved only
        await page.getByTestId('mapping-file-input').setInputFiles(WIDE_CITY_XLSX);
        await page.getByTestId('mapping-preview-summary').waitFor();
        expect(await axeViolations(page)).toEqual([]);
        await page.getByTestId('mapping-name').fill(NAME);
        await page.getByTestId('mapping-save').click();
        await page.getByTestId('mapping-dialog').waitFor({ state: 'detached' });
        const rows = page.getByTestId('table-user-profiles').locator('tbody tr');
        await rows.first().waitFor();

        const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('profile-export').click()]);
        expect(download.suggestedFilename()).toBe(`${NAME}.json`);
        const file = await download.path();
        const exported = JSON.parse(await readFile(file, 'utf8')) as { name: string; source: unknown; match: { headers: string[] } };
        expect(exported.name).toBe(NAME);
        expect(exported.source).toEqual({ kind: 'table', sheet: '事業一覧' });
        expect(exported.match.headers).toContain('評価年度');

        await page.getByTestId('profile-delete').click();
        await page.getByTestId('no-user-profiles').waitFor();
        await page.getByTestId('profile-import-input').setInputFiles(file);
        await page.locator('[data-testid=profile-message][role=status]').waitFor();
        expect(await rows.count()).toBe(1);
        expect(await rows.first().locator('td').first().textContent()).toBe(NAME);

        await page.getByTestId('profile-import-input').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ id: 'bad', name: 'x' })) });
        const refusal = page.locator('[data-testid=profile-message][role=alert]');
        await refusal.waitFor();
        expect(await refusal.textContent()).toMatch(/取込設定 bad\.json が正しくありません.*fiscalYear/);
        expect(await rows.count()).toBe(1);
      },
      { acceptDialogs: true },
    );
  });

  it('the mapping screen in English passes axe (as the Japanese one above) and shows no Japanese outside the file’s own text', async () => {
    await withSession(app.browser, app.server.url, async ({ page }) => {
      await page.goto(`${app.server.url}?view=data&lang=en`);
      await waitReady(page);
      await page.getByTestId('mapping-file-input').setInputFiles(WIDE_CITY_XLSX);
      await page.getByTestId('mapping-preview-summary').waitFor();
      expect(await axeViolations(page)).toEqual([]);
      expect(await japaneseOutsideData(page)).toEqual([]);
      await screenshot(page, 'mapping-dialog-en');
    });
  });
});

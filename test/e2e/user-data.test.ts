/**
 * The user's own files in Chromium, against the built app: a Shift_JIS set imported through the data page's file
 * input (findings with line, column and raw text; its figures on the overview), the data surviving a reload and
 * being cleared, and HTML in CSV text staying text. No request may leave the origin in any test.
 */
import { describe, expect, it } from 'vitest';
import { STATUS_COLORS } from '../../src/charts/theme';
import { colourSpot, fixtureFiles, headlineTexts, hoverAt, importByDrop, importThroughFileInput, shownCounts, waitReady, waitViewSettled, withSession } from './app-driver';
import { screenshot, serveBuiltApp } from './harness';

const XSS_PROGRAM = '<img src=x onerror=alert(1)>';

describe('user data: importing, keeping and clearing the user’s files', () => {
  const app = serveBuiltApp();

  it('importing a Shift_JIS file set through the file input shows its findings (line, column, raw text) and its figures', async () => {
    await withSession(app.browser, app.server.url, async ({ page }) => {
      await page.goto(`${app.server.url}?view=data`);
      await importThroughFileInput(page, await fixtureFiles('shift-jis'));

      const files = page.getByTestId('table-report-files');
      expect(await files.locator('tbody tr').count()).toBe(3);
      expect(await files.locator('tbody tr td:nth-child(2)').allTextContents()).toEqual(['csv', 'csv', 'csv']);
      expect(await files.locator('tbody tr td:nth-child(3)').allTextContents()).toEqual(['Shift_JIS', 'Shift_JIS', 'Shift_JIS']);
      const findings = await page
        .getByTestId('table-report-findings')
        .locator('tbody tr')
        .evaluateAll((rows) => rows.map((r) => [...r.querySelectorAll('td')].slice(1, 5).map((td) => td.textContent)));
      expect(findings).toEqual(
        expect.arrayContaining([
          ['activities.csv', '4', '決算額（千円）', '未定'],
          ['outcomes.csv', '3', '実績値', '集計中'],
          ['sheets.csv', '5', '年度', '来年度'],
        ]),
      );
      expect(await shownCounts(page)).toEqual({ sheets: '3', activities: '4', outputs: '0', outcomes: '4', reviews: '0', program_money: '0', findings: '4', rejected: '1' });
      await expect.poll(() => page.getByTestId('table-rejected').textContent()).toContain('架空の保留される事業');
      expect(await page.getByTestId('all-findings').locator('summary').textContent()).toContain('4 件');
      await screenshot(page, 'data-after-shift-jis-import');

      await page.getByTestId('nav-overview').click();
      await waitViewSettled(page, 'overview');
      expect(await page.locator('.status-bar .sample-label').count()).toBe(0);
      expect(await headlineTexts(page)).toEqual({
        programs: '3事業',
        outcomes: '4件',
        achieved: '1件',
        near: '1件',
        missed: '1件',
        not_measured: '1件',
        budget: '23,000千円',
        spend: '14,450千円',
        execution: '62.8%',
        zero_cost: '1件',
      });
      // CP932-only characters arrive intact (髙, Ⅰ)
      await page.getByTestId('table-underperformers').getByText('髙橋記念館管理事業').waitFor();
      expect(await page.getByTestId('filter-pillar').locator('option').allTextContents()).toContain('Ⅰ 学びのまちづくり');
    });
  });

  it('files dropped on the data page stay after a reload (IndexedDB; the tables copied back, not imported again), and 自分のデータを消去 clears them after a confirm', async () => {
    await withSession(
      app.browser,
      app.server.url,
      async ({ page, dialogs }) => {
        await page.goto(`${app.server.url}?view=data`);
        await importByDrop(page, await fixtureFiles('shift-jis'));
        const before = await shownCounts(page);
        expect(before.sheets).toBe('3');
        // the imported tables are kept for the next visit (src/app/data-snapshot.ts) once the screen is drawn
        const marked = (name: string) => page.evaluate((n) => performance.getEntriesByName(n).length > 0, name);
        await expect.poll(() => marked('data-kept'), { timeout: 20_000 }).toBe(true);

        await page.reload();
        await waitViewSettled(page, 'data');
        await page.locator('[data-testid=data-source][data-source=user]').waitFor();
        await page.getByTestId('table-counts').waitFor();
        expect(await shownCounts(page)).toEqual(before);
        expect(await page.locator('.status-bar .sample-label').count()).toBe(0);
        // …and this visit copied them back instead of reading the files again
        expect(await marked('data-restored')).toBe(true);

        await page.getByTestId('clear-data').click();
        await page.locator('[data-testid=data-source][data-source=empty]').waitFor();
        await waitReady(page);
        await expect.poll(() => shownCounts(page)).toEqual({ sheets: '0', activities: '0', outputs: '0', outcomes: '0', reviews: '0', program_money: '0', findings: '0', rejected: '0' });
        expect(dialogs).toHaveLength(1);
        expect(dialogs[0]).toMatch(/^confirm: /);
      },
      { acceptDialogs: true },
    );
  });

  it('HTML in CSV text (program <img src=x onerror=alert(1)> …) is shown literally and never runs', async () => {
    await withSession(app.browser, app.server.url, async ({ page, dialogs }) => {
      await page.goto(`${app.server.url}?view=data`);
      await importThroughFileInput(page, await fixtureFiles('xss'));
      await page.getByTestId('table-report-findings').getByText('<b>集計中</b>', { exact: true }).waitFor();

      await page.getByTestId('nav-overview').click();
      await waitViewSettled(page, 'overview');
      await page.getByTestId('table-underperformers').getByText(XSS_PROGRAM, { exact: true }).waitFor();
      expect(await page.getByTestId('filter-pillar').locator('option').allTextContents()).toContain('<b onmouseover=alert(3)>大綱</b>');

      // the treemap's tooltip (HTML built by the chart options) shows the name as text too
      await hoverAt(page, await colourSpot(page, 'chart-treemap', [STATUS_COLORS.missed]));
      await expect.poll(() => page.getByTestId('chart-treemap').textContent()).toContain(XSS_PROGRAM);

      const injected = await page.evaluate(() => document.querySelectorAll('img[src=x], img[src=y], svg[onload], [onerror], [onmouseover], [onclick], main script').length);
      expect(injected).toBe(0);
      expect(dialogs).toEqual([]);
    });
  });

});

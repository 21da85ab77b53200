/**
 * SQL分析 (?view=console) in Chromium on the built app: a query on the sample gives the figures a Node import of the
 * same files gives; a chart is drawn from it; saved queries, history and the editor text survive a reload; writes are
 * refused and the data is unchanged; 100,000 rows render as a window and scroll to the last; a long query is
 * cancelled and the database stays usable; HTML in a CSV stays text. Nothing leaves the origin, no page error.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Database } from '../../src/db/database';
import { importFiles } from '../../src/import/import-files';
import { freshDatabase, readFolder } from '../support/node-db';
import { fixtureFiles, importThroughFileInput, shownCounts, waitReady, withSession } from './app-driver';
import { screenshot, serveBuiltApp } from './harness';

const BY_YEAR_SQL = 'SELECT fiscal_year, count(*) AS programs, sum(budget) AS budget\nFROM activities\nGROUP BY fiscal_year\nORDER BY fiscal_year';

let node: Database;
beforeAll(async () => {
  node = await freshDatabase();
  await importFiles(node, await readFolder('data/sample', 'sample/'));
}, 120_000);
afterAll(() => node.close());

async function openConsole(page: Page, url: string): Promise<void> {
  await page.goto(`${url}?view=console`);
  await page.getByTestId('view-console').waitFor();
  await waitReady(page);
  await page.locator('[data-testid=sql-editor] .cm-content').waitFor();
}

/** Replaces the editor text as a user would (select all, type) and runs it with Ctrl+Enter; waits for the outcome. */
async function runSql(page: Page, sql: string): Promise<void> {
  await page.locator('[data-testid=sql-editor] .cm-content').click();
  await page.keyboard.press('Control+A');
  await page.keyboard.insertText(sql);
  await page.keyboard.press('Control+Enter');
  await waitOutcome(page);
}

async function waitOutcome(page: Page, timeout = 60_000): Promise<void> {
  await page.waitForFunction(
    () => !document.querySelector('[data-testid=console-running]') && document.querySelector('[data-testid=console-result]')?.children.length,
    null,
    { timeout, polling: 50 },
  );
}

/** The grid's visible rows as cell texts (row number first). */
async function gridRows(page: Page): Promise<string[][]> {
  return page.locator('[data-testid=result-grid] .result-body [role=row]').evaluateAll((rows) => rows.map((r) => [...r.querySelectorAll('[role=cell]')].map((c) => c.textContent ?? '')));
}

describe('SQL console', () => {
  const app = serveBuiltApp();

  it('a query on the sample gives Node’s figures, draws a chart, and saved queries, history and the text survive a reload', async () => {
    const expected = await node.run<{ fiscal_year: number; programs: number; budget: number }>(BY_YEAR_SQL);
    const fmt = (n: number) => n.toLocaleString('ja-JP');
    await withSession(app.browser, app.server.url, async ({ page, consoleErrors, log }) => {
      await openConsole(page, app.server.url);
      await screenshot(page, 'console-start');
      await runSql(page, BY_YEAR_SQL);
      expect(await page.getByTestId('result-count').getAttribute('data-rows'), log()).toBe(String(expected.length));
      expect(await gridRows(page)).toEqual(expected.map((r, i) => [fmt(i + 1), String(r.fiscal_year), fmt(r.programs), fmt(r.budget)]));
      // numbers right-aligned, headers sticky
      expect(await page.locator('[data-testid=result-grid] .result-body [role=cell].num').first().evaluate((el) => getComputedStyle(el).textAlign)).toBe('right');
      expect(await page.locator('[data-testid=result-grid] .result-head').evaluate((el) => getComputedStyle(el).position)).toBe('sticky');

      await page.getByTestId('chart-panel').locator('summary').click();
      await page.getByTestId('chart-x').selectOption({ label: 'fiscal_year' });
      await page.getByTestId('chart-y').selectOption({ label: 'budget' });
      await page.locator('[data-testid=console-chart][data-rendered=true]').waitFor();
      // redrawn as a line: wait for that drawing, not the bars' earlier one
      await page.getByTestId('console-chart').evaluate((el) => el.removeAttribute('data-rendered'));
      await page.getByTestId('chart-type').selectOption('line');
      await page.locator('[data-testid=console-chart][data-rendered=true]').waitFor();
      await screenshot(page, 'console-result-chart');

      await page.getByTestId('save-name').fill('年度別の活動数と予算');
      await page.getByTestId('save-query').click();
      await page.getByTestId('saved-list').getByText('年度別の活動数と予算').waitFor();

      await page.reload();
      await page.getByTestId('view-console').waitFor();
      await waitReady(page);
      await page.getByTestId('saved-list').getByText('年度別の活動数と予算').waitFor();
      await page.getByTestId('view-console').getByText('履歴').click();
      await page.getByTestId('history-list').getByText('SELECT fiscal_year, count(*) AS programs').waitFor();
      expect(await page.locator('[data-testid=sql-editor] .cm-content').innerText()).toBe(BY_YEAR_SQL);
      // a saved query puts its text back into the editor
      await page.locator('[data-testid=sql-editor] .cm-content').click();
      await page.keyboard.press('Control+A');
      await page.keyboard.insertText('SELECT 1');
      await page.getByTestId('saved-list').getByText('年度別の活動数と予算').click();
      expect(await page.locator('[data-testid=sql-editor] .cm-content').innerText()).toBe(BY_YEAR_SQL);
      expect(consoleErrors(), log()).toEqual([]);
    });
  });

  // one page load for four checks that each used to open the app afresh: an error, 100,000 rows, a cancelled query, and
  // then (from the data page the cancel check ends on) the refused writes; each part waits for its own outcome
  it('an error shows DuckDB’s message and marks the place; 100,000 rows render as a window; cancel stops a long query; DROP TABLE and a deleting CTE are refused in Japanese and the data page counts are unchanged', async () => {
    await withSession(app.browser, app.server.url, async ({ page }) => {
      // an error shows DuckDB’s message and marks the place in the editor
      await openConsole(page, app.server.url);
      await runSql(page, 'SELECT fiscal_year,\n  nope\nFROM sheets');
      expect(await page.getByTestId('console-error').textContent()).toContain('nope');
      expect(await page.getByTestId('sql-error-mark').textContent()).toBe('nope');
      await screenshot(page, 'console-error');

      // 100,000 rows: only a window is in the DOM, and scrolling to the end shows row 99,999
      const started = Date.now();
      await runSql(page, 'SELECT range AS n, range * 1.5 AS x, NULL AS z FROM range(100000)');
      await page.locator('[data-testid=result-grid] .result-body [role=row]').first().waitFor();
      const renderMs = Date.now() - started;
      expect(await page.getByTestId('result-count').getAttribute('data-rows')).toBe('100000');
      const domRows = await page.locator('[data-testid=result-grid] [role=row]').count();
      expect(domRows).toBeLessThan(80);
      expect((await gridRows(page))[0]).toEqual(['1', '0', '0', 'NULL']);

      // scroll smoothness: scroll through in 60 animation frames and record the longest frame
      const frames = await page.getByTestId('result-grid').evaluate(
        (grid) =>
          new Promise<number[]>((resolve) => {
            const gaps: number[] = [];
            let last = performance.now();
            let step = 0;
            const tick = () => {
              const now = performance.now();
              gaps.push(now - last);
              last = now;
              grid.scrollTop = (grid.scrollHeight * step) / 60;
              if (++step <= 60) requestAnimationFrame(tick);
              else resolve(gaps.slice(1));
            };
            requestAnimationFrame(tick);
          }),
      );
      await page.getByTestId('result-grid').evaluate((grid) => {
        grid.scrollTop = grid.scrollHeight;
      });
      await page.locator('[data-testid=result-grid] [data-row="99999"]').waitFor();
      const last = await page.locator('[data-testid=result-grid] [data-row="99999"] [role=cell]').allTextContents();
      expect(last).toEqual(['100,000', '99,999', '149,998.5', 'NULL']);
      expect(await page.locator('[data-testid=result-grid] [role=row]').count()).toBeLessThan(80);
      const heap = await page.evaluate(() => (performance as Performance & { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? null);
      console.info(
        `[console] 100k rows: run+render ${renderMs} ms (elapsed shown: ${await page.getByTestId('result-elapsed').textContent()}), DOM rows ${domRows}, ` +
          `scroll frames median ${median(frames).toFixed(1)} ms max ${Math.max(...frames).toFixed(1)} ms, JS heap ${heap === null ? '?' : Math.round(heap / 1e6)} MB`,
      );
      await screenshot(page, 'console-100k-end');

      // cancel stops a long query and the database stays usable
      await page.locator('[data-testid=sql-editor] .cm-content').click();
      await page.keyboard.press('Control+A');
      await page.keyboard.insertText('SELECT count(*) FROM range(10000000000)');
      await page.getByTestId('console-run').click();
      await page.getByTestId('console-running').waitFor();
      const clicked = Date.now();
      await page.getByTestId('console-cancel').click();
      await page.getByTestId('console-cancelled').waitFor({ timeout: 15_000 });
      const stopMs = Date.now() - clicked;
      console.info(`[console] cancel took ${stopMs} ms`);
      await runSql(page, 'SELECT 42 AS answer');
      expect(await gridRows(page)).toEqual([['1', '42']]);
      // the app's own connection is fine too
      await page.getByTestId('nav-data').click();
      await page.getByTestId('table-counts').waitFor();

      // refuses DROP TABLE and a CTE that deletes, in Japanese, and the data page counts are unchanged
      const before = await shownCounts(page);
      expect(Number(before.sheets?.replaceAll(',', ''))).toBeGreaterThan(0);

      await page.getByTestId('nav-console').click();
      await page.locator('[data-testid=sql-editor] .cm-content').waitFor();
      await runSql(page, 'DROP TABLE sheets');
      expect(await page.getByTestId('console-refused').textContent()).toMatch(/「DROP」は実行できません.*読み取り専用/);
      await screenshot(page, 'console-refused');
      await runSql(page, 'WITH x AS (SELECT 1) DELETE FROM activities');
      await page.getByTestId('console-refused').waitFor();
      await runSql(page, 'SELECT count(*) AS n FROM sheets');
      expect(await gridRows(page)).toEqual([['1', before.sheets]]);

      await page.getByTestId('nav-data').click();
      await page.getByTestId('table-counts').waitFor();
      expect(await shownCounts(page)).toEqual(before);
    });
  }, 180_000);

  it('a program name that is HTML stays inert text in the grid', async () => {
    await withSession(app.browser, app.server.url, async ({ page, dialogs }) => {
      await page.goto(`${app.server.url}?view=data`);
      await importThroughFileInput(page, await fixtureFiles('xss'));
      await page.getByTestId('nav-console').click();
      await page.locator('[data-testid=sql-editor] .cm-content').waitFor();
      await runSql(page, 'SELECT sheet_no, program, department, length(program) AS chars FROM sheets ORDER BY sheet_no');
      const rows = await gridRows(page);
      expect(rows[0]).toEqual(['1', '801', '<img src=x onerror=alert(1)>', '<script>alert(2)</script>課', '28']);
      expect(await page.locator('[data-testid=result-grid] img, [data-testid=result-grid] script, [data-testid=result-grid] b, [data-testid=result-grid] svg').count()).toBe(0);
      await page.getByTestId('chart-panel').locator('summary').click();
      await page.getByTestId('chart-x').selectOption({ label: 'program' });
      await page.locator('[data-testid=console-chart][data-rendered=true]').waitFor().catch(() => undefined);
      await screenshot(page, 'console-xss');
      expect(dialogs).toEqual([]);
    });
  });
});

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}

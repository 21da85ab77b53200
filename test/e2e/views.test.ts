/**
 * Every view of the built app renders on the sample without an error message, a console error or a foreign request;
 * a full-page screenshot of each lands in test-results/screenshots/view-<name>.png (look at them).
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitViewSettled, withSession } from './app-driver';
import { launchBrowser, screenshot, startStaticServer, type StaticServer } from './harness';

describe('views: a screenshot of every view', () => {
  let server: StaticServer;
  let browser: Browser;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startStaticServer('dist'), launchBrowser()]);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('every view renders (screenshots in test-results/screenshots)', async () => {
    await withSession(browser, server.url, async ({ page, consoleErrors, log }) => {
      await page.goto(server.url);
      await waitViewSettled(page, 'overview');
      await screenshot(page, 'view-overview');
      for (const view of ['policy', 'programs', 'gaps', 'zero-cost', 'budget', 'data']) {
        await page.getByTestId(`nav-${view}`).click();
        await waitViewSettled(page, view);
        await screenshot(page, `view-${view}`);
      }
      await page.getByTestId('nav-overview').click();
      await waitViewSettled(page, 'overview');
      await page.getByTestId('table-underperformers').locator('tbody tr a').first().click();
      await waitViewSettled(page, 'program');
      await screenshot(page, 'view-program');
      expect(await page.getByRole('alert').count(), log()).toBe(0);
      expect(consoleErrors(), log()).toEqual([]);
    });
  });
});

/**
 * Every view of the built app renders on the sample without an error message, a console error or a foreign request;
 * a full-page screenshot of each lands in test-results/screenshots/view-<name>.png (look at them).
 */
import { describe, expect, it } from 'vitest';
import { waitViewSettled, withSession } from './app-driver';
import { screenshot, serveBuiltApp } from './harness';

describe('views: a screenshot of every view', () => {
  const app = serveBuiltApp();

  it('every view renders (screenshots in test-results/screenshots)', async () => {
    await withSession(app.browser, app.server.url, async ({ page, consoleErrors, log }) => {
      await page.goto(app.server.url);
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

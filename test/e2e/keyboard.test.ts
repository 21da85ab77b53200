/**
 * Keyboard and display: the skip link comes first, a keyboard-only walk reaches a program page from the overview
 * (every stop with a visible focus outline), the thresholds disclosure closes on Escape and gives the focus back,
 * the SQL editor lets Tab out; the overview and a program page reflow at 320 px and at 200% zoom without a page-wide
 * horizontal scroll (screenshots in test-results/screenshots/a11y-*.png — look at them).
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { waitViewSettled, withSession } from './app-driver';
import { screenshot, serveBuiltApp } from './harness';

/** What has the focus: its tag, text and whether an outline (or a box-shadow ring) is drawn around it. */
async function focused(page: Page): Promise<{ tag: string; text: string; testid: string | null; inside: string | null; visible: boolean }> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el) return { tag: '', text: '', testid: null, inside: null, visible: false };
    const css = getComputedStyle(el);
    const ring = (css.outlineStyle !== 'none' && parseFloat(css.outlineWidth) >= 2) || css.boxShadow !== 'none';
    return {
      tag: el.tagName.toLowerCase(),
      text: (el.textContent ?? '').trim().slice(0, 40),
      testid: el.getAttribute('data-testid'),
      inside: el.closest('[data-testid^="table-"]')?.getAttribute('data-testid') ?? null,
      visible: ring,
    };
  });
}

/** The page scrolls sideways as a whole (tables scrolling inside their own box are fine: WCAG 1.4.10 allows it). */
async function pageOverflow(page: Page): Promise<number> {
  const { over, culprits } = await page.evaluate(() => {
    const W = document.documentElement.clientWidth;
    // the outermost elements that reach past the right edge (inside a scrolling box they do not count)
    const culprits = [...document.querySelectorAll('body *')]
      .filter((el) => el.getBoundingClientRect().right > W + 1 && !el.parentElement?.closest('.table-wrap, .result-grid'))
      .slice(0, 12)
      .map((el) => `${el.tagName.toLowerCase()}.${el.getAttribute('class') ?? ''} right=${Math.round(el.getBoundingClientRect().right)}`);
    return { over: document.documentElement.scrollWidth - W, culprits };
  });
  if (over > 0) console.log('wider than the window:', culprits);
  return over;
}

describe('keyboard and display', () => {
  const app = serveBuiltApp();

  it('skip link first; Tab alone reaches a program page from the overview, focus always visible', async () => {
    await withSession(app.browser, app.server.url, async ({ page }) => {
      await page.goto(app.server.url);
      await waitViewSettled(page, 'overview');
      await page.keyboard.press('Tab');
      const first = await focused(page);
      expect(first.text).toBe('本文へ移動');
      expect(first.visible).toBe(true);
      await page.keyboard.press('Enter');
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('main');

      // from the start of the view, Tab until a program link of the underperformers' table has the focus
      let stop = await focused(page);
      for (let i = 0; i < 80 && !(stop.tag === 'a' && stop.inside === 'table-underperformers'); i++) {
        await page.keyboard.press('Tab');
        stop = await focused(page);
        expect(stop.visible, `focus ring on ${stop.tag} "${stop.text}"`).toBe(true);
      }
      expect(stop.inside).toBe('table-underperformers');
      await page.keyboard.press('Enter');
      await waitViewSettled(page, 'program');
      await expect.poll(() => page.getByTestId('view-program').first().textContent()).toContain(stop.text.replace('（名称なし）', ''));
    });
  });

  it('thresholds disclosure: Enter opens, Escape closes and returns the focus; the SQL editor lets Tab out', async () => {
    await withSession(app.browser, app.server.url, async ({ page }) => {
      await page.goto(`${app.server.url}?view=budget`);
      await waitViewSettled(page, 'budget');
      const summary = page.getByTestId('thresholds-summary');
      await summary.focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => page.getByTestId('thresholds').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
      await page.getByTestId('threshold-near').focus();
      await page.keyboard.press('Escape');
      await expect.poll(() => page.getByTestId('thresholds').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
      expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('thresholds-summary');

      await page.getByTestId('nav-console').click();
      await waitViewSettled(page, 'console');
      const editor = page.getByTestId('sql-editor-content');
      await editor.click();
      await page.keyboard.press('Tab');
      const after = await focused(page);
      expect(after.testid, 'Tab left the editor').not.toBe('sql-editor-content');
      expect(await page.evaluate(() => !!document.activeElement?.closest('.cm-editor'))).toBe(false);
    });
  });

  it('forced colours keep every figure and badge outlined; reduced motion draws the charts without animation', async () => {
    const context = await app.browser.newContext({ locale: 'ja-JP', timezoneId: 'Asia/Tokyo', viewport: { width: 1366, height: 900 }, forcedColors: 'active', reducedMotion: 'reduce' });
    try {
      const page = await context.newPage();
      await page.goto(`${app.server.url}?view=gaps`);
      await waitViewSettled(page, 'gaps');
      const borders = await page.evaluate(() => [...document.querySelectorAll('.figure, .status, .panel')].map((el) => getComputedStyle(el).borderTopStyle));
      expect(borders.length).toBeGreaterThan(10);
      expect(borders.every((b) => b === 'solid')).toBe(true);
      const motion = await page.evaluate(() => [...document.querySelectorAll('main .chart')].map((el) => el.getAttribute('data-motion')));
      expect(motion.length).toBeGreaterThan(0);
      expect(motion.every((m) => m === 'reduced')).toBe(true);
      await screenshot(page, 'a11y-gaps-forced-colors');
    } finally {
      await context.close();
    }
  });

  for (const [name, viewport, scale] of [
    ['320px', { width: 320, height: 640 }, 1],
    // 200% zoom of a 1366×900 window: half as many CSS pixels, each drawn twice as large
    ['zoom200', { width: 683, height: 450 }, 2],
  ] as const) {
    it(`reflows at ${name}: no page-wide horizontal scroll on the overview and a program page`, async () => {
      const context = await app.browser.newContext({ locale: 'ja-JP', timezoneId: 'Asia/Tokyo', viewport, deviceScaleFactor: scale });
      try {
        const page = await context.newPage();
        await page.goto(app.server.url);
        await waitViewSettled(page, 'overview');
        expect(await pageOverflow(page)).toBeLessThanOrEqual(0);
        await screenshot(page, `a11y-overview-${name}`);
        await page.getByTestId('table-underperformers').locator('tbody tr a').first().click();
        await waitViewSettled(page, 'program');
        expect(await pageOverflow(page)).toBeLessThanOrEqual(0);
        await screenshot(page, `a11y-program-${name}`);
      } finally {
        await context.close();
      }
    });
  }
});

/**
 * The accessibility audit of the e2e tests: axe-core (through @axe-core/playwright) with the WCAG 2.1 A/AA rules over
 * every view, and, on the English screen, no Japanese outside the data (data text is marked lang="ja"). No axe rule
 * is switched off; the parts of the English screen left unchecked are listed in NOT_CHECKED_FOR_ENGLISH with their
 * reasons (and in docs/accessibility.md).
 */
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { expect } from 'vitest';
import { waitViewSettled, withSession } from './app-driver';
import { screenshot } from './harness';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** Views reached by URL (the program page through the overview's first underperformer). */
const VIEWS = ['overview', 'policy', 'programs', 'gaps', 'zero-cost', 'budget', 'briefing', 'console', 'data'] as const;

/** axe results as short lines: rule, impact, and the first selectors of its nodes. */
export async function axeViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return result.violations.map((v) => `${v.id} (${v.impact}, ${v.nodes.length}): ${v.nodes.slice(0, 4).map((n) => n.target.join(' ')).join(' | ')} — ${v.nodes[0]?.failureSummary?.split('\n').slice(0, 2).join(' ')}`);
}

/**
 * Parts of the English screen that stay Japanese for a stated reason (docs/accessibility.md), by selector:
 * - the SQL editor holds the user's SQL (the examples are the analyses' own SQL, with Japanese string literals).
 */
const NOT_CHECKED_FOR_ENGLISH = [
  '.cm-editor',
].join(', ');

/**
 * Text on the screen in Japanese script (kana or CJK ideographs) that is not data: data text sits inside an element
 * with lang="ja" (program names, pillars, units the data carries), which the app marks. Returns the offending text.
 */
export async function japaneseOutsideData(page: Page): Promise<string[]> {
  return page.evaluate((skip) => {
    const JA = /[\u3040-\u30ff\u3400-\u9fff\uff66-\uff9f]/;
    const out: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const text = n.textContent ?? '';
      if (!JA.test(text)) continue;
      const el = n.parentElement;
      if (!el || el.closest('body [lang="ja"], script, style, noscript') || el.closest(skip)) continue;
      // hidden text (closed <details> content still counts: a screen reader reaches it)
      if (el.closest('[hidden], [aria-hidden="true"]')) continue;
      const cls = el.getAttribute('class');
      out.push(`${el.tagName.toLowerCase()}${cls ? '.' + cls.split(' ')[0] : ''}: ${text.trim().slice(0, 60)}`);
    }
    // attributes a person meets: accessible names, titles, placeholders
    for (const el of document.body.querySelectorAll('[aria-label], [title], [placeholder], [alt]')) {
      if (el.closest('[hidden], [aria-hidden="true"]')) continue;
      if (el.closest('body [lang="ja"]') || el.closest(skip)) continue;
      for (const a of ['aria-label', 'title', 'placeholder', 'alt']) {
        const v = el.getAttribute(a);
        if (v && JA.test(v)) out.push(`${el.tagName.toLowerCase()}[${a}]: ${v.slice(0, 60)}`);
      }
    }
    return [...new Set(out)];
  }, NOT_CHECKED_FOR_ENGLISH);
}

/**
 * One page load in `lang`, every view reached through the navigation (DuckDB starts once), then the program page
 * through the overview's first underperformer: axe on each; on the English screen also no Japanese outside the data.
 * With `screenshots` (the Japanese walk: what test/e2e/views.test.ts did in a page load of its own), a full-page
 * screenshot of each view (test-results/screenshots/view-<name>.png), and at the end no error message on the
 * screen and no console error in the whole walk.
 */
export async function auditEveryView(browser: Browser, baseUrl: string, lang: 'ja' | 'en', { screenshots = false } = {}): Promise<void> {
  await withSession(browser, baseUrl, async ({ page, log, consoleErrors }) => {
    const found: Record<string, string[]> = {};
    const japanese: Record<string, string[]> = {};
    const check = async (name: string) => {
      const v = await axeViolations(page);
      if (v.length) found[name] = v;
      const j = await japaneseOutsideData(page);
      if (lang === 'en' && j.length) japanese[name] = j;
      // the detector itself must see Japanese where there is some, or the English check could pass on nothing
      if (lang === 'ja' && name === 'overview') expect(j.length, 'the Japanese overview shows Japanese text').toBeGreaterThan(20);
      if (screenshots) await screenshot(page, `view-${name}`);
    };
    await page.goto(`${baseUrl}${lang === 'en' ? '?lang=en' : ''}`);
    for (const view of VIEWS) {
      if (view !== 'overview') await page.getByTestId(`nav-${view}`).click();
      await waitViewSettled(page, view);
      await check(view);
    }
    await page.getByTestId('nav-overview').click();
    await waitViewSettled(page, 'overview');
    await page.getByTestId('table-underperformers').locator('tbody tr a').first().click();
    await waitViewSettled(page, 'program');
    await check('program');
    if (screenshots) {
      expect(await page.getByRole('alert').count(), log()).toBe(0);
      expect(consoleErrors(), log()).toEqual([]);
    }
    expect(found, log()).toEqual({});
    expect(japanese).toEqual({});
    if (lang === 'en') expect(await page.title()).not.toMatch(/[\u3040-\u30ff\u3400-\u9fff]/);
  });
}

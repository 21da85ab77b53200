/**
 * The dashboard in Chromium, against the built app: the sample's figures equal the Node analyses, the treemap and
 * sunburst drill-downs, permalinks, and the cached revisit. No request may leave the origin in any test.
 * (The user's files: user-data.test.ts; a screenshot of every view: accessibility-ja.test.ts — split so the suite runs on both
 * cores.)
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AllAnalyses } from '../../src/analyses/all';
import { runAllAnalyses } from '../../src/analyses/all';
import { STATUS_COLORS } from '../../src/charts/theme';
import { openDataset } from '../../src/cli/open-dataset';
import type { Database } from '../../src/db/database';
import { formatFiscalYear } from '../../src/format/ja';
import { clickChart, colourSpot, expectedHeadline, headlineTexts, persistedQueries, waitViewSettled, withSession } from './app-driver';
import { launchBrowser, startStaticServer, type StaticServer } from './harness';

const cityRow = (a: AllAnalyses) => a.policy.find((p) => p.level === 'city');
const LEAF_COLOURS = Object.values(STATUS_COLORS);
/** the colour of the sunburst's first ring around the centre (src/charts/policy-options.ts RING_COLORS[0]) */
const PILLAR_RING = '#1e3a5f';

describe('dashboard: the built app in Chromium', () => {
  let server: StaticServer;
  let browser: Browser;
  let db: Database;
  let years: number[];
  let latest: AllAnalyses;

  beforeAll(async () => {
    // The Node reference: the same sample, imported and analysed by the same code as `npm run analyze`.
    const node = (async () => {
      ({ db } = await openDataset(['data/sample']));
      years = (await db.run<{ y: number }>('-- e2e-years\nSELECT DISTINCT fiscal_year AS y FROM current_sheets ORDER BY y DESC')).map((r) => r.y);
      latest = await runAllAnalyses(db, { year: years[0]! });
    })();
    [server, browser] = await Promise.all([startStaticServer(), launchBrowser(), node]);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await db?.close();
  });

  it('opens on the fictional sample, with headline figures equal to the Node analyses of the same year', async () => {
    await withSession(browser, server.url, async ({ page }) => {
      await page.goto(server.url);
      await waitViewSettled(page, 'overview');
      await expect.poll(() => page.locator('.status-bar .sample-label').textContent()).toContain('架空');
      expect(await page.locator('main h2').first().textContent()).toContain(formatFiscalYear(years[0]!));
      expect(await headlineTexts(page)).toEqual(expectedHeadline(cityRow(latest)));
      const sheetNos = await page.locator('[data-testid=table-underperformers] tbody tr td:nth-child(2)').allTextContents();
      expect(sheetNos).toEqual(latest.underperformers.slice(0, 10).map((p) => p.sheet_no));
    });
  });

  it('clicking a program in the treemap opens that program’s page', async () => {
    await withSession(browser, server.url, async ({ page }) => {
      await page.goto(server.url);
      await waitViewSettled(page, 'overview');
      await clickChart(page, 'chart-treemap', await colourSpot(page, 'chart-treemap', LEAF_COLOURS));
      await waitViewSettled(page, 'program');
      const key = new URL(page.url()).searchParams.get('program');
      const program = latest.programs.find((p) => p.program_key === key);
      expect(program, `program=${key} is not a program of ${years[0]}`).toBeDefined();
      await expect.poll(() => page.getByTestId('view-program').first().textContent()).toContain(program!.program);
    });
  });

  it('the policy sunburst drills down 大綱 › 目標, and the breadcrumb follows and leads back', async () => {
    await withSession(browser, server.url, async ({ page }) => {
      await page.goto(`${server.url}?view=policy`);
      await waitViewSettled(page, 'policy');
      await page.locator('[data-testid=chart-sunburst][data-rendered=true]').waitFor();
      const current = page.locator('[data-testid=breadcrumb] [aria-current=location]');
      expect(await current.textContent()).toBe('全体');

      await clickChart(page, 'chart-sunburst', await colourSpot(page, 'chart-sunburst', [PILLAR_RING]));
      await expect.poll(() => new URL(page.url()).searchParams.get('pillar')).not.toBeNull();
      const pillar = new URL(page.url()).searchParams.get('pillar')!;
      expect(latest.policy.filter((r) => r.level === 'pillar').map((r) => r.pillar)).toContain(pillar);
      await expect.poll(() => current.textContent()).toBe(pillar);
      await page.locator('[data-testid=chart-sunburst][data-rendered=true]').waitFor();
      await waitViewSettled(page, 'policy');

      // after the drill, the pillar is the centre and its goals form the first ring (the same colour)
      await clickChart(page, 'chart-sunburst', await colourSpot(page, 'chart-sunburst', [PILLAR_RING]));
      await expect.poll(() => new URL(page.url()).searchParams.get('goal')).not.toBeNull();
      const goal = new URL(page.url()).searchParams.get('goal')!;
      expect(latest.policy.filter((r) => r.level === 'goal' && r.pillar === pillar).map((r) => r.goal)).toContain(goal);
      await expect.poll(() => current.textContent()).toBe(goal);

      await page.getByTestId('breadcrumb').getByRole('link', { name: '全体' }).click();
      await expect.poll(() => current.textContent()).toBe('全体');
      expect(new URL(page.url()).searchParams.get('pillar')).toBeNull();
    });
  });

  it('a permalink (view, year, pillar) reopens the same view with the same filters and figures', async () => {
    const year = years[1]!;
    let link = '';
    let pillar = '';
    let scoped: Record<string, string> = {};
    await withSession(browser, server.url, async ({ page }) => {
      await page.goto(server.url);
      await waitViewSettled(page, 'overview');
      await page.getByTestId('filter-year').selectOption(String(year));
      pillar = (await page.getByTestId('filter-pillar').locator('option').nth(2).getAttribute('value'))!;
      await page.getByTestId('filter-pillar').selectOption(pillar);
      await waitViewSettled(page, 'overview');
      scoped = expectedHeadline(cityRow(await runAllAnalyses(db, { year, pillar })));
      await expect.poll(() => headlineTexts(page)).toEqual(scoped);
      await page.getByTestId('nav-programs').click();
      await waitViewSettled(page, 'programs');
      link = page.url();
    });
    const params = new URL(link).searchParams;
    expect([params.get('view'), params.get('year'), params.get('pillar')]).toEqual(['programs', String(year), pillar]);

    // A new browser context: nothing but the URL carries the state.
    await withSession(browser, server.url, async ({ page }) => {
      await page.goto(link);
      await waitViewSettled(page, 'programs');
      expect(await page.getByTestId('filter-year').inputValue()).toBe(String(year));
      expect(await page.getByTestId('filter-pillar').inputValue()).toBe(pillar);
      await page.getByTestId('nav-overview').click();
      await waitViewSettled(page, 'overview');
      expect(await headlineTexts(page)).toEqual(scoped);
    });
  });

  it('a revisit shows the cached overview (badge, before DuckDB is ready), then the live figures', async () => {
    await withSession(browser, server.url, async ({ page }) => {
      await page.goto(server.url);
      await waitViewSettled(page, 'overview');
      const live = await headlineTexts(page);
      // The persister writes the cache (throttled): wait until this overview's own queries (the default year, no
      // filter) are in IndexedDB — a policy query of another scope may be written before them.
      const persisted = (name: string, q: { key: unknown[]; status: string }) => {
        const scope = q.key[2] as { year?: number | null; pillar?: string | null } | null;
        return q.key[1] === name && q.status === 'success' && q.key[3] !== null && (name === 'dimensions' || (scope?.year === years[0] && !scope?.pillar));
      };
      await expect
        .poll(async () => {
          const queries = await persistedQueries(page);
          return ['dimensions', 'policy', 'program-tree'].every((name) => queries.some((q) => persisted(name, q)));
        }, { timeout: 30_000, interval: 200 })
        .toBe(true);

      // On the next load, note the first moment the headline is in the DOM: its phase, the badge, its figures.
      await page.context().addInitScript(() => {
        const w = window as unknown as { __firstHeadline?: unknown };
        const observer = new MutationObserver(() => {
          const headline = document.querySelector('[data-testid=headline]');
          if (!headline || w.__firstHeadline) return;
          w.__firstHeadline = {
            at: performance.now(),
            phase: document.querySelector('[data-testid=status-bar]')?.getAttribute('data-phase'),
            badge: document.querySelector('[data-testid=cached-badge]') !== null,
            figures: Object.fromEntries([...headline.querySelectorAll('[data-figure]')].map((el) => [el.getAttribute('data-figure'), el.querySelector('dd')?.textContent ?? ''])),
          };
          observer.disconnect();
        });
        observer.observe(document, { childList: true, subtree: true });
      });
      await page.reload();
      await page.getByTestId('cached-badge').waitFor({ state: 'attached' });
      await page.getByTestId('headline').waitFor();
      await waitViewSettled(page, 'overview');
      expect(await page.getByTestId('cached-badge').count()).toBe(0);

      const first = await page.evaluate(() => {
        const w = window as unknown as { __firstHeadline?: { at: number; phase: string; badge: boolean; figures: Record<string, string> } };
        const ready = performance.getEntriesByName('duckdb-ready')[0];
        return { ...w.__firstHeadline!, duckdbReady: ready ? ready.startTime : null };
      });
      expect(first.phase).not.toBe('ready');
      expect(first.badge).toBe(true);
      expect(first.duckdbReady).not.toBeNull();
      expect(first.at).toBeLessThan(first.duckdbReady!);
      expect(first.figures).toEqual(live);
      expect(await headlineTexts(page)).toEqual(live);
      console.info(`[e2e dashboard] revisit: cached headline at ${Math.round(first.at)} ms, DuckDB ready at ${Math.round(first.duckdbReady!)} ms`);
    });
  });
});

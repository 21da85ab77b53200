/**
 * Driving the Seika app in the e2e tests: waiting for DuckDB and the charts, importing fixture files through the data
 * page's file input, and finding where to click on a canvas chart (ECharts draws no DOM per segment).
 * Every wait is on a condition; none is a fixed sleep.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { Browser } from 'playwright-core';
import type { PolicyRow } from '../../src/analyses/policy';
import { formatMoney, formatNumber, formatPercent } from '../../src/format/ja';
import { openPage, REPO_ROOT, type OpenedPage } from './harness';

export const FIXTURES = path.join(REPO_ROOT, 'test', 'fixtures', 'e2e');

/** Waits until the status bar says 'ready' (DuckDB up, data imported); throws with the app's message on 'error'. */
export async function waitReady(page: Page, timeout = 60_000): Promise<void> {
  const handle = await page.waitForFunction(
    () => {
      const phase = document.querySelector('[data-testid=status-bar]')?.getAttribute('data-phase');
      return phase === 'ready' || phase === 'error' ? phase : null;
    },
    null,
    { timeout, polling: 50 },
  );
  if ((await handle.jsonValue()) === 'error') {
    throw new Error(`the app reported: ${await page.getByTestId('status-bar').textContent()}`);
  }
}

/** Waits until the view (a ViewName, as in ?view=) is shown, nothing in it is loading, and every chart in it has drawn. */
export async function waitViewSettled(page: Page, view: string, timeout = 60_000): Promise<void> {
  await page.locator(`[data-testid="nav-${view}"][aria-current=page]`).waitFor({ timeout });
  await page.locator('main section.view[data-testid^="view-"]').first().waitFor({ timeout });
  await waitReady(page, timeout);
  await page.waitForFunction(
    () =>
      document.querySelectorAll('main .state.loading').length === 0 &&
      [...document.querySelectorAll('main .chart')].every((c) => c.getAttribute('data-rendered') === 'true'),
    null,
    { timeout, polling: 50 },
  );
}

/** The headline figures of the overview, by data-figure key. */
export async function headlineTexts(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() =>
    Object.fromEntries(
      [...document.querySelectorAll('[data-testid=headline] [data-figure]')].map((el) => [el.getAttribute('data-figure'), el.querySelector('dd')?.textContent ?? '']),
    ),
  );
}

/** The overview's headline as src/views/OverviewView.tsx formats it, from a Node roll-up's city row. */
export function expectedHeadline(city: Pick<PolicyRow, 'programs' | 'outcomes' | 'achieved' | 'near' | 'missed' | 'not_measured' | 'budget' | 'spend' | 'execution' | 'zero_cost_activities'> | undefined): Record<string, string> {
  if (!city) throw new Error('no city row in the Node roll-up');
  return {
    programs: formatNumber(city.programs, '事業'),
    outcomes: formatNumber(city.outcomes, '件'),
    achieved: formatNumber(city.achieved, '件'),
    near: formatNumber(city.near, '件'),
    missed: formatNumber(city.missed, '件'),
    not_measured: formatNumber(city.not_measured, '件'),
    budget: formatMoney(city.budget),
    spend: formatMoney(city.spend),
    execution: formatPercent(city.execution),
    zero_cost: formatNumber(city.zero_cost_activities, '件'),
  };
}

/** All the files of one fixture folder (sorted), as paths for setInputFiles. */
export async function fixtureFiles(name: string): Promise<string[]> {
  const dir = path.join(FIXTURES, name);
  return (await readdir(dir))
    .filter((n) => /\.(csv|tsv|txt)$/.test(n))
    .sort()
    .map((n) => path.join(dir, n));
}

/** Imports files through the data page's file input (as a user picking them) and waits for the import to finish. */
export async function importThroughFileInput(page: Page, files: string[]): Promise<void> {
  if (!(await page.getByTestId('view-data').isVisible())) await page.getByTestId('nav-data').click();
  await page.getByTestId('view-data').waitFor();
  await waitReady(page);
  await page.getByTestId('file-input').setInputFiles(files);
  await page.locator('[data-testid=data-source][data-source=user]').waitFor();
  await waitReady(page);
  await page.getByTestId('table-counts').waitFor();
}

/** Imports files by dropping them on the data page's drop zone (a DataTransfer built in the page from their bytes). */
export async function importByDrop(page: Page, files: string[]): Promise<void> {
  if (!(await page.getByTestId('view-data').isVisible())) await page.getByTestId('nav-data').click();
  await waitReady(page);
  const payload = await Promise.all(files.map(async (f) => ({ name: path.basename(f), bytes: [...(await readFile(f))] })));
  const dataTransfer = await page.evaluateHandle((list) => {
    const dt = new DataTransfer();
    for (const f of list) dt.items.add(new File([new Uint8Array(f.bytes)], f.name, { type: 'text/csv' }));
    return dt;
  }, payload);
  await page.getByTestId('drop-zone').dispatchEvent('dragover', { dataTransfer });
  await page.getByTestId('drop-zone').dispatchEvent('drop', { dataTransfer });
  await page.locator('[data-testid=data-source][data-source=user]').waitFor();
  await waitReady(page);
  await page.getByTestId('table-counts').waitFor();
}

/** Row counts of the data page's table-counts, by table (as parsed from the ja-JP text). */
export async function shownCounts(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() =>
    Object.fromEntries([...document.querySelectorAll('[data-testid=table-counts] [data-testid^=count-]')].map((el) => [el.getAttribute('data-testid')!.slice(6), el.textContent ?? ''])),
  );
}

/**
 * Page coordinates of the middle of the largest square area painted in one of `colours` on a chart's canvas: a
 * point well inside one segment (away from its label and borders) that a click or hover surely hits.
 */
export async function colourSpot(page: Page, testId: string, colours: string[]): Promise<{ x: number; y: number; side: number }> {
  const spot = await page.evaluate(
    ({ testId, colours }) => {
      const canvas = document.querySelector<HTMLCanvasElement>(`[data-testid="${testId}"] canvas`);
      if (!canvas) return null;
      const { width: w, height: h } = canvas;
      const px = canvas.getContext('2d')!.getImageData(0, 0, w, h).data;
      const wanted = colours.map((c) => [1, 3, 5].map((i) => parseInt(c.slice(i, i + 2), 16)));
      // side[y][x]: the side of the largest all-wanted square whose bottom-right corner is (x, y)
      const side = new Uint16Array(w * h);
      let best = { x: 0, y: 0, s: 0 };
      for (let y = 0; y < h; y++) {
        for (let x = 0; x < w; x++) {
          const i = (y * w + x) * 4;
          const hit = px[i + 3] === 255 && wanted.some(([r, g, b]) => Math.abs(px[i]! - r!) <= 2 && Math.abs(px[i + 1]! - g!) <= 2 && Math.abs(px[i + 2]! - b!) <= 2);
          if (!hit) continue;
          const s = x === 0 || y === 0 ? 1 : 1 + Math.min(side[i / 4 - 1]!, side[i / 4 - w]!, side[i / 4 - w - 1]!);
          side[i / 4] = s;
          if (s > best.s) best = { x, y, s };
        }
      }
      if (best.s === 0) return null;
      const rect = canvas.getBoundingClientRect();
      const scale = rect.width / w;
      return { x: rect.left + window.scrollX + (best.x - best.s / 2) * scale, y: rect.top + window.scrollY + (best.y - best.s / 2) * scale, side: best.s * scale };
    },
    { testId, colours },
  );
  if (!spot) throw new Error(`no area painted in ${colours.join('/')} on ${testId}`);
  return spot;
}

/** Moves the mouse to page coordinates (scrolled into the viewport first). */
export async function hoverAt(page: Page, spot: { x: number; y: number }): Promise<void> {
  const { vx, vy } = await page.evaluate(({ x, y }) => {
    window.scrollTo(0, Math.max(0, y - window.innerHeight / 2));
    return { vx: x - window.scrollX, vy: y - window.scrollY };
  }, spot);
  await page.mouse.move(vx, vy);
}

/**
 * Clicks a chart at page coordinates so that its next data-rendered="true" means the chart drew again after the
 * click: hover first and let the hover highlight draw (two animation frames), then clear the attribute, then press.
 */
export async function clickChart(page: Page, testId: string, spot: { x: number; y: number }): Promise<void> {
  await hoverAt(page, spot);
  await page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))));
  await page.evaluate((id) => document.querySelector(`[data-testid="${id}"]`)?.removeAttribute('data-rendered'), testId);
  await page.mouse.down();
  await page.mouse.up();
}

export interface Session extends OpenedPage {
  /** messages of every alert/confirm/prompt the page opened */
  dialogs: string[];
}

/**
 * One test's browser context: the page, with what it requested and every dialog recorded. After the body, nothing may
 * have left the origin and no uncaught error may have happened; the context is closed either way.
 */
export async function withSession(browser: Browser, baseUrl: string, body: (s: Session) => Promise<void>, { acceptDialogs = false } = {}): Promise<void> {
  const opened = await openPage(browser, baseUrl);
  const dialogs: string[] = [];
  opened.page.on('dialog', (d) => {
    dialogs.push(`${d.type()}: ${d.message()}`);
    void (acceptDialogs ? d.accept() : d.dismiss());
  });
  try {
    await body({ ...opened, dialogs });
    expect(opened.foreignRequests(), opened.log()).toEqual([]);
    expect(opened.pageErrors(), opened.log()).toEqual([]);
  } finally {
    await opened.page.context().close();
  }
}

/** The queries the persister has written to IndexedDB (src/main.tsx: store seika-cache/queries), as key and status. */
export async function persistedQueries(page: Page): Promise<{ key: unknown[]; status: string }[]> {
  return page.evaluate(
    () =>
      new Promise<{ key: unknown[]; status: string }[]>((resolve) => {
        const open = indexedDB.open('seika-cache');
        open.onerror = () => resolve([]);
        open.onsuccess = () => {
          const idb = open.result;
          try {
            const get = idb.transaction('queries', 'readonly').objectStore('queries').get('REACT_QUERY_OFFLINE_CACHE');
            get.onerror = () => resolve([]);
            get.onsuccess = () => {
              idb.close();
              if (typeof get.result !== 'string') return resolve([]);
              const cache = JSON.parse(get.result) as { clientState?: { queries?: { queryKey: unknown[]; state: { status: string } }[] } };
              resolve((cache.clientState?.queries ?? []).map((q) => ({ key: q.queryKey, status: q.state.status })));
            };
          } catch {
            idb.close();
            resolve([]);
          }
        };
      }),
  );
}

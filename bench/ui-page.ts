/**
 * In-page measuring for bench/ui.bench.ts: times are taken in the page (performance.now(), MutationObserver,
 * PerformanceObserver), not by polling from Node.
 */
import type { Page } from 'playwright-core';

/** Installed before any page script: records when the first status-by-pillar chart has drawn. */
export function recordFirstChart(): void {
  const w = window as unknown as { __firstChart?: { at: number; phase: string | null | undefined } };
  const observer = new MutationObserver(() => {
    if (w.__firstChart || !document.querySelector('[data-testid=chart-status-by-pillar][data-rendered=true]')) return;
    w.__firstChart = { at: performance.now(), phase: document.querySelector('[data-testid=status-bar]')?.getAttribute('data-phase') };
    observer.disconnect();
  });
  observer.observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-rendered'] });
}

export interface Load {
  firstChart: number;
  phase: string | null | undefined;
  duckdbReady: number | null;
  instantiate: number | null;
  /** DuckDB ready → the sample's built database copied in (src/app/dataset.ts mark 'sample-loaded') */
  sampleLoadMs: number | null;
}

export async function measureLoad(page: Page): Promise<Load> {
  await page.waitForFunction(() => (window as unknown as { __firstChart?: unknown }).__firstChart !== undefined, null, { timeout: 120_000, polling: 100 });
  // the floor and the phases are read once the page is ready (on a revisit the cached chart comes first)
  await waitPhaseReady(page);
  return page.evaluate(() => {
    const first = (window as unknown as { __firstChart: { at: number; phase: string | null | undefined } }).__firstChart;
    const ready = performance.getEntriesByName('duckdb-ready')[0];
    const start = performance.getEntriesByName('duckdb-start')[0];
    const loaded = performance.getEntriesByName('sample-loaded')[0];
    return {
      firstChart: first.at,
      phase: first.phase,
      duckdbReady: ready?.startTime ?? null,
      instantiate: ready && start ? ready.startTime - start.startTime : null,
      sampleLoadMs: ready && loaded ? loaded.startTime - ready.startTime : null,
    };
  });
}

export async function waitPhaseReady(page: Page, timeout = 600_000): Promise<void> {
  await page.waitForFunction(() => document.querySelector('[data-testid=status-bar]')?.getAttribute('data-phase') === 'ready', null, { timeout, polling: 100 });
}

/**
 * Waits until the persister has written the overview's policy query for a year under the near threshold `near`
 * (so a reload can show it from the cache).
 */
export async function waitPersisted(page: Page, near: number): Promise<void> {
  // polled from here, with page.evaluate awaiting the page's promise: with waitForFunction, bench:ui once reloaded
  // before these figures were in IndexedDB
  const deadline = Date.now() + 60_000;
  while (!(await page.evaluate(persistedPolicy, near))) {
    if (Date.now() > deadline) throw new Error(`the policy figures under near ${near} were not persisted within 60 s`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

function persistedPolicy(wanted: number): Promise<boolean> {
  return new Promise<boolean>((resolve) => {
    const open = indexedDB.open('seika-cache');
    open.onerror = () => resolve(false);
    open.onsuccess = () => {
      const idb = open.result;
      try {
        const get = idb.transaction('queries', 'readonly').objectStore('queries').get('REACT_QUERY_OFFLINE_CACHE');
        get.onerror = () => resolve(false);
        get.onsuccess = () => {
          idb.close();
          const text = typeof get.result === 'string' ? get.result : '';
          const queries = text ? (JSON.parse(text) as { clientState: { queries: { queryKey: unknown[]; state: { status: string } }[] } }).clientState.queries : [];
          resolve(
            queries.some((q) => {
              const p = q.queryKey[2] as { year?: number | null; thresholds?: { near: number } } | null;
              return q.queryKey[1] === 'policy' && p?.year != null && p.thresholds?.near === wanted && q.state.status === 'success';
            }),
          );
        };
      } catch {
        idb.close();
        resolve(false);
      }
    };
  });
}

/** Starts recording the page's long tasks (≥ 50 ms on the main thread); importTasks() reads them. */
export async function recordLongTasks(page: Page): Promise<void> {
  await page.evaluate(`(() => {
    window.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask' });
  })()`);
}

/**
 * The long tasks since recordLongTasks(), the longest of all and the longest in each phase of the last import, told
 * apart by src/app/dataset.ts's marks: parse (import-parse-start → import-parsed: reading the files, in the import
 * worker when it runs), load (→ data-imported: loadParsed into DuckDB), prepare (→ analyses-prepared) and after (the
 * page drawing the new data). `worker`: the last parse ran in the import worker (the mark's detail).
 */
export interface ImportTasks {
  longest: number;
  parse: number;
  load: number;
  prepare: number;
  after: number;
  count: number;
  worker: boolean | null;
  parseMs: number | null;
}

export function importTasks(page: Page): Promise<ImportTasks> {
  // a string, not a function: tsx wraps named inner functions in a __name() helper the page does not have
  return page.evaluate(`(() => {
    const tasks = window.__longTasks;
    const last = (name) => performance.getEntriesByName(name).at(-1);
    const [start, parsed, imported, prepared] = ['import-parse-start', 'import-parsed', 'data-imported', 'analyses-prepared'].map((n) => last(n)?.startTime ?? Infinity);
    const longestIn = (from, to) => Math.max(0, ...tasks.filter((t) => t.start + t.duration > from && t.start < to).map((t) => t.duration));
    return {
      longest: Math.max(0, ...tasks.map((t) => t.duration)),
      parse: longestIn(start, parsed),
      load: longestIn(parsed, imported),
      prepare: longestIn(imported, prepared),
      after: longestIn(prepared, Infinity),
      count: tasks.length,
      worker: last('import-parsed')?.detail?.worker ?? null,
      parseMs: Number.isFinite(parsed - start) ? parsed - start : null,
    };
  })()`);
}

/**
 * Resolves once three animation frames in a row passed without a chart drawing: a chart draws again right after its
 * first draw (its ResizeObserver's initial callback → resize()), and a change armed before that would end early.
 */
export function chartsQuiet(page: Page): Promise<void> {
  // a string, not a function: tsx wraps named inner functions in a __name() helper the page does not have
  return page.evaluate(`new Promise((resolve) => {
    let still = 0;
    const observer = new MutationObserver(() => (still = 0));
    observer.observe(document, { subtree: true, attributes: true, attributeFilter: ['data-rendered'] });
    const tick = () => {
      if (++still >= 3) {
        observer.disconnect();
        resolve();
      } else requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  })`);
}

/**
 * Arms a promise (in the page) that resolves with performance.now() once as many charts as now are on screen and every
 * one drew again, nothing is loading and the phase is ready. (A chart whose query is pending is unmounted, so the
 * count matters: two drawn charts of three are not 'all'.)
 */
export function armSettled(page: Page): Promise<void> {
  return page.evaluate(() => {
    const w = window as unknown as { __settled?: Promise<number> };
    const charts = document.querySelectorAll('main .chart');
    const count = charts.length;
    charts.forEach((c) => c.removeAttribute('data-rendered'));
    // (no named inner functions here: tsx would wrap them in a __name() helper the page does not have)
    w.__settled = new Promise<number>((resolve) => {
      const observer = new MutationObserver(() => {
        const drawn = [...document.querySelectorAll('main .chart')];
        if (
          document.querySelector('[data-testid=status-bar]')?.getAttribute('data-phase') !== 'ready' ||
          document.querySelectorAll('main .state.loading').length > 0 ||
          drawn.length !== count ||
          !drawn.every((c) => c.getAttribute('data-rendered') === 'true')
        ) {
          return;
        }
        observer.disconnect();
        resolve(performance.now());
      });
      observer.observe(document, { subtree: true, childList: true, attributes: true });
    });
  });
}


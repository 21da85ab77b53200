/**
 * npm run bench:ui — the production build (dist/) in Chromium, served by the e2e harness's static server.
 *
 *  - cold load (fresh browser context, 5 runs): navigation → first overview chart drawn
 *    ([data-testid=chart-status-by-pillar] gets data-rendered="true"), against the floor on the same load: DuckDB-WASM
 *    instantiated and open (performance.mark('duckdb-ready') in src/db/browser.ts); and their ratio;
 *  - revisit (same context, reload, once the query cache is persisted): navigation → first (cached) overview chart;
 *  - filter change at scale 1 and 10 (bench/city-files.ts, imported through the data page's file input): a pillar picked
 *    in filter-pillar → every chart drew again and the status bar is 'ready';
 *  - the gzip size of the initial JavaScript: dist/index.html's module script and its static imports (lazy chunks,
 *    wasm and workers excluded).
 * Times are taken in the page (performance.now(), MutationObserver), not by polling from Node. Run `npx vite build` first.
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, openPage, REPO_ROOT, startStaticServer, type StaticServer } from '../test/e2e/harness';
import { cityFiles } from './city-files';
import { mb, median } from './stats';

// `npm run bench:ui -- --quick`: one cold load and scale 1 only (to try the script, not to quote)
const QUICK = process.argv.includes('--quick');
const COLD_RUNS = QUICK ? 1 : 5;
const SCALES = QUICK ? [1] : [1, 10];
const FILTER_CHANGES = 5;
const DIST = path.join(REPO_ROOT, 'dist');
const progress = (line: string) => process.stderr.write(`  … ${line}\n`);

/** Installed before any page script: records when the first status-by-pillar chart has drawn. */
function recordFirstChart(): void {
  const w = window as unknown as { __firstChart?: { at: number; phase: string | null | undefined } };
  const observer = new MutationObserver(() => {
    if (w.__firstChart || !document.querySelector('[data-testid=chart-status-by-pillar][data-rendered=true]')) return;
    w.__firstChart = { at: performance.now(), phase: document.querySelector('[data-testid=status-bar]')?.getAttribute('data-phase') };
    observer.disconnect();
  });
  observer.observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-rendered'] });
}

interface Load {
  firstChart: number;
  phase: string | null | undefined;
  duckdbReady: number | null;
  instantiate: number | null;
  /** DuckDB ready → sample imported, and imported → analyses prepared (src/app/dataset.ts marks) */
  importMs: number | null;
  prepareMs: number | null;
}

async function measureLoad(page: Page): Promise<Load> {
  await page.waitForFunction(() => (window as unknown as { __firstChart?: unknown }).__firstChart !== undefined, null, { timeout: 120_000, polling: 100 });
  // the floor is read once DuckDB is up (on a revisit the cached chart comes first)
  await page.waitForFunction(() => performance.getEntriesByName('duckdb-ready').length > 0, null, { timeout: 120_000, polling: 100 });
  return page.evaluate(() => {
    const first = (window as unknown as { __firstChart: { at: number; phase: string | null | undefined } }).__firstChart;
    const ready = performance.getEntriesByName('duckdb-ready')[0];
    const start = performance.getEntriesByName('duckdb-start')[0];
    const imported = performance.getEntriesByName('data-imported')[0];
    const prepared = performance.getEntriesByName('analyses-prepared')[0];
    return {
      firstChart: first.at,
      phase: first.phase,
      duckdbReady: ready?.startTime ?? null,
      instantiate: ready && start ? ready.startTime - start.startTime : null,
      importMs: ready && imported ? imported.startTime - ready.startTime : null,
      prepareMs: imported && prepared ? prepared.startTime - imported.startTime : null,
    };
  });
}

async function waitPhaseReady(page: Page, timeout = 600_000): Promise<void> {
  await page.waitForFunction(() => document.querySelector('[data-testid=status-bar]')?.getAttribute('data-phase') === 'ready', null, { timeout, polling: 100 });
}

/** Waits until the persister has written the overview's policy query (so a reload can show it from the cache). */
async function waitPersisted(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      new Promise<boolean>((resolve) => {
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
              resolve(queries.some((q) => q.queryKey[1] === 'policy' && (q.queryKey[2] as { year?: number | null }).year != null && q.state.status === 'success'));
            };
          } catch {
            idb.close();
            resolve(false);
          }
        };
      }),
    null,
    { timeout: 60_000, polling: 200 },
  );
}

async function coldLoads(browser: Browser, server: StaticServer) {
  const cold: Load[] = [];
  const revisit: Load[] = [];
  for (let i = 0; i < COLD_RUNS; i++) {
    const { page, foreignRequests } = await openPage(browser, server.url);
    const context = page.context();
    await context.addInitScript(recordFirstChart);
    await page.goto(server.url);
    cold.push(await measureLoad(page));
    progress(`cold load ${i + 1}: first chart ${cold[i]!.firstChart.toFixed(0)} ms`);
    await waitPhaseReady(page);
    await waitPersisted(page);
    await page.reload();
    revisit.push(await measureLoad(page));
    progress(`revisit ${i + 1}: first chart ${revisit[i]!.firstChart.toFixed(0)} ms (${revisit[i]!.phase})`);
    await waitPhaseReady(page);
    if (foreignRequests().length) throw new Error(`requests left the origin: ${foreignRequests().join(', ')}`);
    await context.close();
  }
  return { cold, revisit };
}

/**
 * Resolves once three animation frames in a row passed without a chart drawing: a chart draws again right after its
 * first draw (its ResizeObserver's initial callback → resize()), and a change armed before that would end early.
 */
function chartsQuiet(page: Page): Promise<void> {
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
function armSettled(page: Page): Promise<void> {
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

async function filterChanges(browser: Browser, server: StaticServer, scale: number) {
  const dir = path.join(os.tmpdir(), `seika-ui-bench-scale-${scale}`);
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  const files = cityFiles(scale);
  const paths = await Promise.all(files.map(async (f) => (await writeFile(path.join(dir, f.name), f.bytes), path.join(dir, f.name))));
  const bytes = files.reduce((n, f) => n + f.bytes.length, 0);

  const { page, foreignRequests } = await openPage(browser, server.url);
  let context: BrowserContext | null = page.context();
  try {
    await page.goto(`${server.url}?view=data`);
    await waitPhaseReady(page);
    const t0 = Date.now();
    await page.getByTestId('file-input').setInputFiles(paths);
    await page.locator('[data-testid=data-source][data-source=user]').waitFor({ timeout: 600_000 });
    await waitPhaseReady(page);
    const importMs = Date.now() - t0;
    progress(`scale ${scale}: imported ${mb(bytes)} in ${importMs} ms`);
    const loaded = await page.getByTestId('count-sheets').textContent({ timeout: 600_000 });

    await page.getByTestId('nav-overview').click();
    await page.locator('[data-testid=chart-status-by-pillar][data-rendered=true]').waitFor({ timeout: 600_000 });
    const pillars = (await page.getByTestId('filter-pillar').locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value))).filter(Boolean);
    const times: number[] = [];
    for (const pillar of pillars.slice(0, FILTER_CHANGES)) {
      await chartsQuiet(page);
      await armSettled(page);
      const start = await page.evaluate(() => performance.now());
      await page.getByTestId('filter-pillar').selectOption(pillar);
      const end = await page.evaluate(() => (window as unknown as { __settled: Promise<number> }).__settled);
      times.push(end - start);
      progress(`scale ${scale}: pillar ${pillar} → ${(end - start).toFixed(0)} ms`);
    }
    if (foreignRequests().length) throw new Error(`requests left the origin: ${foreignRequests().join(', ')}`);
    await context.close();
    context = null;
    return { scale, bytes, sheets: loaded, importMs, times };
  } finally {
    await context?.close();
    await rm(dir, { recursive: true, force: true });
  }
}

/** dist/index.html's module script and every chunk it statically imports (recursively); dynamic import() excluded. */
async function initialJs(): Promise<{ file: string; raw: number; gzip: number }[]> {
  const html = await readFile(path.join(DIST, 'index.html'), 'utf8');
  const entry = [...html.matchAll(/<script[^>]+type="module"[^>]+src="([^"]+)"/g)].map((m) => m[1]!);
  const preload = [...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g)].map((m) => m[1]!);
  const seen = new Set<string>();
  const queue = [...entry, ...preload].map((u) => path.join(DIST, u.replace(/^\.?\//, '')));
  const out: { file: string; raw: number; gzip: number }[] = [];
  while (queue.length) {
    const file = queue.shift()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const code = await readFile(file);
    out.push({ file: path.relative(DIST, file), raw: code.length, gzip: gzipSync(code, { level: 9 }).length });
    // static `import … from "./x.js"` and bare `import "./x.js"` (Rollup output); `import("./x.js")` is lazy
    for (const m of code.toString('utf8').matchAll(/(?:^|[;\n}])\s*import\s*(?:[\w$*{}\s,]+?\s*from\s*)?["'](\.{1,2}\/[^"']+\.js)["']/g)) {
      queue.push(path.resolve(path.dirname(file), m[1]!));
    }
  }
  return out;
}

const f0 = (x: number | null) => (x === null ? '—' : `${x.toFixed(0)} ms`);
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

async function main() {
  const [server, browser] = await Promise.all([startStaticServer('dist'), launchBrowser()]);
  try {
    const js = await initialJs();
    const { cold, revisit } = await coldLoads(browser, server);
    const scales = [];
    for (const scale of SCALES) scales.push(await filterChanges(browser, server, scale));

    const firstChart = median(cold.map((c) => c.firstChart));
    const duckdb = median(cold.map((c) => c.duckdbReady ?? NaN));
    const inst = median(cold.map((c) => c.instantiate ?? NaN));
    const rows: [string, string, string][] = [
      ['cold load → first overview chart', f0(firstChart), cold.map((c) => c.firstChart.toFixed(0)).join(', ')],
      ['cold load → DuckDB-WASM ready (floor)', f0(duckdb), cold.map((c) => (c.duckdbReady ?? NaN).toFixed(0)).join(', ')],
      ['  of which instantiate + open', f0(inst), cold.map((c) => (c.instantiate ?? NaN).toFixed(0)).join(', ')],
      ['  then: sample imported', f0(median(cold.map((c) => c.importMs ?? NaN))), cold.map((c) => (c.importMs ?? NaN).toFixed(0)).join(', ')],
      ['  then: analyses prepared', f0(median(cold.map((c) => c.prepareMs ?? NaN))), cold.map((c) => (c.prepareMs ?? NaN).toFixed(0)).join(', ')],
      ['ratio first chart / DuckDB ready', `${(firstChart / duckdb).toFixed(2)}×`, cold.map((c) => (c.firstChart / (c.duckdbReady ?? NaN)).toFixed(2)).join(', ')],
      [
        'revisit → first (cached) overview chart',
        f0(median(revisit.map((r) => r.firstChart))),
        `${revisit.map((r) => r.firstChart.toFixed(0)).join(', ')}; phase then: ${[...new Set(revisit.map((r) => r.phase))].join('/')}; DuckDB ready ${f0(median(revisit.map((r) => r.duckdbReady ?? NaN)))}`,
      ],
      ...scales.flatMap((s): [string, string, string][] => [
        [
          `scale ${s.scale}: import through the file input`,
          f0(s.importMs),
          `${mb(s.bytes)} of CSV, ${s.sheets} sheets (one run, wall clock)`,
        ],
        [`scale ${s.scale}: filter change → all charts drawn`, f0(median(s.times)), s.times.map((t) => t.toFixed(0)).join(', ')],
      ]),
      ['initial JavaScript (gzip -9)', kb(js.reduce((n, f) => n + f.gzip, 0)), js.map((f) => `${f.file} ${kb(f.raw)} → ${kb(f.gzip)}`).join('; ')],
    ];
    const w0 = Math.max(...rows.map((r) => r[0].length));
    const w1 = Math.max(...rows.map((r) => r[1].length));
    console.log(`Seika UI bench — dist/ in Chromium ${browser.version()}, ${os.cpus().length} CPUs, load average ${os.loadavg()[0]!.toFixed(1)}\n`);
    console.log(`${'figure'.padEnd(w0)}  ${'median'.padStart(w1)}  runs / notes`);
    console.log(`${'-'.repeat(w0)}  ${'-'.repeat(w1)}  ${'-'.repeat(40)}`);
    for (const [a, b, c] of rows) console.log(`${a.padEnd(w0)}  ${b.padStart(w1)}  ${c}`);
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});

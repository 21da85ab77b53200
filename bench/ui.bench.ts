/**
 * npm run bench:ui — the production build (dist/, or SEIKA_DIST) in Chromium, served by the e2e harness's static server.
 *
 *  - cold load, first-ever visit (fresh browser context, 5 runs): navigation → first overview chart drawn
 *    ([data-testid=chart-status-by-pillar] gets data-rendered="true"), against the floor on the same load: DuckDB-WASM
 *    instantiated and open (performance.mark('duckdb-ready') in src/db/browser.ts). The sample's figures come from the
 *    build (scripts/build-sample.ts), so the chart can come before the floor: coldRatio < 1.
 *  - cold load of a scope no build figure covers (`?near=75`, 5 fresh contexts): the first chart is computed by DuckDB
 *    from the built sample database — coldComputedRatio is that chart ÷ DuckDB ready;
 *  - revisits (4 reloads in each of those 5 contexts = 20, each once the cache holds that scope's figures): navigation
 *    → first overview chart; a miss is a revisit whose first chart was not drawn from the persisted cache, i.e. not
 *    while the status bar still said 'starting';
 *  - at scale 1 and 10 (bench/city-files.ts, imported through the data page's file input): the import's wall time and
 *    its longest main-thread task; then a pillar picked in filter-pillar → every chart drew again, phase 'ready';
 *  - the gzip size of the initial JavaScript: dist/index.html's module script and its static imports.
 *    The longest task is also told by phase (parse — in the import worker when it runs —, load, prepare, after).
 * `--json`: one JSON document of named figures on stdout, the table on stderr. `--quick`: one run, scale 1 only.
 * `--import-only`: the imports alone (no first visits or revisits); `--scales 1,10` picks the scales.
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, BrowserContext } from 'playwright-core';
import { launchBrowser, openPage, REPO_ROOT, startStaticServer, type StaticServer } from '../test/e2e/harness';
import { cityFiles } from './city-files';
import { emitJson, round, say } from './report';
import { mb, median } from './stats';
import { armSettled, chartsQuiet, importTasks, measureLoad, recordFirstChart, recordLongTasks, waitPersisted, waitPhaseReady, type Load } from './ui-page';

const QUICK = process.argv.includes('--quick');
const IMPORT_ONLY = process.argv.includes('--import-only');
const COLD_RUNS = IMPORT_ONLY ? 0 : QUICK ? 1 : 5;
const REVISITS_PER_RUN = 4;
const scalesArg = process.argv.indexOf('--scales');
// `--no-import`: the loads and revisits only
const SCALES = process.argv.includes('--no-import') ? [] : scalesArg > 0 ? process.argv[scalesArg + 1]!.split(',').map(Number) : QUICK ? [1] : [1, 10];
const FILTER_CHANGES = 5;
const DIST_DIR = process.env.SEIKA_DIST ?? 'dist';
const DIST = path.join(REPO_ROOT, DIST_DIR);
/** a near threshold no build figure is computed for: the first chart needs DuckDB or the persisted cache */
const UNSEEDED = { query: '?near=75', near: 0.75 };
const progress = (line: string) => process.stderr.write(`  … ${line}\n`);

async function firstVisits(browser: Browser, server: StaticServer): Promise<Load[]> {
  const loads: Load[] = [];
  for (let i = 0; i < COLD_RUNS; i++) {
    const { page, foreignRequests } = await openPage(browser, server.url);
    await page.context().addInitScript(recordFirstChart);
    await page.goto(server.url);
    loads.push(await measureLoad(page));
    progress(`first visit ${i + 1}: first chart ${loads[i]!.firstChart.toFixed(0)} ms (${loads[i]!.phase}), DuckDB ready ${loads[i]!.duckdbReady?.toFixed(0)} ms`);
    await waitPhaseReady(page);
    if (foreignRequests().length) throw new Error(`requests left the origin: ${foreignRequests().join(', ')}`);
    await page.context().close();
  }
  return loads;
}

async function computedAndRevisits(browser: Browser, server: StaticServer) {
  const cold: Load[] = [];
  const revisit: Load[] = [];
  for (let i = 0; i < COLD_RUNS; i++) {
    const { page, foreignRequests } = await openPage(browser, server.url);
    await page.context().addInitScript(recordFirstChart);
    await page.goto(server.url + UNSEEDED.query);
    cold.push(await measureLoad(page));
    progress(`cold ${UNSEEDED.query} ${i + 1}: first chart ${cold[i]!.firstChart.toFixed(0)} ms (${cold[i]!.phase})`);
    await waitPhaseReady(page);
    for (let j = 0; j < REVISITS_PER_RUN; j++) {
      await waitPersisted(page, UNSEEDED.near);
      await page.reload();
      const r = await measureLoad(page);
      revisit.push(r);
      progress(`revisit ${revisit.length}: first chart ${r.firstChart.toFixed(0)} ms (${r.phase})${r.phase === 'starting' ? '' : '  MISS'}`);
      await waitPhaseReady(page);
    }
    if (foreignRequests().length) throw new Error(`requests left the origin: ${foreignRequests().join(', ')}`);
    await page.context().close();
  }
  return { cold, revisit };
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
    await recordLongTasks(page);
    const t0 = Date.now();
    await page.getByTestId('file-input').setInputFiles(paths);
    await page.locator('[data-testid=data-source][data-source=user]').waitFor({ timeout: 600_000 });
    await waitPhaseReady(page);
    const importMs = Date.now() - t0;
    const tasks = await importTasks(page);
    const longest = tasks.longest;
    progress(
      `scale ${scale}: imported ${mb(bytes)} in ${importMs} ms, longest main-thread task ${longest.toFixed(0)} ms ` +
        `(parse ${tasks.parse.toFixed(0)}${tasks.worker ? ' in the worker' : ' on the main thread'} over ${tasks.parseMs?.toFixed(0)} ms, load ${tasks.load.toFixed(0)}, prepare ${tasks.prepare.toFixed(0)}, after ${tasks.after.toFixed(0)}; ${tasks.count} long tasks)`,
    );
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
    return { scale, bytes, sheets: loaded, importMs, longest, tasks, times };
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

const f0 = (x: number | null) => (x === null || !Number.isFinite(x) ? '—' : `${x.toFixed(0)} ms`);
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const runs = (xs: (number | null)[]) => xs.map((x) => (x ?? NaN).toFixed(0)).join(', ');
const med = (xs: (number | null)[]) => median(xs.map((x) => x ?? NaN));

async function main() {
  const [server, browser] = await Promise.all([startStaticServer(DIST_DIR), launchBrowser()]);
  try {
    const js = await initialJs();
    const first = await firstVisits(browser, server);
    const { cold, revisit } = await computedAndRevisits(browser, server);
    const scales: Awaited<ReturnType<typeof filterChanges>>[] = [];
    for (const scale of SCALES) scales.push(await filterChanges(browser, server, scale));

    const firstChart = med(first.map((c) => c.firstChart));
    const duckdb = med(first.map((c) => c.duckdbReady));
    const computed = med(cold.map((c) => c.firstChart));
    const computedFloor = med(cold.map((c) => c.duckdbReady));
    const misses = revisit.filter((r) => r.phase !== 'starting').length;
    const jsGzip = js.reduce((n, f) => n + f.gzip, 0);
    const rows: [string, string, string][] = [
      ['first visit → first overview chart (build figures)', f0(firstChart), `${runs(first.map((c) => c.firstChart))}; phase then: ${[...new Set(first.map((c) => c.phase))].join('/')}`],
      ['first visit → DuckDB-WASM ready (floor)', f0(duckdb), runs(first.map((c) => c.duckdbReady))],
      ['  of which instantiate + open', f0(med(first.map((c) => c.instantiate))), runs(first.map((c) => c.instantiate))],
      ['  then: sample database loaded', f0(med(first.map((c) => c.sampleLoadMs))), runs(first.map((c) => c.sampleLoadMs))],
      ['ratio first chart / DuckDB ready', `${(firstChart / duckdb).toFixed(2)}×`, first.map((c) => (c.firstChart / (c.duckdbReady ?? NaN)).toFixed(2)).join(', ')],
      [`cold ${UNSEEDED.query} → first chart (computed by DuckDB)`, f0(computed), runs(cold.map((c) => c.firstChart))],
      [`  ratio to DuckDB ready`, `${(computed / computedFloor).toFixed(2)}×`, cold.map((c) => (c.firstChart / (c.duckdbReady ?? NaN)).toFixed(2)).join(', ')],
      [
        `revisit ${UNSEEDED.query} → first (cached) chart`,
        f0(med(revisit.map((r) => r.firstChart))),
        `${runs(revisit.map((r) => r.firstChart))}; misses ${misses} of ${revisit.length}`,
      ],
      ...scales.flatMap((s): [string, string, string][] => [
        [`scale ${s.scale}: import through the file input`, f0(s.importMs), `${mb(s.bytes)} of CSV, ${s.sheets} sheets (one run, wall clock)`],
        [
          `scale ${s.scale}: longest main-thread task during import`,
          f0(s.longest),
          `parse ${f0(s.tasks.parse)} (${s.tasks.worker ? 'import worker' : 'main thread'}, ${f0(s.tasks.parseMs)}), load ${f0(s.tasks.load)}, prepare ${f0(s.tasks.prepare)}, after ${f0(s.tasks.after)}`,
        ],
        [`scale ${s.scale}: filter change → all charts drawn`, f0(median(s.times)), runs(s.times)],
      ]),
      ['initial JavaScript (gzip -9)', kb(jsGzip), js.map((f) => `${f.file} ${kb(f.raw)} → ${kb(f.gzip)}`).join('; ')],
    ];
    // --import-only: no visits were measured, so only the imports' rows and the JS size mean anything
    if (IMPORT_ONLY) rows.splice(0, rows.length, ...rows.filter((r) => /^(scale|initial)/.test(r[0])));
    const w0 = Math.max(...rows.map((r) => r[0].length));
    const w1 = Math.max(...rows.map((r) => r[1].length));
    say(`Seika UI bench — ${DIST_DIR}/ in Chromium ${browser.version()}, ${os.cpus().length} CPUs, load average ${os.loadavg()[0]!.toFixed(1)}\n`);
    say(`${'figure'.padEnd(w0)}  ${'median'.padStart(w1)}  runs / notes`);
    say(`${'-'.repeat(w0)}  ${'-'.repeat(w1)}  ${'-'.repeat(40)}`);
    for (const [a, b, c] of rows) say(`${a.padEnd(w0)}  ${b.padStart(w1)}  ${c}`);

    const byScale = <T>(f: (s: (typeof scales)[number]) => T) => Object.fromEntries(scales.map((s) => [`scale${s.scale}`, f(s)]));
    emitJson({
      bench: 'ui',
      chromium: browser.version(),
      loadAverage: round(os.loadavg()[0]!),
      coldFirstChartMs: round(firstChart),
      duckdbReadyMs: round(duckdb),
      coldRatio: round(firstChart / duckdb, 2),
      sampleLoadMs: round(med(first.map((c) => c.sampleLoadMs))),
      coldComputedFirstChartMs: round(computed),
      coldComputedRatio: round(computed / computedFloor, 2),
      revisitMs: round(med(revisit.map((r) => r.firstChart))),
      revisits: revisit.length,
      revisitMisses: misses,
      importMs: byScale((s) => s.importMs),
      longestTaskMs: byScale((s) => round(s.longest)),
      longestTaskByPhaseMs: byScale((s) => ({ parse: round(s.tasks.parse), load: round(s.tasks.load), prepare: round(s.tasks.prepare), after: round(s.tasks.after) })),
      parseInWorker: byScale((s) => s.tasks.worker),
      parseMs: byScale((s) => (s.tasks.parseMs === null ? null : round(s.tasks.parseMs))),
      filterChangeMs: byScale((s) => round(median(s.times))),
      initialJsGzipKB: round(jsGzip / 1024),
    });
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});

/**
 * npm run bench:ofunato (also run by npm run bench:import) — reading 大船渡市's real workbook
 * (../shared/research/realdata/ofunato-R7-jimujigyo-report.xlsx: 407 programs × 210 columns, read with
 * data/profiles/ofunato.json):
 *  - in Node: the parse alone (workbook → grid → profile → records) and the whole import into DuckDB-WASM, medians of
 *    3 runs, with this process's peak RSS after each (the bench runs in its own process);
 *  - in Chromium: the built app (dist/, or SEIKA_DIST), the workbook picked on the data page, from the pick to the
 *    status bar's 'ready' (imported and analyses prepared), median of 2 runs, and the browser's memory (the PSS of all
 *    its processes, sampled every 100 ms: before the pick and at the peak), and a reload once the tables are kept
 *    (the revisit copies them back instead of importing the workbook again);
 *  - the mapping screen on the same 407 × 210 sheet: from picking the file to the first preview, and the longest
 *    main-thread task while a field is reassigned (preview recomputed) and while the grid is scrolled to its far end.
 * `--json` prints one JSON document with the named figures.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { readImportProfiles } from '../src/cli/import-profiles';
import { openNodeDatabase } from '../src/db/node';
import { importFiles, parseFiles } from '../src/import/import-files';
import { launchBrowser, openPage, startStaticServer } from '../test/e2e/harness';
import { descendantsMB, samplePeak } from './process-memory';
import { emitJson, round, say } from './report';
import { median, timed } from './stats';

const WORKBOOK = fileURLToPath(new URL('../../shared/research/realdata/ofunato-R7-jimujigyo-report.xlsx', import.meta.url));
const NODE_RUNS = 3;
const BROWSER_RUNS = 2;
const rssMB = () => Math.round(process.resourceUsage().maxRSS / 1024);

const file = { name: 'ofunato-R7-jimujigyo-report.xlsx', bytes: new Uint8Array(readFileSync(WORKBOOK)) };
const profiles = await readImportProfiles();
say(`大船渡市 workbook: ${(file.bytes.length / 1048576).toFixed(1)} MB`);

const startRssMB = Math.round(process.memoryUsage().rss / 1048576);
const parseRuns: number[] = [];
let sheets = 0;
for (let i = 0; i < NODE_RUNS; i++) {
  const [parsed, t] = await timed(() => parseFiles([file], { profiles }));
  parseRuns.push(t);
  sheets = parsed.reduce((n, u) => n + (u.records.sheets?.length ?? 0), 0);
}
const parsePeakRssMB = rssMB();
const importRuns: number[] = [];
let loaded = 0;
for (let i = 0; i < NODE_RUNS; i++) {
  const db = await openNodeDatabase();
  try {
    const [report, t] = await timed(() => importFiles(db, [file], { profiles }));
    importRuns.push(t);
    loaded = report.files.reduce((n, f) => n + f.loaded, 0);
  } finally {
    await db.close();
  }
}
const node = { parseMs: Math.round(median(parseRuns)), importMs: Math.round(median(importRuns)), sheets, rowsLoaded: loaded, startRssMB, parsePeakRssMB, importPeakRssMB: rssMB() };
say(`Node: parse ${node.parseMs} ms (${sheets} sheet rows), whole import ${node.importMs} ms (${loaded} rows); RSS ${startRssMB} MB at start, peak ${parsePeakRssMB} MB after the parses, ${node.importPeakRssMB} MB after the imports`);

const server = await startStaticServer();
const browser = await launchBrowser();
const browserRuns: number[] = [];
const memory: { beforeMB: number; peakMB: number }[] = [];
let mapping: { openToPreviewMs: number; editLongestTaskMs: number; scrollLongestTaskMs: number } | null = null;
let revisit: Awaited<ReturnType<typeof revisitAfterImport>> | null = null;
try {
  for (let i = 0; i < BROWSER_RUNS; i++) {
    const { page } = await openPage(browser, server.url);
    await page.goto(`${server.url}?view=data`);
    await page.locator('[data-testid=status-bar][data-phase=ready]').waitFor({ timeout: 120_000 });
    const beforeMB = descendantsMB();
    const sampler = samplePeak();
    const started = Date.now();
    await page.getByTestId('file-input').setInputFiles(WORKBOOK);
    await page.locator('[data-testid=data-source][data-source=user]').waitFor({ timeout: 600_000 });
    await page.locator('[data-testid=status-bar][data-phase=ready]').waitFor({ timeout: 600_000 });
    browserRuns.push(Date.now() - started);
    memory.push({ beforeMB: Math.round(beforeMB), peakMB: Math.round(sampler.stop()) });
    if (i === BROWSER_RUNS - 1) {
      revisit = await revisitAfterImport(page);
      mapping = await mappingScreen(page);
    }
    await page.context().close();
  }
} finally {
  await browser.close();
  await server.close();
}
const peak = memory.reduce((a, b) => (b.peakMB > a.peakMB ? b : a));
const chromium = { importMs: Math.round(median(browserRuns)), runs: browserRuns, memoryBeforeMB: peak.beforeMB, memoryPeakMB: peak.peakMB, revisit, mapping };
say(`Chromium: the workbook picked → ready in ${chromium.importMs} ms (runs ${browserRuns.join(', ')}); browser memory (PSS, all processes) ${peak.beforeMB} MB before, ${peak.peakMB} MB at the peak`);
if (revisit) {
  say(
    `Revisit: reload → ready ${revisit.reloadToReadyMs} ms (${revisit.restored ? 'the kept tables copied back' : 'imported again'}; ` +
      `from the page's start: DuckDB ready ${revisit.duckdbReadyMs} ms, tables back ${revisit.restoredMs} ms, analyses prepared ${revisit.preparedMs} ms)`,
  );
}
if (mapping) {
  say(`Mapping screen on the 407 × 210 sheet: file picked → first preview ${mapping.openToPreviewMs} ms; longest main-thread task: ${mapping.editLongestTaskMs} ms reassigning a field, ${mapping.scrollLongestTaskMs} ms scrolling the grid to its end`);
}
emitJson({ bench: 'ofunato', file: { name: file.name, bytes: file.bytes.length }, node, chromium: { ...chromium, revisit: revisit && { ...revisit }, mapping: mapping && { ...mapping } } });
// DuckDB in Node and Chromium leave handles open: exit once the output is written.
process.stdout.write('', () => process.exit(0));

/** A reload once the imported tables are kept (src/app/data-snapshot.ts): from the reload to 'ready'. */
async function revisitAfterImport(page: Page) {
  const marked = (name: string) => page.evaluate((n) => performance.getEntriesByName(n).length > 0, name);
  while (!(await marked('data-kept'))) await page.waitForTimeout(100);
  const started = Date.now();
  await page.reload();
  await page.locator('[data-testid=data-source][data-source=user]').waitFor({ timeout: 600_000 });
  await page.locator('[data-testid=status-bar][data-phase=ready]').waitFor({ timeout: 600_000 });
  // the phases of the revisit, from the page's start: DuckDB ready, tables copied back, analyses prepared
  const at = (name: string) => page.evaluate((n) => Math.round(performance.getEntriesByName(n)[0]?.startTime ?? -1), name);
  const phases = { duckdbReadyMs: await at('duckdb-ready'), restoredMs: await at('data-restored'), preparedMs: await at('analyses-prepared') };
  return { reloadToReadyMs: Date.now() - started, restored: await marked('data-restored'), ...phases };
}

/** The mapping screen opened on the workbook (after its import, as a user making a profile would). */
async function mappingScreen(page: Page) {
  await page.evaluate(() => {
    const w = window as unknown as { __tasks: { start: number; duration: number }[] };
    w.__tasks = [];
    new PerformanceObserver((list) => w.__tasks.push(...list.getEntries().map((e) => ({ start: e.startTime, duration: e.duration })))).observe({ type: 'longtask' });
  });
  const longestSince = async (since: number) =>
    round(await page.evaluate((t) => Math.max(0, ...(window as unknown as { __tasks: { start: number; duration: number }[] }).__tasks.filter((x) => x.start >= t).map((x) => x.duration)), since), 0)!;
  const now = () => page.evaluate(() => performance.now());

  const opened = Date.now();
  await page.getByTestId('mapping-file-input').setInputFiles(WORKBOOK);
  await page.getByTestId('mapping-preview-summary').waitFor({ timeout: 120_000 });
  const openToPreviewMs = Date.now() - opened;

  let t = await now();
  const preview = page.getByTestId('mapping-preview');
  await page.getByTestId('mapping-field-goal').selectOption({ index: 12 });
  await page.locator('[data-testid=mapping-preview][aria-busy=true]').waitFor();
  await page.locator('[data-testid=mapping-preview][aria-busy=false]').waitFor({ timeout: 60_000 });
  await preview.waitFor();
  const editLongestTaskMs = await longestSince(t);

  t = await now();
  for (const [x, y] of [[0.5, 0.5], [1, 1]]) {
    await page.getByTestId('mapping-grid').evaluate((el, [fx, fy]) => el.scrollTo(el.scrollWidth * fx!, el.scrollHeight * fy!), [x, y]);
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  }
  const scrollLongestTaskMs = await longestSince(t);
  return { openToPreviewMs, editLongestTaskMs, scrollLongestTaskMs };
}

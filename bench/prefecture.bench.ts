/**
 * npm run bench:prefecture (also run by npm run bench:national) — one prefecture of the fictional Japan
 * (src/sample/municipalities.ts; 青森県 by default, 40 municipalities × 10 fiscal years, `--prefecture 27` for another)
 * analysed in headless Chromium on the production build (dist/, or SEIKA_DIST):
 *  - its five table CSVs picked on the data page, from the pick to the status bar's 'ready' (imported, analyses
 *    prepared), and the browser's memory (PSS of all its processes, sampled every 100 ms): before, peak, after;
 *  - the overview with every city (the comparison by pillar): from the click to all charts drawn;
 *  - the municipality filter changed to one city after another (and back to every city): from the change to every
 *    chart drawn again, nothing loading, phase 'ready' (as bench:ui measures a filter change).
 * One run (the import alone is a minute on the shared machine). `--json`: one JSON document of named figures.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { nationalMunicipalities } from '../src/sample/municipalities';
import { launchBrowser, openPage, parseJaNumber, screenshot, startStaticServer } from '../test/e2e/harness';
import { writeNational } from './national-data';
import { descendantsMB, samplePeak } from './process-memory';
import { emitJson, round, say } from './report';
import { median } from './stats';
import type { Page } from 'playwright-core';
import { chartsQuiet, waitPhaseReady } from './ui-page';

const i = process.argv.indexOf('--prefecture');
const PREFECTURE = i >= 0 ? Number(process.argv[i + 1]) : 2;
const CITY_CHANGES = 6;

const cities = nationalMunicipalities().filter((m) => m.prefectureCode === PREFECTURE);
if (cities.length === 0) throw new Error(`no prefecture ${PREFECTURE}`);
const dir = mkdtempSync(path.join(os.tmpdir(), 'seika-prefecture-'));
const server = await startStaticServer();
const browser = await launchBrowser();
try {
  const data = writeNational(dir, cities);
  const rows = Object.values(data.rows).reduce((a, b) => a + b, 0);
  const prefecture = cities[0]!.prefecture;
  say(`${prefecture}: ${cities.length} municipalities, ${data.programs.toLocaleString('en')} programs × 10 years, ${rows.toLocaleString('en')} rows (${Object.entries(data.rows).map(([n, r]) => `${n} ${r.toLocaleString('en')}`).join(', ')}), ${(data.bytes / 1048576).toFixed(0)} MB of CSV; load average ${os.loadavg()[0]!.toFixed(1)}`);

  const { page, foreignRequests } = await openPage(browser, server.url);
  await page.goto(`${server.url}?view=data`);
  await waitPhaseReady(page);
  const beforeMB = descendantsMB();
  const sampler = samplePeak();
  let t = Date.now();
  await page.getByTestId('file-input').setInputFiles(data.files);
  await page.locator('[data-testid=data-source][data-source=user]').waitFor({ timeout: 1_800_000 });
  await waitPhaseReady(page, 1_800_000);
  const importMs = Date.now() - t;
  const sheets = parseJaNumber(await page.getByTestId('count-sheets').textContent());
  if (sheets !== data.rows.sheets) throw new Error(`${sheets} sheets loaded, ${data.rows.sheets} generated`);
  say(`import: picked → ready ${(importMs / 1000).toFixed(1)} s (${Math.round(rows / (importMs / 1000)).toLocaleString('en')} rows/s); ${sheets.toLocaleString('en')} sheets loaded`);

  t = Date.now();
  await page.getByTestId('nav-overview').click();
  await page.locator('[data-testid=chart-status-by-pillar][data-rendered=true]').waitFor({ timeout: 600_000 });
  await waitPhaseReady(page);
  await chartsQuiet(page);
  const overviewMs = Date.now() - t;
  say(`  (screenshot: ${await screenshot(page, 'prefecture-overview')})`);
  const options = await page.getByTestId('filter-municipality').locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
  if (options.length !== cities.length + 1) throw new Error(`the municipality filter offers ${options.length - 1} cities, ${cities.length} loaded`);
  say(`overview with all ${cities.length} cities (comparison by pillar): ${overviewMs} ms`);

  // a spread of cities (the first, the last, between), then back to every city
  const picks = Array.from({ length: CITY_CHANGES }, (_, n) => options[1 + Math.floor((n * (options.length - 2)) / (CITY_CHANGES - 1))]!);
  const changes: { to: string; ms: number }[] = [];
  for (const value of [...picks, options[0]!]) {
    await chartsQuiet(page);
    await armCityChange(page);
    const start = await page.evaluate(() => performance.now());
    await page.getByTestId('filter-municipality').selectOption(value);
    const end = await settled(page);
    const name = value === options[0] ? 'every city' : cities.find((c) => c.code === value)?.name ?? value;
    changes.push({ to: name, ms: Math.round(end - start) });
    say(`  municipality → ${name}: ${Math.round(end - start)} ms`);
  }
  await chartsQuiet(page);
  const peakMB = sampler.stop();
  const afterMB = descendantsMB();
  if (foreignRequests().length) throw new Error(`requests left the origin: ${foreignRequests().join(', ')}`);
  const toCity = changes.slice(0, -1).map((c) => c.ms);
  say(`municipality filter change → all charts drawn: median ${median(toCity)} ms to one city (max ${Math.max(...toCity)}), ${changes.at(-1)!.ms} ms back to every city`);
  say(`browser memory (PSS, all processes): ${Math.round(beforeMB)} MB before the import, peak ${Math.round(peakMB)} MB, ${Math.round(afterMB)} MB after`);
  emitJson({
    bench: 'prefecture',
    loadAverage: round(os.loadavg()[0]!),
    prefecture,
    municipalities: cities.length,
    programs: data.programs,
    rows: data.rows,
    csvMB: round(data.bytes / 1048576),
    importMs,
    importRowsPerSec: Math.round(rows / (importMs / 1000)),
    overviewAllCitiesMs: overviewMs,
    filterChangeMs: { toCityMedian: median(toCity), toCityMax: Math.max(...toCity), backToAll: changes.at(-1)!.ms, changes },
    memoryMB: { before: Math.round(beforeMB), peak: Math.round(peakMB), after: Math.round(afterMB) },
  });
} finally {
  await browser.close();
  await server.close();
  rmSync(dir, { recursive: true, force: true });
}
/**
 * Arms a promise (in the page) that resolves with performance.now() once every chart on screen drew after now, there
 * is at least one, nothing is loading and the phase is ready. Unlike bench:ui's armSettled the number of charts may
 * change: every city's status chart (the comparison) gives way to one city's charts, and back.
 */
function armCityChange(page: Page): Promise<void> {
  return page.evaluate(() => {
    const w = window as unknown as { __settled?: Promise<number> };
    document.querySelectorAll('main .chart').forEach((c) => c.removeAttribute('data-rendered'));
    w.__settled = new Promise<number>((resolve) => {
      const observer = new MutationObserver(() => {
        const drawn = [...document.querySelectorAll('main .chart')];
        if (
          document.querySelector('[data-testid=status-bar]')?.getAttribute('data-phase') !== 'ready' ||
          document.querySelectorAll('main .state.loading').length > 0 ||
          drawn.length === 0 ||
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

/** The armed promise's time, or an error after 5 minutes (a change that never settles must not hang the bench). */
async function settled(page: Page): Promise<number> {
  const wait = page.evaluate(() => (window as unknown as { __settled: Promise<number> }).__settled);
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error('the charts did not settle within 5 minutes')), 300_000)));
  try {
    return await Promise.race([wait, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

// DuckDB-WASM's worker keeps handles open: exit once the output is written.
process.stdout.write('', () => process.exit(0));

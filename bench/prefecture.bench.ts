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
import { launchBrowser, openPage, parseJaNumber, startStaticServer } from '../test/e2e/harness';
import { writeNational } from './national-data';
import { descendantsMB, samplePeak } from './process-memory';
import { emitJson, round, say } from './report';
import { median } from './stats';
import { armSettled, chartsQuiet, waitPhaseReady } from './ui-page';

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
  const options = await page.getByTestId('filter-municipality').locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
  if (options.length !== cities.length + 1) throw new Error(`the municipality filter offers ${options.length - 1} cities, ${cities.length} loaded`);
  say(`overview with all ${cities.length} cities (comparison by pillar): ${overviewMs} ms`);

  // a spread of cities (the first, the last, between), then back to every city
  const picks = Array.from({ length: CITY_CHANGES }, (_, n) => options[1 + Math.floor((n * (options.length - 2)) / (CITY_CHANGES - 1))]!);
  const changes: { to: string; ms: number }[] = [];
  for (const value of [...picks, options[0]!]) {
    await chartsQuiet(page);
    await armSettled(page);
    const start = await page.evaluate(() => performance.now());
    await page.getByTestId('filter-municipality').selectOption(value);
    const end = await page.evaluate(() => (window as unknown as { __settled: Promise<number> }).__settled);
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
// DuckDB-WASM's worker keeps handles open: exit once the output is written.
process.stdout.write('', () => process.exit(0));

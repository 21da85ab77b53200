/**
 * npm run bench:forms (also run by npm run bench:import) — importing 1,000 evaluation-sheet forms (a 200-program city
 * over five years, one form per program and year: CP932 CSV, UTF-16 TSV and xlsx in turn, src/sample/city-forms.ts):
 *  - in Node: the whole import (read → grid → form → records → DuckDB-WASM), median of 3 runs, and the parse alone;
 *  - in Chromium: the built app (dist/; run `npx vite build` first), the forms picked as one zip on the data page,
 *    from the pick to the status bar's 'ready' (DuckDB loaded and analyses prepared), median of 2 runs.
 * `--json` prints one JSON document with the named figures.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { zipSync } from 'fflate';
import { readFormTemplates } from '../src/cli/form-templates';
import { openNodeDatabase } from '../src/db/node';
import { importFiles, parseFiles } from '../src/import/import-files';
import type { InputFile } from '../src/import/types';
import { cityForms } from '../src/sample/city-forms';
import { generateCity } from '../src/sample/generate-city';
import { launchBrowser, openPage, startStaticServer } from '../test/e2e/harness';
import { median, timed } from './stats';

const JSON_OUT = process.argv.includes('--json');
const NODE_RUNS = 3;
const BROWSER_RUNS = 2;
const log = (line: string) => (JSON_OUT ? process.stderr : process.stdout).write(`${line}\n`);

const city = generateCity({ seed: 11, programs: 200, years: [2020, 2021, 2022, 2023, 2024] });
const forms: InputFile[] = (await cityForms(city)).map((f) => ({ name: f.name, bytes: f.bytes }));
const bytes = forms.reduce((n, f) => n + f.bytes.length, 0);
const templates = await readFormTemplates();
log(`${forms.length} forms, ${(bytes / 1048576).toFixed(1)} MB`);

const parseRuns: number[] = [];
const wholeRuns: number[] = [];
let rows = 0;
for (let i = 0; i < NODE_RUNS; i++) {
  const [, parse] = await timed(() => parseFiles(forms, { templates }));
  parseRuns.push(parse);
  const db = await openNodeDatabase();
  try {
    const [report, whole] = await timed(() => importFiles(db, forms, { templates }));
    wholeRuns.push(whole);
    rows = report.files.reduce((n, f) => n + f.loaded, 0);
  } finally {
    await db.close();
  }
}
const node = {
  files: forms.length,
  rows,
  parseMs: Math.round(median(parseRuns)),
  importMs: Math.round(median(wholeRuns)),
  filesPerSec: Math.round(forms.length / (median(wholeRuns) / 1000)),
  peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
};
log(`Node: parse ${node.parseMs} ms, whole import ${node.importMs} ms (${node.filesPerSec} forms/s, ${rows} rows), peak RSS ${node.peakRssMB} MB`);

const dir = await mkdtemp(path.join(os.tmpdir(), 'seika-forms-bench-'));
const zipPath = path.join(dir, 'forms-1000.zip');
await writeFile(zipPath, zipSync(Object.fromEntries(forms.map((f) => [f.name, f.bytes]))));
const server = await startStaticServer();
const browser = await launchBrowser();
const browserRuns: number[] = [];
let browserRows = 0;
try {
  for (let i = 0; i < BROWSER_RUNS; i++) {
    const { page } = await openPage(browser, server.url);
    await page.goto(`${server.url}?view=data`);
    await page.locator('[data-testid=status-bar][data-phase=ready]').waitFor({ timeout: 120_000 });
    const started = Date.now();
    await page.getByTestId('file-input').setInputFiles(zipPath);
    await page.locator('[data-testid=data-source][data-source=user]').waitFor({ timeout: 600_000 });
    await page.locator('[data-testid=status-bar][data-phase=ready]').waitFor({ timeout: 600_000 });
    browserRuns.push(Date.now() - started);
    browserRows = Number((await page.getByTestId('count-sheets').textContent())?.replace(/,/g, ''));
    await page.context().close();
  }
} finally {
  await browser.close();
  await server.close();
  await rm(dir, { recursive: true, force: true });
}
const chromium = { importMs: Math.round(median(browserRuns)), runs: browserRuns, sheets: browserRows, filesPerSec: Math.round(forms.length / (median(browserRuns) / 1000)) };
log(`Chromium: 1 zip of ${forms.length} forms → ready in ${chromium.importMs} ms (runs ${browserRuns.join(', ')}; ${chromium.filesPerSec} forms/s; ${browserRows} sheets shown)`);
if (JSON_OUT) console.log(JSON.stringify({ forms: { files: forms.length, bytes, node, chromium } }, null, 2));
// The import's Node DuckDB and Chromium leave handles open: exit once the output is written.
process.stdout.write('', () => process.exit(0));

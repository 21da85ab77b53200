/**
 * The import worker (src/app/import-worker.ts) in Chromium: files of every kind — an HTML page (which the worker hands
 * to the page's DOMParser, also from inside a zip), a workbook, CP932 CSV, UTF-16 text, tables with findings and a
 * quarantined row — are parsed in the worker (under the README's header policy), and give exactly the same report and tables when the page has to parse
 * them itself (the worker's script failing to load).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { zipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { InputFile } from '../../src/import/types';
import { seedCp932Csv, seedHtml, seedUtf16ShiftedTsv, seedXlsx } from '../support/seed-forms';
import { fixtureFiles, shownCounts, waitReady, withSession } from './app-driver';
import { HEADER_POLICY } from '../../src/csp';
import { screenshot, serveBuiltApp, startStaticServer } from './harness';

/**
 * An init script (a string: no bundler helpers in the page) that takes the import worker away as a server or a
 * browser might: its script does not load (blocked, or missing), so the Worker fires 'error'. (A browser without
 * module workers throws in the constructor instead: the same fallback, a try/catch before it.) DuckDB's classic
 * worker still starts.
 */
const WORKER_SCRIPT_FAILS = `(() => {
  const W = window.Worker;
  window.Worker = class extends W {
    constructor(url, options) {
      super(options && options.type === 'module' ? new URL('./no-such-import-worker.js', location.href) : url, options);
    }
  };
})()`;

async function inputFiles(): Promise<InputFile[]> {
  const html = seedHtml();
  const zip: InputFile = { name: 'pages.zip', bytes: zipSync({ 'web/sheet-124-page.html': html.bytes }) };
  const tables = await Promise.all((await fixtureFiles('shift-jis')).map(async (f) => ({ name: path.basename(f), bytes: new Uint8Array(await readFile(f)) })));
  return [html, await seedXlsx(), seedCp932Csv(), seedUtf16ShiftedTsv(), zip, ...tables];
}

interface Imported {
  inWorker: boolean | null;
  files: string[][];
  findings: string[][];
  counts: Record<string, string>;
}

async function importFiles(page: Page, files: InputFile[]): Promise<Imported> {
  await page.getByTestId('view-data').waitFor();
  await waitReady(page);
  await page.getByTestId('file-input').setInputFiles(files.map((f) => ({ name: f.name, mimeType: 'application/octet-stream', buffer: Buffer.from(f.bytes) })));
  await page.locator('[data-testid=data-source][data-source=user]').waitFor();
  await waitReady(page);
  await page.getByTestId('table-counts').waitFor();
  const cells = (testId: string) =>
    page.getByTestId(testId).locator('tbody tr').evaluateAll((rows) => rows.map((r) => [...r.querySelectorAll('td')].map((td) => td.textContent ?? '')));
  return {
    inWorker: await page.evaluate(() => {
      const mark = performance.getEntriesByName('import-parsed').at(-1) as PerformanceMark | undefined;
      return (mark?.detail as { worker?: boolean } | undefined)?.worker ?? null;
    }),
    files: await cells('table-report-files'),
    findings: await cells('table-report-findings'),
    counts: await shownCounts(page),
  };
}

describe('the import worker', () => {
  const app = serveBuiltApp();

  it('parses every kind of file in the worker; without it the page parses them to the same report and tables', async () => {
    const files = await inputFiles();
    const runs: Imported[] = [];
    // the worker under the README's header policy, as a city server sends it (the worker's script, and the chunks it
    // loads, are governed by the header, not the page's meta tag)
    const strict = await startStaticServer(undefined, { 'Content-Security-Policy': HEADER_POLICY });
    try {
      await withSession(app.browser, strict.url, async ({ page }) => {
        await page.goto(`${strict.url}?view=data`);
        runs.push(await importFiles(page, files));
        await screenshot(page, 'data-after-worker-import');
      });
    } finally {
      await strict.close();
    }
    await withSession(app.browser, app.server.url, async ({ page }) => {
      await page.context().addInitScript(WORKER_SCRIPT_FAILS);
      await page.goto(`${app.server.url}?view=data`);
      runs.push(await importFiles(page, files));
    });

    const [inWorker, onPage] = runs as [Imported, Imported];
    expect(inWorker.inWorker).toBe(true);
    // file, format, loaded, already imported: the page is read first (18 rows), its copies are all already imported
    const byFile = inWorker.files.map((r) => [r[0], r[1], r[5], r[8]]);
    expect(byFile.slice(0, 5)).toEqual([
      ['sheet-124.html', 'html', '18', '0'],
      ['sheet-124.xlsx', 'xlsx', '0', '18'],
      ['sheet-124.csv', 'csv', '0', '18'],
      ['sheet-124-unicode.txt', 'tsv', '0', '18'],
      ['pages.zip/web/sheet-124-page.html', 'html', '0', '18'],
    ]);
    expect(inWorker.counts).toMatchObject({ findings: '4', rejected: '1' });
    expect(onPage.inWorker).toBe(false);
    expect(onPage).toEqual({ ...inWorker, inWorker: false });
  });
});

/**
 * The built app starts DuckDB-WASM in Chromium, loads the bundled sample (the database built from it at build time,
 * scripts/build-sample.ts), and its data page (?view=data) shows exactly the row counts that the same import gives in
 * Node — with no request leaving its own origin. On a first visit, the overview draws the build's figures before
 * DuckDB-WASM is ready.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openNodeDatabase } from '../../src/db/node';
import { importFiles } from '../../src/import/import-files';
import { TABLE_NAMES } from '../../src/import/types';
import type { InputFile } from '../../src/import/types';
import type { SampleManifest } from '../../src/queries/sample-figures';
import { openPage, parseJaNumber, REPO_ROOT, screenshot, serveBuiltApp } from './harness';

const SAMPLE_DIR = path.join(REPO_ROOT, 'data', 'sample');
const COUNT_CELLS = {
  ...Object.fromEntries(TABLE_NAMES.map((t) => [t, `count-${t}`])),
  findings: 'count-findings',
  rejected_rows: 'count-rejected',
} as Record<string, string>;

/** Same names and order as the build (scripts/build-sample.ts sorts the file names with localeCompare). */
async function readSampleFiles(): Promise<InputFile[]> {
  const names = (await readdir(SAMPLE_DIR)).filter((n) => n.endsWith('.csv')).sort((a, b) => a.localeCompare(b));
  return Promise.all(names.map(async (n) => ({ name: `sample/${n}`, bytes: new Uint8Array(await readFile(path.join(SAMPLE_DIR, n))) })));
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** The counts a Node import of data/sample gives: the reference the page must match. */
async function nodeCounts(files: InputFile[]): Promise<Record<string, number>> {
  expect(files.length, 'data/sample/*.csv must exist').toBeGreaterThan(0);
  const db = await openNodeDatabase();
  try {
    await importFiles(db, files, { now: '2025-04-01 09:00:00' });
    const counts: Record<string, number> = {};
    for (const table of Object.keys(COUNT_CELLS)) {
      const [row] = await db.run<{ n: number }>(`-- e2e-reference-count\nSELECT count(*) AS n FROM ${table}`);
      counts[table] = row!.n;
    }
    return counts;
  } finally {
    await db.close();
  }
}

describe('foundation: the built app in Chromium', () => {
  const app = serveBuiltApp();

  it('shows the same row counts as a Node import of data/sample, offline, without errors', async () => {
    const files = await readSampleFiles();
    const expected = await nodeCounts(files);
    const { page, requests, foreignRequests, pageErrors, consoleErrors, log } = await openPage(app.browser, app.server.url);

    const t0 = Date.now();
    await page.goto(`${app.server.url}?view=data`);
    const failure = page.getByRole('alert');
    // Either the table or the app's own error message: fail fast with the page log instead of a bare timeout.
    await page.getByTestId('table-counts').or(failure).waitFor({ timeout: 90_000 });
    const tableMs = Date.now() - t0;
    if (await failure.isVisible()) throw new Error(`the app reported: ${await failure.textContent()}\n${log()}`);

    // src/db/browser.ts marks 'duckdb-ready' right after the database opens.
    const duckdbReadyMs = await page.evaluate(() => {
      const mark = performance.getEntriesByName('duckdb-ready')[0];
      return mark ? Math.round(mark.startTime) : null;
    });
    console.info(`[e2e foundation] DuckDB ready ≈ ${duckdbReadyMs} ms after navigation; counts table after ${tableMs} ms`);

    // dist/ embeds the sample as it was at build time: a regenerated data/sample needs a rebuild, say so plainly.
    const manifestUrl = requests().find((u) => /\/sample-[^/]*\.json$/.test(new URL(u).pathname));
    expect(manifestUrl, 'the page fetched no sample manifest').toBeDefined();
    expect(requests().filter((u) => new URL(u).pathname.endsWith('.csv')), 'no CSV is parsed on a cold visit').toEqual([]);
    const manifest = (await (await fetch(manifestUrl!)).json()) as SampleManifest;
    expect(manifest.sources, `dist/ holds another data/sample than the one on disk: run \`npx vite build\``).toEqual(
      files.map((f) => ({ file: f.name, sha256: sha256(f.bytes) })),
    );

    const shown: Record<string, number> = {};
    for (const [table, testId] of Object.entries(COUNT_CELLS)) {
      shown[table] = parseJaNumber(await page.getByTestId(testId).textContent());
    }
    console.info(`[e2e foundation] counts ${JSON.stringify(shown)}`);
    expect(shown).toEqual(expected);

    await expect.poll(() => page.getByText('架空').count()).toBeGreaterThan(0);
    await expect.poll(() => page.getByTestId('data-source').getAttribute('data-source')).toBe('sample');
    await screenshot(page, 'foundation-counts');

    expect(pageErrors(), log()).toEqual([]);
    expect(consoleErrors(), log()).toEqual([]);
    expect(foreignRequests(), log()).toEqual([]);
  }, 120_000);

  it('draws the first overview chart from the build’s figures, before DuckDB-WASM is ready', async () => {
    const { page, pageErrors, foreignRequests, log } = await openPage(app.browser, app.server.url);
    // in the page before its scripts: the status bar's phase when the first chart has drawn
    await page.addInitScript(`new MutationObserver((_, o) => {
      if (!document.querySelector('[data-testid=chart-status-by-pillar][data-rendered=true]')) return;
      window.__firstChartPhase = document.querySelector('[data-testid=status-bar]')?.getAttribute('data-phase');
      o.disconnect();
    }).observe(document, { subtree: true, childList: true, attributes: true })`);
    await page.goto(app.server.url);
    // functions, not strings: the app's Content-Security-Policy forbids eval, which a string predicate would need
    const phase = () => (window as unknown as { __firstChartPhase?: string }).__firstChartPhase;
    await page.waitForFunction(() => (window as unknown as { __firstChartPhase?: string }).__firstChartPhase !== undefined, null, { timeout: 90_000 });
    expect(await page.evaluate(phase), log()).toBe('starting');
    // then DuckDB takes over: the same figures, computed
    const headline = await page.getByTestId('headline').textContent();
    await page.locator('[data-testid=status-bar][data-phase=ready]').waitFor({ timeout: 90_000 });
    await expect.poll(() => page.getByTestId('headline').textContent()).toBe(headline);
    expect(pageErrors(), log()).toEqual([]);
    expect(foreignRequests(), log()).toEqual([]);
  }, 120_000);
});

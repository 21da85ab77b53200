/**
 * The built app starts DuckDB-WASM in Chromium, loads the bundled sample, and its data page (?view=data) shows exactly
 * the row counts that the same import gives in Node — with no request leaving its own origin.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openNodeDatabase } from '../../src/db/node';
import { importFiles } from '../../src/import/import-files';
import { TABLE_NAMES } from '../../src/import/types';
import type { InputFile } from '../../src/import/types';
import { openPage, parseJaNumber, REPO_ROOT, screenshot, serveBuiltApp } from './harness';

const SAMPLE_DIR = path.join(REPO_ROOT, 'data', 'sample');
const COUNT_CELLS = {
  ...Object.fromEntries(TABLE_NAMES.map((t) => [t, `count-${t}`])),
  findings: 'count-findings',
  rejected_rows: 'count-rejected',
} as Record<string, string>;

/** Same names and order as the browser (src/app/sample-files.ts sorts the glob paths with localeCompare). */
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
    const servedCsv = requests().filter((u) => new URL(u).pathname.endsWith('.csv'));
    const servedHashes = await Promise.all(servedCsv.map(async (u) => sha256(new Uint8Array(await (await fetch(u)).arrayBuffer()))));
    expect(servedHashes.sort(), `dist/ holds another data/sample than the one on disk: run \`npx vite build\` (${servedCsv.join(', ')})`).toEqual(
      files.map((f) => sha256(f.bytes)).sort(),
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
});

/**
 * The two engines give the same figures: DuckDB-WASM 1.4 (the browser) and native DuckDB 1.5 (the command line),
 * each importing the same files through importFiles and running every analysis, compared value for value (exact
 * equality, floats included). The shared SQL suite checks each engine against hand-worked figures; this checks that
 * nothing the suite does not look at differs between them (a type, a NULL, an order, the last bit of a mean).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAllAnalyses } from '../../src/analyses/all';
import { dimensions } from '../../src/analyses/dimensions';
import { allFindings, importRuns, tableCounts } from '../../src/analyses/import-log';
import { prepareAnalyses } from '../../src/analyses/setup';
import { sheetDocument } from '../../src/analyses/sheet';
import { indicatorSeries, programSeries } from '../../src/analyses/trends';
import type { Database } from '../../src/db/database';
import { importFiles } from '../../src/import/import-files';
import { REPO_ROOT } from '../e2e/harness';
import { freshDatabase, readFolder } from '../support/node-db';

const NOW = '2026-12-01 09:00:00';

/** Everything a screen or the command line can show of one dataset, on one engine. */
async function everything(db: Database, folder: string) {
  const report = await importFiles(db, await readFolder(path.join(REPO_ROOT, folder)), { now: NOW });
  await prepareAnalyses(db, await readFile(path.join(REPO_ROOT, 'data/direction-keywords.csv'), 'utf8'));
  const dims = await dimensions(db);
  const [program] = await db.run<{ key: string; year: number; sheet: string }>(
    'SELECT program_key AS key, fiscal_year AS year, sheet_no AS sheet FROM current_sheets ORDER BY fiscal_year DESC, sheet_no LIMIT 1',
  );
  return {
    report,
    dims,
    counts: await tableCounts(db),
    runs: await importRuns(db),
    findings: await allFindings(db),
    latest: await runAllAnalyses(db, { year: dims.years[0] ?? null }),
    allYears: await runAllAnalyses(db, {}, { near: 0.75, under: 0.6, over: 1.2 }),
    series: await indicatorSeries(db, { program: program!.key }),
    money: await programSeries(db, program!.key),
    sheet: await sheetDocument(db, program!.year, program!.sheet),
  };
}

describe.each(['data/sample', 'test/fixtures/analyses'])('%s on DuckDB-WASM and native DuckDB', (folder) => {
  let wasm: Database;
  let native: Database;
  beforeAll(async () => {
    [wasm, native] = await Promise.all([freshDatabase('wasm'), freshDatabase('native')]);
  });
  afterAll(async () => {
    await wasm?.close();
    await native?.close();
  });

  it('every import figure and analysis is equal, value for value', async () => {
    const [a, b] = await Promise.all([everything(wasm, folder), everything(native, folder)]);
    expect(a.latest.programs.length).toBeGreaterThan(0); // not two empty results
    expect(b).toEqual(a);
  }, 180_000); // two imports and every analysis twice: past 60 s on a loaded 2-core machine
});

/**
 * Builds the bundled sample once, at `npm run build` (vite.config.ts runs this before bundling), into what a cold visit
 * needs instead of importing and preparing the CSV files in the browser every time:
 *  - generated/sample.duckdb: the database after importFiles + prepareAnalyses (src/db/snapshot.ts), which the page
 *    copies into DuckDB-WASM as it starts;
 *  - generated/sample.json: the CSV files' hashes, the import report, and the first screen's figures under their query
 *    keys (src/queries/sample-figures.ts), which the page puts in its query cache before DuckDB has even started.
 * Native DuckDB does the work (~1 s); test/sql/sample-database.test.ts checks the file against the wasm's own import.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultYear, dimensions } from '../src/analyses/dimensions';
import { prepareAnalyses } from '../src/analyses/setup';
import type { Database } from '../src/db/database';
import { openNativeDatabase } from '../src/db/native';
import { writeSnapshot } from '../src/db/snapshot';
import { importFiles, localTimestamp } from '../src/import/import-files';
import type { InputFile } from '../src/import/types';
import { firstScreenQueries, type SampleManifest } from '../src/queries/sample-figures';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const SAMPLE_DIR = path.join(ROOT, 'data', 'sample');
export const GENERATED_DIR = path.join(ROOT, 'generated');

/** The sample's files, named and ordered as the app always named them ('sample/<file>', localeCompare order). */
export function readSampleFiles(dir = SAMPLE_DIR): InputFile[] {
  return readdirSync(dir)
    .filter((n) => n.endsWith('.csv'))
    .sort((a, b) => a.localeCompare(b))
    .map((n) => ({ name: `sample/${n}`, bytes: new Uint8Array(readFileSync(path.join(dir, n))) }));
}

/** The sample imported and prepared on `db`; returns the import report. `now` is the recorded import time. */
export async function prepareSample(db: Database, files: InputFile[], now: string) {
  const report = await importFiles(db, files, { now });
  await prepareAnalyses(
    db,
    readFileSync(path.join(ROOT, 'data', 'direction-keywords.csv'), 'utf8'),
    readFileSync(path.join(ROOT, 'data', 'output-keywords.csv'), 'utf8'),
  );
  return report;
}

/** Writes sample.duckdb and sample.json into outDir. */
export async function buildSample(outDir = GENERATED_DIR, now = localTimestamp(new Date())): Promise<SampleManifest> {
  const files = readSampleFiles();
  const db = await openNativeDatabase();
  try {
    const report = await prepareSample(db, files, now);
    mkdirSync(outDir, { recursive: true });
    const dbFile = path.join(outDir, 'sample.duckdb');
    rmSync(dbFile, { force: true });
    rmSync(`${dbFile}.wal`, { force: true });
    await writeSnapshot(db, dbFile);
    // version null: the page puts in its own, which names the database file it loads (src/app/sample-data.ts)
    const queries = firstScreenQueries({ db, version: null }, defaultYear(await dimensions(db), null).year);
    const figures = [];
    for (const q of queries) figures.push({ key: q.queryKey.slice(0, 3), data: await (q.queryFn as () => Promise<unknown>)() });
    const manifest: SampleManifest = {
      sources: files.map((f) => ({ file: f.name, sha256: createHash('sha256').update(f.bytes).digest('hex') })),
      report,
      figures,
    };
    writeFileSync(path.join(outDir, 'sample.json'), JSON.stringify(manifest));
    return manifest;
  } finally {
    await db.close();
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const t0 = performance.now();
  const manifest = await buildSample();
  console.log(`generated/sample.duckdb and sample.json: ${manifest.sources.length} files, ${manifest.figures.length} first-screen figures, ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}

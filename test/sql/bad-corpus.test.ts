/**
 * The committed bad-input corpus (test/fixtures/bad/, issue 11), each case through the real import on DuckDB-WASM
 * as in the browser: every valid row loads with the values it was written with, every finding the case needs comes
 * (file, line, column, severity), no stored value or figure differs from what was written without a finding on its
 * line, and no case crashes or hangs. The files and manifest are checked to be what the case definitions write
 * (test/support/bad-corpus/; `npx tsx scripts/bad-corpus.ts write` regenerates them). Runs once (RUN_ONCE).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepareAnalyses } from '../../src/analyses/setup';
import { readFormTemplates } from '../../src/cli/form-templates';
import { readImportProfiles } from '../../src/cli/import-profiles';
import type { Database } from '../../src/db/database';
import { importFiles } from '../../src/import/import-files';
import { allCases } from '../support/bad-corpus/cases';
import { CORPUS_DIR, HANG_MS, readManifest, runCase, summarise, type CaseResult, type CorpusEnv } from '../support/bad-corpus/runner';
import { freshDatabase } from '../support/node-db';

const cases = readManifest();
const results: CaseResult[] = [];
let db: Database;
let env: CorpusEnv;

beforeAll(async () => {
  db = await freshDatabase('wasm');
  env = {
    db,
    importFiles: importFiles as unknown as CorpusEnv['importFiles'],
    prepareAnalyses: prepareAnalyses as unknown as CorpusEnv['prepareAnalyses'],
    templates: await readFormTemplates(),
    profiles: await readImportProfiles(),
    keywords: readFileSync(path.resolve(CORPUS_DIR, '../../../data/direction-keywords.csv'), 'utf8'),
  };
});
afterAll(() => db?.close());

describe('the bad-input corpus', () => {
  it('is what the case definitions write: every file, byte for byte, and the manifest', () => {
    const built = allCases();
    // compared as JSON text and bytes: a deep equal over a 1 MB cell takes minutes
    expect(JSON.stringify(built.map((b) => b.case))).toBe(JSON.stringify(cases));
    const differ = built.flatMap((b) => b.files).filter((f) => !readFileSync(path.join(CORPUS_DIR, f.name)).equals(f.bytes));
    expect(differ.map((f) => f.name)).toEqual([]);
    // the floor: at least 100 files over all ten classes
    expect(new Set(cases.map((c) => c.class))).toEqual(new Set([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]));
    expect(cases.reduce((n, c) => n + c.files.length, 0)).toBeGreaterThanOrEqual(100);
  });

  it.each(cases.map((c) => [c.id, c] as const))('%s', async (_, c) => {
    const r = await runCase(env, c);
    results.push(r);
    expect(r.crashed).toBeNull();
    expect(r.ms).toBeLessThan(HANG_MS);
    expect(r.missingFindings, c.wrong).toEqual([]);
    expect(r.lostRows, c.wrong).toEqual([]);
    expect(r.silentChanges, c.wrong).toEqual([]);
  });

  it('adds up: every case needing a finding has it, no valid row lost, no silent change, hang or crash', () => {
    expect(results).toHaveLength(cases.length);
    const f = summarise(cases, results);
    expect(f).toEqual({ ...f, clearFindings: f.needingFinding, validRowsLost: 0, silentChanges: 0, casesWithSilentChanges: 0, hangs: 0, crashes: 0 });
  });
});

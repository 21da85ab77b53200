import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeNational } from '../../bench/national-data';
import type { Database } from '../../src/db/database';
import { importFiles } from '../../src/import/import-files';
import { generateCity } from '../../src/sample/generate-city';
import { nationalMunicipalities, type Municipality } from '../../src/sample/municipalities';
import { freshDatabase } from '../support/node-db';

// Three generated municipalities (two in one prefecture, so their rows share files) imported side by side: each keeps
// its own rows, keyed by its code. Expected counts are what generateCity wrote for that city alone, read back with
// Papa Parse, not with our reader.
const YEARS = [2023, 2024];
const TABLES = ['sheets', 'activities', 'outputs', 'outcomes', 'reviews'] as const;
const all = nationalMunicipalities();
const cities: Municipality[] = [all[0]!, all[1]!, all.find((m) => m.prefectureCode === 2)!].map((m, i) => ({ ...m, programs: [7, 5, 9][i]! }));
let db: Database;
let dir: string;

/** Data rows per table of one city generated alone. */
function generatedRows(city: Municipality): Record<string, number> {
  const texts = generateCity({ seed: city.seed, programs: city.programs, years: YEARS, municipality: { name: city.name, code: city.code } });
  return Object.fromEntries(TABLES.map((t) => [t, Papa.parse(texts[`${t}.csv`]!, { skipEmptyLines: true }).data.length - 1]));
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'seika-national-test-'));
  const written = writeNational(dir, cities, YEARS);
  db = await freshDatabase();
  await importFiles(db, written.files.map((f) => ({ name: path.relative(dir, f), bytes: new Uint8Array(readFileSync(f)) })));
});
afterAll(async () => {
  await db.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('several generated municipalities', () => {
  it('write one folder per prefecture, two cities in one file', () => {
    expect(cities.map((c) => c.prefectureCode)).toEqual([1, 1, 2]);
    expect(new Set(cities.map((c) => c.code)).size).toBe(3);
  });

  it('each city keeps its own rows: per city and table, the count the generator wrote for it', async () => {
    for (const table of TABLES) {
      const rows = await db.run<{ key: string; name: string; code: string; n: number }>(
        `SELECT municipality_key AS key, municipality AS name, municipality_code AS code, count(*)::INTEGER AS n FROM ${table} GROUP BY ALL ORDER BY code`,
      );
      expect(rows, table).toEqual(cities.map((c) => ({ key: c.code, name: c.name, code: c.code, n: generatedRows(c)[table] })));
    }
  });

  it('has one sheet per program and year in each city, and no program shared between cities', async () => {
    const rows = await db.run<{ code: string; sheets: number; programs: number }>(
      'SELECT municipality_code AS code, count(*)::INTEGER AS sheets, count(DISTINCT program_key)::INTEGER AS programs FROM sheets GROUP BY ALL ORDER BY code',
    );
    // 7, 5 and 9 programs × 2 years
    expect(rows).toEqual([
      { code: cities[0]!.code, sheets: 14, programs: 7 },
      { code: cities[1]!.code, sheets: 10, programs: 5 },
      { code: cities[2]!.code, sheets: 18, programs: 9 },
    ]);
    const [shared] = await db.run<{ n: number }>(
      'SELECT count(*)::INTEGER AS n FROM (SELECT program_key FROM sheets GROUP BY program_key HAVING count(DISTINCT municipality_key) > 1)',
    );
    expect(shared!.n).toBe(0);
  });
});

/**
 * The strategy analyses against the answers planted in the sample city (src/sample/plants.ts): the near-duplicate
 * programs of other departments 類似事業 must find (precision at 10 of the city-wide list), and the easy targets and
 * copied reflections シートの質 must flag. The plants are read from the generator, the figures from the committed
 * sample as the app imports it.
 */
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepareAnalyses } from '../../src/analyses/setup';
import { sheetQuality } from '../../src/analyses/sheet-quality';
import { consolidationCandidates } from '../../src/analyses/similar/similar';
import type { Database } from '../../src/db/database';
import { importFiles } from '../../src/import/import-files';
import { buildPrograms } from '../../src/sample/model';
import { SAMPLE_OPTIONS } from '../../src/sample/sample-options';
import { freshDatabase, readFolder } from '../support/node-db';

const programs = buildPrograms(SAMPLE_OPTIONS.seed, SAMPLE_OPTIONS.programs, SAMPLE_OPTIONS.years);
const pairKey = (a: string, b: string) => [a, b].sort().join('|');
const twins = new Set(programs.filter((p) => p.twinOf !== null).map((p) => pairKey(p.twinOf!, p.id)));
const easy = programs.filter((p) => p.outcomes.some((o) => o.easy)).map((p) => p.id).sort();
const copied = programs.filter((p) => p.copiedReflection).map((p) => p.id).sort();

let db: Database;

beforeAll(async () => {
  db = await freshDatabase();
  await importFiles(db, await readFolder('data/sample'));
  await prepareAnalyses(db, await readFile('data/direction-keywords.csv', 'utf8'), await readFile('data/output-keywords.csv', 'utf8'));
}, 120_000);
afterAll(() => db.close());

describe('the plants in the sample', () => {
  it('are 12 twin pairs across departments, 8 easy targets and 8 copied reflections, each on its own program', () => {
    expect([twins.size, easy.length, copied.length]).toEqual([12, 8, 8]);
    const twinIds = [...twins].flatMap((k) => k.split('|'));
    expect(new Set([...twinIds, ...easy, ...copied]).size).toBe(twinIds.length + easy.length + copied.length);
    for (const p of programs.filter((x) => x.twinOf !== null)) {
      expect(p.department).not.toBe(programs.find((x) => x.id === p.twinOf)!.department);
    }
  });
});

describe('類似事業 on the sample', () => {
  it('finds the planted twins: precision at 10 of the city-wide candidates at least 0.8', async () => {
    const top = (await consolidationCandidates(db, { year: 2024 }, 10)).map((c) => pairKey(c.program_key, c.other_program_key));
    const precision = top.filter((k) => twins.has(k)).length / top.length;
    console.log(`precision at 10 (planted twins among the 10 closest cross-department pairs, FY2024): ${precision}`);
    expect(top).toHaveLength(10);
    expect(precision).toBeGreaterThanOrEqual(0.8);
  });
});

describe('シートの質 on the sample', () => {
  it('flags every planted easy target as easy in the last year (achieved every year, the target flat then lowered)', async () => {
    const { flags } = await sheetQuality(db, { year: 2024 });
    const flagged = new Set(flags.filter((f) => f.flag === 'easy_target' && f.kind === 'outcome').map((f) => f.program_key));
    expect(easy.filter((id) => !flagged.has(id))).toEqual([]);
  });

  it('flags every planted copied reflection in every year after the first', async () => {
    for (const year of [2021, 2022, 2023, 2024]) {
      const { flags } = await sheetQuality(db, { year });
      const flagged = new Set(flags.filter((f) => f.flag === 'copied_reflection').map((f) => f.program_key));
      expect(copied.filter((id) => !flagged.has(id)), String(year)).toEqual([]);
    }
  });
});

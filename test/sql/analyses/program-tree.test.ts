/**
 * The overview's treemap reads programTree, the scorecard with only the columns it draws: the same programs, in the
 * same order, with the same values as programScorecard, for a scope and for other thresholds (computed into the
 * scorecard cache on first use), on the fixtures.
 */
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { programScorecard, programTree, type TreeProgram } from '../../../src/analyses/programs';
import { prepareAnalyses } from '../../../src/analyses/setup';
import type { Database } from '../../../src/db/database';
import { importFiles } from '../../../src/import/import-files';
import { freshDatabase, readFolder } from '../../support/node-db';

const COLUMNS = ['sheet_no', 'program', 'program_key', 'pillar', 'goal', 'measure', 'budget', 'spend', 'mean_achievement'] as const;
const pick = (r: TreeProgram) => Object.fromEntries(COLUMNS.map((c) => [c, r[c]]));

let db: Database;
beforeAll(async () => {
  db = await freshDatabase();
  await importFiles(db, await readFolder('test/fixtures/analyses'));
  await prepareAnalyses(db, await readFile('data/direction-keywords.csv', 'utf8'));
});
afterAll(() => db.close());

describe('programTree', () => {
  it.each([
    ['every year, default thresholds', {}, undefined],
    ['2024, one pillar', { year: 2024, pillar: 'I 子育て・教育' }, undefined],
    ['2024 at near 75%, under 60%', { year: 2024 }, { near: 0.75, under: 0.6, over: 1.2 }],
  ])('%s: the scorecard’s programs, in its order, with the treemap’s columns only', async (_, scope, t) => {
    const tree = await programTree(db, scope, t);
    const full = await programScorecard(db, scope, t);
    expect(full.length).toBeGreaterThan(0);
    expect(tree.map((r) => Object.keys(r))).toEqual(tree.map(() => [...COLUMNS]));
    expect(tree).toEqual(full.map(pick));
  });
});

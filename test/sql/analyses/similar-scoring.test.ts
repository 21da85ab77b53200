import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepareAnalyses } from '../../../src/analyses/setup';
import { similarPrograms } from '../../../src/analyses/similar/similar';
import type { Database } from '../../../src/db/database';
import { importFiles } from '../../../src/import/import-files';
import { file, freshDatabase } from '../../support/node-db';

/*
 * The similarity score worked by hand (docs/analyses.md, 類似事業), on three programs of FY2024 whose words are
 * written straight into program_terms (the segmentation has its own test):
 *
 *   P  甲課  I / 1 g / 1 m   事業費 1,000   name words: a b
 *   Q  乙課  I / 1 g / 1 m   事業費 1,200   name words: a c
 *   R  丙課  II / 1 h / 1 n  事業費 5,000   name words: c d
 *
 * N = 3; idf = ln((N + 1) / (df + 0.5)): a and c (df 2) ln(4 / 2.5), b and d (df 1) ln(4 / 1.5); tf 1 → weight = idf.
 * Blocking: words shared by 2 to 10 programs (a, c) find candidates, plus the same 施策: P–Q and Q–R; P and R share no
 * word and no 施策, so that pair is never scored.
 */
const IDF2 = Math.log(4 / 2.5);
const IDF1 = Math.log(4 / 1.5);
const NORM_PR = Math.sqrt(IDF2 ** 2 + IDF1 ** 2);
const NORM_Q = Math.sqrt(2 * IDF2 ** 2);
const COS_PQ = r12(IDF2 ** 2 / (NORM_PR * NORM_Q));

/** Sums of products in another order differ in the last bit: compared to 12 decimals. */
function r12(x: number): number;
function r12(x: number | null): number | null;
function r12(x: number | null): number | null {
  return x === null ? null : Math.round(x * 1e12) / 1e12;
}

let db: Database;

beforeAll(async () => {
  db = await freshDatabase();
  await importFiles(db, [
    file(
      'sheets.csv',
      '年度,シートNo,事業ID,事務事業名,課等名,施策の大綱,施策の目標,施策\r\n' +
        '2024,1,P,事業P,甲課,I,1 g,1 m\r\n2024,2,Q,事業Q,乙課,I,1 g,1 m\r\n2024,3,R,事業R,丙課,II,1 h,1 n\r\n',
    ),
    file('money.csv', '年度,シートNo,区分,事業費計\r\n2024,1,決算,1000\r\n2024,2,決算,1200\r\n2024,3,決算,5000\r\n'),
  ]);
  await prepareAnalyses(db, await readFile('data/direction-keywords.csv', 'utf8'));
  await db.exec(`
    CREATE TABLE program_terms (municipality_key VARCHAR, fiscal_year INTEGER, program_key VARCHAR, field VARCHAR, term VARCHAR, n INTEGER);
    CREATE TABLE program_terms_years (fiscal_year INTEGER);
    INSERT INTO program_terms VALUES ('', 2024, 'P', 'name', 'a', 1), ('', 2024, 'P', 'name', 'b', 1),
      ('', 2024, 'Q', 'name', 'a', 1), ('', 2024, 'Q', 'name', 'c', 1), ('', 2024, 'R', 'name', 'c', 1), ('', 2024, 'R', 'name', 'd', 1);
    INSERT INTO program_terms_years VALUES (2024);`);
});
afterAll(() => db.close());

describe('the similarity score, by hand', () => {
  it('0.7 × text + 0.2 × tree + 0.1 × cost, for the blocked pairs only', async () => {
    const rows = await similarPrograms(db, { year: 2024 });
    expect(rows.map((r) => [r.program_key, r.other_program_key, r.rank, r12(r.name_similarity), r.purpose_similarity, r12(r.text_score), r.tree, r.cost_ratio, r.reasons])).toEqual([
      // same 施策 (1), costs 1,000 and 1,200 within 1.5×
      ['P', 'Q', 1, COS_PQ, null, COS_PQ, 'measure', 1200 / 1000, ['same_measure', 'cost']],
      ['Q', 'P', 1, COS_PQ, null, COS_PQ, 'measure', 1200 / 1000, ['same_measure', 'cost']],
      // Q and R share c: the same cosine by symmetry (|R| = |P|), nothing else in common
      ['Q', 'R', 2, COS_PQ, null, COS_PQ, null, 5000 / 1200, []],
      ['R', 'Q', 1, COS_PQ, null, COS_PQ, null, 5000 / 1200, []],
    ]);
    const score = (r: (typeof rows)[number]) => r.score;
    expect(score(rows[0]!)).toBeCloseTo(0.7 * COS_PQ + 0.2 * 1 + 0.1 * (1 - Math.log(1.2) / Math.log(10)), 12);
    expect(score(rows[2]!)).toBeCloseTo(0.7 * COS_PQ + 0.2 * 0 + 0.1 * (1 - Math.log(5000 / 1200) / Math.log(10)), 12);
    // COS_PQ = 0.2209 / (1.0876 × 0.6647) ≈ 0.306: below the 0.5 of 事業名が近い
    expect(COS_PQ).toBeCloseTo(0.3056, 3);
  });
});

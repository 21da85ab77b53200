import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database';
import { importFiles } from '../../src/import/import-files';
import type { ImportReport } from '../../src/import/types';
import { count, freshDatabase, readFolder } from '../support/node-db';

// The real sheet No.124 (常総市, 令和6年度), transcribed by hand into test/fixtures/seed-tables/, imported into real DuckDB-WASM.
// Every expected figure below is read off ../shared/seed/sheet-124-R6.txt by hand.
let db: Database;
let report: ImportReport;

beforeAll(async () => {
  db = await freshDatabase();
  report = await importFiles(db, await readFolder('test/fixtures/seed-tables'));
});
afterAll(() => db.close());

describe('seed sheet 124 (FY2024)', () => {
  it('recognises every file, in its encoding, with no error finding', () => {
    const byTable = Object.fromEntries(report.files.map((f) => [f.table, f]));
    expect(Object.keys(byTable).sort()).toEqual(['activities', 'outcomes', 'outputs', 'reviews', 'sheets']);
    expect(byTable.activities!.encoding).toBe('shift_jis');
    expect(report.files.flatMap((f) => f.findings).filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('holds the sheet: place in the policy tree, department, program, created date', async () => {
    const rows = await db.run('SELECT fiscal_year, sheet_no, program, department, pillar, goal, measure, measure_detail, legal_basis, created_on FROM sheets');
    expect(rows).toEqual([
      {
        fiscal_year: 2024,
        sheet_no: '124',
        program: '教育機関・民間企業との連携事業',
        department: '常創戦略課',
        pillar: 'VII行財政運営の効率化',
        goal: '1 市民満足度の高い行財政運営を進める',
        measure: '3 連携事業',
        measure_detail: '教育機関・民間企業との連携',
        legal_basis: null,
        created_on: '2025-05-16',
      },
    ]);
  });

  it('has 5 zero-cost activities and skips the 4 blank rows', async () => {
    const rows = await db.run(
      'SELECT activity_no, activity, lead_department, period_years, budget, spend FROM activities ORDER BY activity_no',
    );
    expect(rows).toEqual([
      { activity_no: 1, activity: '包括連携協定締結', lead_department: null, period_years: [2024, 2025, 2026], budget: 0, spend: 0 },
      { activity_no: 2, activity: '筑波大学・オリジナルオープンキャンパス', lead_department: '指導課', period_years: [2024, 2025, 2026], budget: 0, spend: 0 },
      { activity_no: 3, activity: '水海道一高附属中・総合的探究', lead_department: null, period_years: [2024, 2025, 2026], budget: 0, spend: 0 },
      { activity_no: 4, activity: '水海道第二高等学校・総合的探究', lead_department: null, period_years: [2024, 2025, 2026], budget: 0, spend: 0 },
      { activity_no: 5, activity: '鬼怒中学校総合学習プログラム', lead_department: null, period_years: [2024], budget: 0, spend: 0 },
    ]);
    const activities = report.files.find((f) => f.table === 'activities')!;
    expect(activities.blank).toBe(4);
    expect(activities.loaded).toBe(5);
  });

  it('has 8 output indicators with targets and no actuals, same-named ones kept in order', async () => {
    const rows = await db.run(
      `SELECT a.activity_no, o.indicator, o.unit, o.ordinal, o.target, o.next_target, o.actual
       FROM outputs o JOIN activities a USING (fiscal_year, sheet_no, activity_key)
       ORDER BY o.source_line`,
    );
    expect(rows).toEqual([
      { activity_no: 1, indicator: '提携先企業・団体', unit: '件', ordinal: 1, target: 1, next_target: 1, actual: null },
      { activity_no: 2, indicator: '参加人数', unit: '人', ordinal: 1, target: 40, next_target: 40, actual: null },
      { activity_no: 3, indicator: '取組数', unit: '件', ordinal: 1, target: 5, next_target: 5, actual: null },
      { activity_no: 3, indicator: '活動回数', unit: '回', ordinal: 1, target: 5, next_target: 5, actual: null },
      { activity_no: 4, indicator: '取組回数', unit: '回', ordinal: 1, target: 1, next_target: 1, actual: null },
      { activity_no: 4, indicator: '取組回数', unit: '回', ordinal: 2, target: 2, next_target: 1, actual: null },
      { activity_no: 5, indicator: '取組回数', unit: '回', ordinal: 1, target: 3, next_target: null, actual: null },
      { activity_no: 5, indicator: '取組回数', unit: '回', ordinal: 2, target: 3, next_target: null, actual: null },
    ]);
  });

  it('has 3 outcomes, 転出者数 with its own target year and unit', async () => {
    const rows = await db.run('SELECT indicator, unit, target, target_year, actual, actual_raw, target_raw FROM outcomes ORDER BY source_line');
    expect(rows).toEqual([
      { indicator: '民間企業×教育機関の事業実施数', unit: null, target: 2, target_year: null, actual: 2, actual_raw: '2', target_raw: '2' },
      { indicator: '転出者数', unit: '人', target: 2700, target_year: 2027, actual: 3083, actual_raw: '3,083人', target_raw: 'R9年度 2,700人' },
      { indicator: '協定先企業との取り組み', unit: null, target: 1, target_year: null, actual: 1, actual_raw: '1', target_raw: '1' },
    ]);
  });

  it('has the review with 活動 and 成果 ticked, コスト and その他 not', async () => {
    const rows = await db.run('SELECT improve_cost, improve_activity, improve_outcome, improve_other FROM reviews');
    expect(rows).toEqual([{ improve_cost: false, improve_activity: true, improve_outcome: true, improve_other: false }]);
  });

  it('importing the same files again changes no figure', async () => {
    const before = await Promise.all(['sheets', 'activities', 'outputs', 'outcomes', 'reviews'].map((t) => count(db, t)));
    const again = await importFiles(db, await readFolder('test/fixtures/seed-tables'));
    const after = await Promise.all(['sheets', 'activities', 'outputs', 'outcomes', 'reviews'].map((t) => count(db, t)));
    expect(after).toEqual(before);
    expect(again.files.map((f) => f.loaded)).toEqual([0, 0, 0, 0, 0]);
    expect(again.files.reduce((n, f) => n + f.alreadyImported, 0)).toBe(1 + 5 + 8 + 3 + 1);
  });
});

import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../src/db/database';
import { importFiles } from '../../../src/import/import-files';
import { activityCosts, programBudgets } from '../../../src/analyses/activities';
import { indicatorResults } from '../../../src/analyses/indicators';
import { policyRollup } from '../../../src/analyses/policy';
import { programScorecard, underperformers } from '../../../src/analyses/programs';
import { targetRevisions } from '../../../src/analyses/revisions';
import { prepareAnalyses } from '../../../src/analyses/setup';
import { readFormTemplates } from '../../../src/cli/form-templates';
import { freshDatabase, readFolder } from '../../support/node-db';

// The real sheet No.124 (常総市, 令和6年度): the form in data/seed/, read as it is, imported into real DuckDB-WASM and analysed.
// Every expected figure is worked out by hand from the sheet (docs/analyses.md, data-format 'The seed sheet').
let db: Database;

const PROGRAM = '教育機関・民間企業との連携事業';
// 転出者数: down (keyword 転出), target 2,700 for R9 (2027), actual 3,083 → target ÷ actual.
const TENSHUTSU = 2700 / 3083; // 0.8757703535517353
// mean over the three outcomes that have a rate: 2/2 = 1, 2700/3083, 1/1 = 1
const MEAN = (1 + 2700 / 3083 + 1) / 3; // 0.9585901178505783

beforeAll(async () => {
  db = await freshDatabase();
  await importFiles(db, await readFolder('data/seed'), { templates: await readFormTemplates() });
  await prepareAnalyses(db, await readFile('data/direction-keywords.csv', 'utf8'));
});
afterAll(() => db.close());

describe('seed sheet 124 (FY2024) analysed', () => {
  it('rates the three outcomes and no output (outputs have no actual)', async () => {
    const rows = await indicatorResults(db);
    expect(rows).toHaveLength(3);
    expect(rows.every((r) => r.kind === 'outcome')).toBe(true);
    expect(
      rows.map((r) => ({
        indicator: r.indicator,
        direction: r.direction,
        direction_source: r.direction_source,
        direction_keyword: r.direction_keyword,
        target: r.target,
        target_year: r.target_year,
        actual: r.actual,
        achievement: r.achievement,
        status: r.status,
        reason: r.reason,
        gap: r.gap,
        is_interim: r.is_interim,
      })),
    ).toEqual([
      // 2 / 2 = 1, gap 2 − 2 = 0
      {
        indicator: '民間企業×教育機関の事業実施数',
        direction: 'up',
        direction_source: 'default',
        direction_keyword: null,
        target: 2,
        target_year: null,
        actual: 2,
        achievement: 1,
        status: 'achieved',
        reason: null,
        gap: 0,
        is_interim: false,
      },
      // down: 2700 / 3083 = 0.8757… (≥ 0.8 → near); gap = target − actual = 2700 − 3083 = −383; 2027 > 2024 → interim
      {
        indicator: '転出者数',
        direction: 'down',
        direction_source: 'keyword',
        direction_keyword: '転出',
        target: 2700,
        target_year: 2027,
        actual: 3083,
        achievement: TENSHUTSU,
        status: 'near',
        reason: null,
        gap: -383,
        is_interim: true,
      },
      // 1 / 1 = 1
      {
        indicator: '協定先企業との取り組み',
        direction: 'up',
        direction_source: 'default',
        direction_keyword: null,
        target: 1,
        target_year: null,
        actual: 1,
        achievement: 1,
        status: 'achieved',
        reason: null,
        gap: 0,
        is_interim: false,
      },
    ]);
  });

  it('shows 転出者数 as 87.6% (one decimal of a percent) with gap share −383 / 2700', async () => {
    const row = (await indicatorResults(db)).find((r) => r.indicator === '転出者数')!;
    expect(row.achievement).toBe(0.8757703535517353);
    expect((row.achievement! * 100).toFixed(1)).toBe('87.6');
    expect(row.gap_share).toBe(-383 / 2700);
    // No earlier year and no baseline: no straight line to the R9 target.
    expect(row.expected).toBeNull();
    expect(row.on_track).toBeNull();
  });

  it('lists the 5 activities as zero-cost and flags the program', async () => {
    const rows = await activityCosts(db);
    expect(rows.map((r) => [r.activity_no, r.budget, r.spend, r.execution, r.cost_case, r.execution_flag, r.program_all_zero_cost])).toEqual([
      [1, 0, 0, null, 'zero_cost', null, true],
      [2, 0, 0, null, 'zero_cost', null, true],
      [3, 0, 0, null, 'zero_cost', null, true],
      [4, 0, 0, null, 'zero_cost', null, true],
      [5, 0, 0, null, 'zero_cost', null, true],
    ]);
    expect(await programBudgets(db)).toEqual([
      {
        fiscal_year: 2024,
        sheet_no: '124',
        program: PROGRAM,
        program_key: PROGRAM,
        department: '常創戦略課',
        pillar: 'VII行財政運営の効率化',
        budget: 0,
        spend: 0,
        execution: null, // budget 0: no rate
        execution_flag: null,
        zero_cost: true,
      },
    ]);
  });

  it('scores the program: 3 outcomes, 2 achieved, 1 near, nothing missed', async () => {
    const [p, ...rest] = await programScorecard(db);
    expect(rest).toEqual([]);
    expect(p).toMatchObject({
      fiscal_year: 2024,
      sheet_no: '124',
      program_id: null,
      program_key: PROGRAM,
      outcomes: 3,
      achieved: 2,
      near: 1,
      missed: 0, // the 8 outputs without actuals are plans, not misses
      not_measured: 0,
      activities: 5,
      budget: 0,
      spend: 0,
      execution: null,
      zero_cost_activities: 5,
      cost_not_stated_activities: 0,
      zero_cost: true,
      improve_cost: false,
      improve_activity: true,
      improve_outcome: true,
      improve_other: false,
      missed_streak: 0,
      // 成果 ticked, but not every measured outcome achieved (転出者数 is near): nothing to point out
      self_check: null,
      points_missed: 0,
      points_near: 3,
      points_streak: 0,
      points_execution: 0,
      points_self_check: 0,
    });
    expect(p!.mean_achievement).toBe(MEAN);
    expect(p!.mean_achievement).toBe(0.9585901178505783);
    // (1 − 0.95859…) × 20 = 0.8282
    expect(p!.points_mean).toBe((1 - MEAN) * 20);
    // 3 (one near) + 0.8282 = 3.8282 → 3.8
    expect(p!.score).toBe(3.8);
    expect(Math.round((3 + (1 - MEAN) * 20) * 10) / 10).toBe(3.8);
    expect(p!.reasons).toEqual(['成果指標1件が目標にあと一歩', '平均達成率95.9%']);
  });

  it('ranks it as the only (mild) underperformer', async () => {
    expect((await underperformers(db, { year: 2024 })).map((r) => [r.sheet_no, r.score])).toEqual([['124', 3.8]]);
  });

  it('rolls up the one program into city, pillar, goal and measure rows', async () => {
    const rows = await policyRollup(db, { year: 2024 });
    expect(rows.map((r) => r.level)).toEqual(['city', 'pillar', 'goal', 'measure']);
    for (const r of rows) {
      expect(r).toMatchObject({ programs: 1, outcomes: 3, achieved: 2, near: 1, missed: 0, not_measured: 0 });
      expect(r).toMatchObject({ budget: 0, spend: 0, execution: null, activities: 5, zero_cost_activities: 5, zero_cost_share: 1 });
    }
    expect(rows[3]).toMatchObject({ pillar: 'VII行財政運営の効率化', goal: '1 市民満足度の高い行財政運営を進める', measure: '3 連携事業' });
  });

  it('finds the one easier next-year target: 水海道第二高等学校 取組回数 (2nd) 2 → 1', async () => {
    const rows = await targetRevisions(db);
    expect(rows.map((r) => [r.revision, r.kind, r.activity, r.indicator, r.from_year, r.from_target, r.to_year, r.to_target])).toEqual([
      ['next_easier', 'output', '水海道第二高等学校・総合的探究', '取組回数', 2024, 2, 2025, 1],
    ]);
  });
});

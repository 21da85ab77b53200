import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { programChanges } from '../../../src/analyses/changes';
import { costRollup, programCosts, unitCosts } from '../../../src/analyses/costs';
import { prepareAnalyses } from '../../../src/analyses/setup';
import { sheetQuality } from '../../../src/analyses/sheet-quality';
import { consolidationCandidates, similarPrograms } from '../../../src/analyses/similar/similar';
import type { Database } from '../../../src/db/database';
import { importFiles } from '../../../src/import/import-files';
import { freshDatabase, readFolder } from '../../support/node-db';

/*
 * test/fixtures/strategy/: a hand-made city, FY2022–2024 (令和4–6年度), seven programs, with program-level money
 * (program_money.csv: 区分, funding sources, 事業費計, 人件費, トータルコスト), grades and 指標の種類.
 *
 *   program (key)                      dept                    pillar / goal / measure                 sheet 2022 2023 2024
 *   P1 子育て相談事業 (A01)             子育て支援課             I / 1 子どもを育む / 1 子育て支援          1    1    7  renumbered
 *   P2 学習支援事業 (A02)               学校教育課               I / 1 子どもを育む / 2 学校教育            2    2    2  renamed 2024 学習支援推進事業, grade A 2024
 *   P3 交通安全教室事業 (S01)           交通安全課               II / 1 安全なまち / 1 交通安全             3    3    3
 *   P4 地域見守り事業 (no ID)           福祉課 → 高齢福祉課 2024  III / 1 支え合う地域 / 1 見守り           4    4    4
 *   P5 防犯パトロール事業 (C01)         交通安全課               II / 1 安全なまち / 2 防犯                 —    —    5  new
 *   P6 ごみ分別啓発事業 (C02)           環境課                   II / 2 環境にやさしいまち / 1 ごみ減量     6    6    —  ended
 *   P7 子育て相談支援事業 (A03)         健康推進課               I / 1 子どもを育む / 3 母子保健            8    8    8  P1's near twin
 *
 * Money (千円): P1, P3, P4, P6, P7 state 決算 rows (P3 also a 2023 予算 row, and 2024 決算見込 only); P2 states none
 * (its activities' 決算額 count); P5 states a 2024 予算 without personnel cost. Every figure below is worked out by
 * hand from the CSVs (docs/analyses.md); ratios that do not terminate are written as the JS expression.
 */
let db: Database;

beforeAll(async () => {
  db = await freshDatabase();
  await importFiles(db, await readFolder('test/fixtures/strategy'));
  await prepareAnalyses(db, await readFile('data/direction-keywords.csv', 'utf8'), await readFile('data/output-keywords.csv', 'utf8'));
});
afterAll(() => db.close());

describe('total cost トータルコスト', () => {
  it('per program: 決算 before 予算, program money before activities, personnel cost where known', async () => {
    const rows = await programCosts(db, { year: 2024 });
    expect(rows.map((r) => [r.sheet_no, r.cost_source, r.money_kind, r.project_cost, r.personnel_cost, r.personnel_known, r.total_cost, r.general_fund_share, r.previous_total_cost, r.total_cost_change, r.rising_unit_cost])).toEqual([
      // P2: no program money; its activities' 決算額 2,400 (予算額 2,500); personnel unknown
      ['2', 'activities', '決算', 2400, null, false, 2400, null, 2200, 2400 / 2200 - 1, []],
      // P3: only 決算見込 in 2024 (640 + 200); 2023 was its 決算 1,200 (not the 予算 1,300); 一般財源 540 of 640
      ['3', 'program', '決算見込', 640, 200, true, 840, 540 / 640, 1200, 840 / 1200 - 1, []],
      ['4', 'program', '決算', 650, 100, true, 750, 650 / 650, 500, 750 / 500 - 1, []],
      // P5: a 予算 row without 人件費: the project cost alone; a new program has no previous year
      ['5', 'program', '予算', 300, null, false, 300, 300 / 300, null, null, []],
      // P1 (No.1 → No.7, followed by program_key): 1,100 + 100; 相談件数 100 → 90 → 80 件 at 10 → 12.2 → 15 千円 a 件
      ['7', 'program', '決算', 1100, 100, true, 1200, 800 / 1100, 1100, 1200 / 1100 - 1, ['相談件数']],
      ['8', 'program', '決算', 1000, 150, true, 1150, 1000 / 1000, 1150, 1150 / 1150 - 1, []],
    ]);
  });

  it('per unit of each result: only higher-is-better counts (no %), with the year before; rising cost while the result fell', async () => {
    const rows = await unitCosts(db, { program: 'A01' });
    expect(rows.map((r) => [r.fiscal_year, r.kind, r.indicator, r.actual, r.total_cost, r.unit_cost, r.previous_unit_cost, r.rising_cost_falling_result])).toEqual([
      [2022, 'outcome', '相談件数', 100, 1000, 1000 / 100, null, false],
      [2022, 'outcome', '講座開催回数', 10, 1000, 1000 / 10, null, false],
      [2022, 'output', '子育て世帯数', 3000, 1000, 1000 / 3000, null, false],
      [2022, 'output', '窓口開設日数', 240, 1000, 1000 / 240, null, false],
      [2023, 'outcome', '相談件数', 90, 1100, 1100 / 90, 1000 / 100, false], // one year up only
      [2023, 'outcome', '講座開催回数', 10, 1100, 1100 / 10, 1000 / 10, false],
      [2023, 'output', '子育て世帯数', 3000, 1100, 1100 / 3000, 1000 / 3000, false],
      [2023, 'output', '窓口開設日数', 240, 1100, 1100 / 240, 1000 / 240, false],
      // 10 → 12.2 → 15 千円 a 件 while 100 → 90 → 80 件: flagged
      [2024, 'outcome', '相談件数', 80, 1200, 1200 / 80, 1100 / 90, true],
      // cost per 回 up two years, but the result stayed at 10: not flagged
      [2024, 'outcome', '講座開催回数', 10, 1200, 1200 / 10, 1100 / 10, false],
      [2024, 'output', '子育て世帯数', 3000, 1200, 1200 / 3000, 1100 / 3000, false],
      [2024, 'output', '窓口開設日数', 240, 1200, 1200 / 240, 1100 / 240, false],
    ]);
    expect(rows[8]!.history).toEqual([
      { fiscal_year: 2022, unit_cost: 1000 / 100 },
      { fiscal_year: 2023, unit_cost: 1100 / 90 },
      { fiscal_year: 2024, unit_cost: 1200 / 80 },
    ]);
    // 保護者満足度 (%) has no unit cost
    expect((await unitCosts(db, { year: 2024 })).some((r) => r.indicator === '保護者満足度')).toBe(false);
  });

  it('rolls up by city, pillar and department, with the funding mix and the year before', async () => {
    const rows = await costRollup(db, { year: 2023 });
    expect(rows.map((r) => [r.level, r.pillar ?? r.department, r.programs, r.with_personnel, r.project_cost, r.personnel_cost, r.total_cost, r.national, r.prefectural, r.other_sources, r.general_fund, r.general_fund_share, r.previous_total_cost])).toEqual([
      // 事業費 1,000 + 2,200 + 1,000 + 400 + 200 + 1,000; 一般財源 3,150 of the 3,600 that state their funding (P2 does not)
      ['city', null, 6, 5, 5800, 650, 6450, 300, 100, 50, 3150, 3150 / 3600, 1000 + 2000 + 700 + 400 + 300 + 1150],
      ['pillar', 'I 子育て・教育', 3, 2, 4200, 250, 4450, 300, 0, 0, 1700, 1700 / 2000, 1000 + 2000 + 1150],
      ['pillar', 'II 安全・環境', 2, 2, 1200, 300, 1500, 0, 100, 50, 1050, 1050 / 1200, 700 + 300],
      ['pillar', 'III 健康・福祉', 1, 1, 400, 100, 500, 0, 0, 0, 400, 400 / 400, 400],
      ['department', '交通安全課', 1, 1, 1000, 200, 1200, 0, 100, 0, 900, 900 / 1000, 700],
      ['department', '健康推進課', 1, 1, 1000, 150, 1150, 0, 0, 0, 1000, 1000 / 1000, 1150],
      ['department', '子育て支援課', 1, 1, 1000, 100, 1100, 300, 0, 0, 700, 700 / 1000, 1000],
      ['department', '学校教育課', 1, 0, 2200, null, 2200, null, null, null, null, null, 2000],
      ['department', '環境課', 1, 1, 200, 100, 300, 0, 0, 50, 150, 150 / 200, 300],
      ['department', '福祉課', 1, 1, 400, 100, 500, 0, 0, 0, 400, 400 / 400, 400],
    ]);
  });
});

describe('changes since last year 前年度からの変化', () => {
  it('2024 against 2023: programs, money beyond 20%, targets and indicators', async () => {
    const rows = await programChanges(db, { year: 2024 });
    expect(rows.map((r) => [r.change, r.sheet_no, r.previous_sheet_no, r.program, r.indicator, r.from_text, r.to_text, r.from_value, r.to_value, r.change_ratio, r.easier])).toEqual([
      ['new', '5', null, '防犯パトロール事業', null, null, null, null, null, null, null],
      ['ended', '6', '6', 'ごみ分別啓発事業', null, null, null, null, null, null, null],
      ['renamed', '2', '2', '学習支援推進事業', null, '学習支援事業', '学習支援推進事業', null, null, null, null],
      ['renumbered', '7', '1', '子育て相談事業', null, '1', '7', null, null, null, null],
      ['department_changed', '4', '4', '地域見守り事業', null, '福祉課', '高齢福祉課', null, null, null, null],
      ['money_up', '4', '4', '地域見守り事業', null, '決算', '決算', 500, 750, 750 / 500 - 1, null],
      // 決算 1,200 against 決算見込 840: the kinds are named
      ['money_down', '3', '3', '交通安全教室事業', null, '決算', '決算見込', 1200, 840, 840 / 1200 - 1, null],
      ['target_moved', '3', '3', '交通安全教室事業', '教室参加者数', null, null, 50, 40, null, true],
      ['target_moved', '8', '8', '子育て相談支援事業', '相談件数', null, null, 50, 60, null, false],
      ['indicator_added', '7', '1', '子育て相談事業', '保護者満足度', null, null, null, null, null, null],
      ['indicator_dropped', '8', '8', '子育て相談支援事業', '相談満足度', null, null, null, null, null, null],
    ]);
    // P1 +9.1% and P2 +9.1% stay under the 20% line; at 5% they are listed too
    const at5 = await programChanges(db, { year: 2024 }, 0.05);
    expect(at5.filter((r) => r.change === 'money_up').map((r) => r.sheet_no)).toEqual(['2', '4', '7']);
  });

  it('follows the scope: a department, and the latest year when none is given', async () => {
    expect((await programChanges(db, { year: 2024, department: '交通安全課' })).map((r) => r.change)).toEqual(['new', 'money_down', 'target_moved']);
    expect(await programChanges(db, {})).toEqual(await programChanges(db, { year: 2024 }));
    // 2023 against 2022: nothing new or ended, P4 +25% (400 → 500), P3 +71.4% (700 → 1,200)
    expect((await programChanges(db, { year: 2023 })).map((r) => [r.change, r.sheet_no])).toEqual([
      ['money_up', '3'],
      ['money_up', '4'],
    ]);
  });
});

describe('sheet quality シートの質', () => {
  it('flags each sheet of 2024 with its reason', async () => {
    const { flags } = await sheetQuality(db, { year: 2024 });
    expect(flags.map((f) => [f.sheet_no, f.flag, f.indicator, f.years, f.detail, f.points, f.reason])).toEqual([
      // P2: 平均正答率 without an actual in 2023 and 2024; grade A and 拡充 while 利用者数 was missed (100 of 200) and nothing achieved
      ['2', 'no_actual', '学力調査の平均正答率', 2, null, 20, '成果指標「学力調査の平均正答率」の実績値が2年続けて未記入'],
      ['2', 'rating_inconsistent', null, null, 'high:評価A', 20, '総合評価がAだが成果指標1件が未達で、達成はなし'],
      // P3: 60/50, 55/50, 45/40: achieved three years, the target kept then lowered; the reflection nearly repeated; 縮小 though all achieved
      ['3', 'easy_target', '教室参加者数', 3, null, 20, '成果指標「教室参加者数」は3年連続で達成し、目標は据え置きか引き下げ（40人）'],
      ['3', 'copied_reflection', null, null, 'nearly', 20, '振り返りが前年度とほぼ同じ文（数字と年度を除く）'],
      ['3', 'rating_inconsistent', null, null, 'low:縮小', 20, '今後の方向性が「縮小」だが成果指標はすべて達成'],
      // P4: 見守り訪問世帯数 without a target in 2023 and 2024
      ['4', 'no_target', '見守り訪問世帯数', 2, null, 20, '成果指標「見守り訪問世帯数」の目標値が2年続けて未設定'],
      // P1: 講座開催回数 10/10 three years, 窓口開設日数 240/240 three years; two outcomes count its own work;
      // the reflection repeats with only the year and the figure changed; the purpose is last year's
      ['7', 'easy_target', '講座開催回数', 3, null, 20, '成果指標「講座開催回数」は3年連続で達成し、目標は据え置きか引き下げ（10回）'],
      ['7', 'easy_target', '窓口開設日数', 3, null, 20, '活動指標「窓口開設日数」は3年連続で達成し、目標は据え置きか引き下げ（240日）'],
      ['7', 'output_as_outcome', '相談件数', null, '相談件数', 10, '成果指標「相談件数」は事業の活動量（「相談件数」）を数えている'],
      ['7', 'output_as_outcome', '講座開催回数', null, '開催回数', 10, '成果指標「講座開催回数」は事業の活動量（「開催回数」）を数えている'],
      ['7', 'copied_reflection', null, null, 'identical', 20, '振り返りが前年度と同じ文（数字と年度を除く）'],
      ['7', 'copied_purpose', null, null, 'identical', 10, '背景・目的が前年度と同じ文（数字と年度を除く）'],
      // P7: 相談件数 achieved 2022–2024, but its target rose in 2024 (50 → 60): no easy target, only the keyword
      ['8', 'output_as_outcome', '相談件数', null, '相談件数', 10, '成果指標「相談件数」は事業の活動量（「相談件数」）を数えている'],
    ]);
  });

  it('scores each sheet (100 less each kind of flag once) and each department (lowest first)', async () => {
    const { programs, departments } = await sheetQuality(db, { year: 2024 });
    expect(programs.map((p) => [p.sheet_no, p.flags, p.score])).toEqual([
      ['2', ['no_actual', 'rating_inconsistent'], 100 - 20 - 20],
      ['3', ['easy_target', 'copied_reflection', 'rating_inconsistent'], 100 - 20 - 20 - 20],
      ['4', ['no_target'], 100 - 20],
      ['5', [], 100],
      ['7', ['easy_target', 'output_as_outcome', 'copied_reflection', 'copied_purpose'], 100 - 20 - 10 - 20 - 10],
      ['8', ['output_as_outcome'], 100 - 10],
    ]);
    expect(departments.map((d) => [d.department, d.programs, d.flagged, d.mean_score, d.easy_target, d.copied_reflection, d.rating_inconsistent])).toEqual([
      ['子育て支援課', 1, 1, 40, 1, 1, 0],
      ['学校教育課', 1, 1, 60, 0, 0, 1],
      ['交通安全課', 2, 1, (40 + 100) / 2, 1, 1, 1],
      ['高齢福祉課', 1, 1, 80, 0, 0, 0],
      ['健康推進課', 1, 1, 90, 0, 0, 0],
    ]);
  });

  it('2023: a streak of two is not yet a flag; texts copied from 2022; the near threshold decides what is missed', async () => {
    const { flags } = await sheetQuality(db, { year: 2023 });
    expect(flags.map((f) => [f.sheet_no, f.flag, f.indicator])).toEqual([
      ['1', 'output_as_outcome', '相談件数'],
      ['1', 'output_as_outcome', '講座開催回数'],
      ['1', 'copied_reflection', null],
      ['1', 'copied_purpose', null],
      ['3', 'copied_purpose', null],
      ['8', 'output_as_outcome', '相談件数'],
    ]);
    // P2 2024's 利用者数 is 50%: missed under any near threshold above 50%, 'near' (not missed) at 45%
    const low = await sheetQuality(db, { year: 2024 }, { near: 0.45, under: 0.7, over: 1 });
    expect(low.flags.some((f) => f.flag === 'rating_inconsistent' && f.sheet_no === '2')).toBe(false);
  });

  it('flags no output as an outcome without the keyword list', async () => {
    const bare = await freshDatabase();
    try {
      await importFiles(bare, await readFolder('test/fixtures/strategy'));
      await prepareAnalyses(bare, await readFile('data/direction-keywords.csv', 'utf8'));
      const { flags } = await sheetQuality(bare, { year: 2024 });
      expect(flags.filter((f) => f.flag === 'output_as_outcome')).toEqual([]);
      expect(flags.length).toBe(13 - 3);
    } finally {
      await bare.close();
    }
  });
});

describe('similar programs 類似事業', () => {
  it("finds P1's twin first, across departments, with the reasons in words", async () => {
    const rows = await similarPrograms(db, { year: 2024, program: 'A01' });
    expect(rows.map((r) => r.rank)).toEqual([1, 2, 3, 4, 5]);
    const [first] = rows;
    expect(first).toMatchObject({
      program: '子育て相談事業',
      other_program: '子育て相談支援事業',
      other_department: '健康推進課',
      tree: 'goal',
      cost_ratio: 1200 / 1150,
      shared_indicators: ['相談件数'],
      shared_targets: ['子育て世帯数'],
      reasons: ['same_goal', 'purpose', 'indicators', 'targets', 'cost'],
      cross_department: true,
    });
    expect(first!.score).toBeGreaterThan(rows[1]!.score);
  });

  it('lists similar programs for every program of the year, and the closest cross-department pair first city-wide', async () => {
    const rows = await similarPrograms(db, { year: 2024 });
    expect(new Set(rows.map((r) => r.sheet_no))).toEqual(new Set(['2', '3', '4', '5', '7', '8']));
    const candidates = await consolidationCandidates(db, { year: 2024 });
    expect(candidates.every((c) => c.cross_department && c.program_key < c.other_program_key)).toBe(true);
    expect([candidates[0]!.program, candidates[0]!.other_program]).toEqual(['子育て相談事業', '子育て相談支援事業']);
    // six programs: 15 pairs, of which 交通安全教室事業 – 防犯パトロール事業 share a department
    expect(candidates).toHaveLength(14);
    // in a department's scope, the pairs with one side in it
    const health = await consolidationCandidates(db, { year: 2024, department: '健康推進課' });
    expect(health.every((c) => c.department === '健康推進課' || c.other_department === '健康推進課')).toBe(true);
    expect(health).toHaveLength(5);
  });
});

import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../src/db/database';
import { importFiles } from '../../../src/import/import-files';
import type { ImportReport } from '../../../src/import/types';
import { activityCosts, programBudgets } from '../../../src/analyses/activities';
import { indicatorResults } from '../../../src/analyses/indicators';
import { policyRollup } from '../../../src/analyses/policy';
import { programScorecard, underperformers } from '../../../src/analyses/programs';
import { targetRevisions } from '../../../src/analyses/revisions';
import { DEFAULT_THRESHOLDS } from '../../../src/analyses/scope';
import { prepareAnalyses } from '../../../src/analyses/setup';
import { sheetDocument } from '../../../src/analyses/sheet';
import { indicatorSeries, programSeries } from '../../../src/analyses/trends';
import { file, freshDatabase, readFolder } from '../../support/node-db';

/*
 * test/fixtures/analyses/: a hand-made city, FY2021–2024 (令和3–6年度), six programs.
 *
 *   program (program_key)            dept          pillar / goal / measure                  sheet No 2021 2022 2023 2024
 *   P1 子育て応援事業 (C001)           子育て支援課   I 子育て・教育 / 1 子どもを育む / 1 子育て支援    1    1   11    6  renumbered
 *   P2 学力向上事業 (C002)             学校教育課     I 子育て・教育 / 1 子どもを育む / 2 学校教育      2    2    2    2  renamed 2023: 学力向上推進事業
 *   P3 交通安全啓発事業 (S001)         交通安全課     II 安全・環境 / 1 安全なまち / 1 交通安全        3    3    3    3
 *   P4 ごみ減量推進事業 (S002)         環境課         II 安全・環境 / 2 環境にやさしいまち / 1 ごみ減量 4    4    4    4
 *   P5 見守り事業 (no 事業ID: name)    子育て支援課   I 子育て・教育 / 1 子どもを育む / 1 子育て支援    5    5    5    5  2023 written with an ideographic space
 *   P6 放課後学習支援事業 (C003)       学校教育課     I 子育て・教育 / 1 子どもを育む / 2 学校教育      6    6    —    1  no sheet in 2023
 *
 * Every expected figure below is worked out by hand from the CSVs (docs/analyses.md); ratios that do not
 * terminate are written as the JS expression of the same division.
 */
let db: Database;
let report: ImportReport;

beforeAll(async () => {
  db = await freshDatabase();
  report = await importFiles(db, await readFolder('test/fixtures/analyses'));
  await prepareAnalyses(db, await readFile('data/direction-keywords.csv', 'utf8'));
});
afterAll(() => db.close());

const NEAR_75 = { ...DEFAULT_THRESHOLDS, near: 0.75 };

describe('the fixture imports cleanly', () => {
  it('loads every row; the only findings are the three figures written in words', () => {
    expect(Object.fromEntries(report.files.map((f) => [f.table, f.loaded]))).toEqual({
      activities: 40,
      outcomes: 50,
      outputs: 28,
      reviews: 23,
      sheets: 23,
    });
    const findings = report.files.flatMap((f) => f.findings);
    expect(findings.map((f) => [f.severity, f.raw])).toEqual([
      ['warning', '調査未実施'],
      ['warning', '集計中'],
      ['warning', '実施'],
    ]);
  });
});

describe('indicator results', () => {
  it('rates every outcome: achievement, status, reason, gap; direction given, by keyword or by default', async () => {
    const rows = (await indicatorResults(db)).filter((r) => r.kind === 'outcome');
    expect(rows.map((r) => [r.fiscal_year, r.sheet_no, r.indicator, r.direction, r.direction_source, r.direction_keyword, r.achievement, r.status, r.reason, r.gap])).toEqual([
      // up: actual ÷ target, gap actual − target; down: target ÷ actual, gap target − actual
      [2021, '1', '子育て満足度', 'up', 'default', null, 64 / 80, 'near', null, -16], // 0.8: exactly the near threshold
      [2021, '1', '待機児童数', 'down', 'keyword', '待機児童', 10 / 12, 'near', null, -2], // 0.833
      [2021, '2', '全国学力調査の平均正答率', 'up', 'given', null, 50 / 70, 'missed', null, -20], // 0.714; 方向 高いほど良い
      [2021, '2', '不登校児童生徒数', 'down', 'keyword', '不登校', 20 / 25, 'near', null, -5], // 0.8
      [2021, '3', '交通事故件数', 'down', 'keyword', '事故', 100 / 95, 'achieved', null, 5], // 1.053
      [2021, '3', '交通安全教室参加者数', 'up', 'default', null, 1200 / 1000, 'achieved', null, 200],
      // ごみ排出量 (8th keyword) comes before 排出量 (27th): the first keyword in the list wins
      [2021, '4', '1人1日当たりごみ排出量', 'down', 'keyword', 'ごみ排出量', 900 / 880, 'achieved', null, 20],
      [2021, '4', 'リサイクル率', 'up', 'default', null, 31 / 30, 'achieved', null, 1],
      [2021, '5', '見守り訪問世帯数', 'up', 'default', null, 210 / 200, 'achieved', null, 10],
      [2021, '5', '転出者数', 'down', 'keyword', '転出', 500 / 580, 'near', null, -80], // 0.862
      [2021, '6', '学習教室参加者数', 'up', 'given', null, 60 / 100, 'missed', null, -40], // 方向 増
      [2021, '6', '教室内のけが人数', 'down', 'given', null, 2 / 1, 'achieved', null, 1], // 方向 減, no keyword in the name
      [2022, '1', '子育て満足度', 'up', 'default', null, 65 / 80, 'near', null, -15], // 0.8125
      [2022, '1', '待機児童数', 'down', 'keyword', '待機児童', 8 / 5, 'achieved', null, 3],
      [2022, '2', '全国学力調査の平均正答率', 'up', 'given', null, 52 / 70, 'missed', null, -18], // 0.743
      [2022, '2', '不登校児童生徒数', 'down', 'keyword', '不登校', 20 / 20, 'achieved', null, 0],
      [2022, '2', '家庭学習時間', 'up', 'default', null, null, 'not_measured', '実績値なし', null], // empty actual
      [2022, '3', '交通事故件数', 'down', 'keyword', '事故', 100 / 150, 'missed', null, -50],
      [2022, '3', '交通安全教室参加者数', 'up', 'default', null, 900 / 1000, 'near', null, -100],
      [2022, '4', '1人1日当たりごみ排出量', 'down', 'keyword', 'ごみ排出量', 880 / 870, 'achieved', null, 10],
      [2022, '4', 'リサイクル率', 'up', 'default', null, 30 / 30, 'achieved', null, 0],
      [2022, '5', '見守り訪問世帯数', 'up', 'default', null, 190 / 200, 'near', null, -10],
      [2022, '5', '転出者数', 'down', 'keyword', '転出', 500 / 590, 'near', null, -90], // 0.847
      [2022, '6', '学習教室参加者数', 'up', 'given', null, 70 / 100, 'missed', null, -30],
      [2022, '6', '教室内のけが人数', 'down', 'given', null, 2 / 4, 'missed', null, -2],
      [2023, '2', '全国学力調査の平均正答率', 'up', 'given', null, 71 / 70, 'achieved', null, 1],
      [2023, '2', '不登校児童生徒数', 'down', 'keyword', '不登校', null, 'not_measured', '調査未実施', null], // words in the cell
      [2023, '3', '交通事故件数', 'down', 'keyword', '事故', 90 / 140, 'missed', null, -50], // 0.643
      [2023, '3', '交通安全教室参加者数', 'up', 'default', null, null, 'not_measured', '実績値なし', null], // '—'
      [2023, '4', '1人1日当たりごみ排出量', 'down', 'keyword', 'ごみ排出量', 950 / 1300, 'missed', null, -350], // 0.731
      [2023, '4', 'リサイクル率', 'up', 'default', null, 25 / 28, 'near', null, -3], // 0.893
      // 苦情 is a 'down' keyword, but the given 方向 (増) wins: 95 ÷ 100, not 100 ÷ 95
      [2023, '4', '苦情対応率', 'up', 'given', null, 95 / 100, 'near', null, -5],
      [2023, '5', '見守り訪問世帯数', 'up', 'default', null, 220 / 200, 'achieved', null, 20],
      [2023, '5', '転出者数', 'down', 'keyword', '転出', 500 / 550, 'near', null, -50],
      [2023, '11', '子育て満足度', 'up', 'default', null, 72 / 80, 'near', null, -8],
      [2023, '11', '待機児童数', 'down', 'keyword', '待機児童', null, 'not_measured', '目標値が0', -3], // gap 0 − 3
      [2024, '1', '学習教室参加者数', 'up', 'given', null, 64 / 100, 'missed', null, -36],
      [2024, '1', '教室内のけが人数', 'down', 'given', null, null, 'not_measured', '実績値が0', 2], // down, actual 0: no rate
      [2024, '1', '保護者満足度', 'up', 'default', null, null, 'not_measured', '目標値なし', null], // target '—'
      [2024, '2', '全国学力調査の平均正答率', 'up', 'given', null, 54 / 72, 'missed', null, -18], // 0.75
      [2024, '2', '不登校児童生徒数', 'down', 'keyword', '不登校', 18 / 12, 'achieved', null, 6],
      [2024, '3', '交通事故件数', 'down', 'keyword', '事故', 90 / 125, 'missed', null, -35], // 0.72
      [2024, '3', '交通安全教室参加者数', 'up', 'default', null, null, 'not_measured', '集計中', null],
      [2024, '4', '1人1日当たりごみ排出量', 'down', 'keyword', 'ごみ排出量', 950 / 1000, 'near', null, -50],
      [2024, '4', 'リサイクル率', 'up', 'default', null, 20 / 28, 'missed', null, -8], // 0.714
      [2024, '4', '苦情対応率', 'up', 'given', null, null, 'not_measured', '実績値なし', null], // 'なし' means no figure, not words
      [2024, '5', '見守り訪問世帯数', 'up', 'default', null, 100 / 200, 'missed', null, -100],
      [2024, '5', '転出者数', 'down', 'keyword', '転出', 500 / 520, 'near', null, -20], // 0.962
      [2024, '6', '子育て満足度', 'up', 'default', null, 76 / 80, 'near', null, -4],
      [2024, '6', '待機児童数', 'down', 'keyword', '待機児童', null, 'not_measured', '目標値が0', 0],
    ]);
  });

  it('gap share is gap ÷ target (none for target 0 or no gap)', async () => {
    const rows = await indicatorResults(db, { year: 2024, department: '学校教育課' });
    expect(rows.map((r) => [r.sheet_no, r.kind, r.indicator, r.gap, r.gap_share])).toEqual([
      ['1', 'outcome', '学習教室参加者数', -36, -36 / 100],
      ['1', 'outcome', '教室内のけが人数', 2, 2 / 2],
      ['1', 'outcome', '保護者満足度', null, null],
      ['1', 'output', '教室開催日数', 0, 0],
      ['2', 'outcome', '全国学力調査の平均正答率', -18, -18 / 72],
      ['2', 'outcome', '不登校児童生徒数', 6, 6 / 18],
      ['2', 'output', '学習支援員数', 0, 0],
      // 研修回数 (実績 '実施') and no other output of these sheets has an actual: not rated, not listed
    ]);
    const zero = (await indicatorResults(db, { year: 2023, program: 'C001' })).find((r) => r.indicator === '待機児童数')!;
    expect([zero.gap, zero.gap_share]).toEqual([-3, null]); // target 0: no share
  });

  it('rates only outputs with an actual (plans are not results); a keyword turns an output down too', async () => {
    const rows = (await indicatorResults(db)).filter((r) => r.kind === 'output');
    expect(rows.map((r) => [r.fiscal_year, r.sheet_no, r.activity, r.indicator, r.direction, r.achievement, r.status])).toEqual([
      [2021, '1', '子育て相談', '相談件数', 'up', 120 / 100, 'achieved'],
      [2021, '2', '学習支援員配置', '学習支援員数', 'up', 10 / 10, 'achieved'],
      [2021, '3', '交通安全教室', '教室開催回数', 'up', 10 / 10, 'achieved'],
      [2021, '3', '啓発キャンペーン', '事故発生件数', 'down', 60 / 58, 'achieved'],
      [2021, '4', 'ごみ分別啓発', '説明会開催回数', 'up', 22 / 20, 'achieved'],
      [2021, '5', '見守り訪問', '訪問件数', 'up', 310 / 300, 'achieved'],
      [2021, '6', '学習教室運営', '教室開催日数', 'up', 95 / 100, 'near'],
      [2022, '1', '子育て相談', '相談件数', 'up', 105 / 110, 'near'],
      [2022, '2', '学習支援員配置', '学習支援員数', 'up', 9 / 10, 'near'],
      [2022, '3', '交通安全教室', '教室開催回数', 'up', 11 / 12, 'near'],
      [2022, '3', '啓発キャンペーン', '事故発生件数', 'down', 55 / 52, 'achieved'],
      [2022, '4', 'ごみ分別啓発', '説明会開催回数', 'up', 18 / 20, 'near'],
      [2022, '5', '見守り訪問', '訪問件数', 'up', 280 / 300, 'near'],
      [2022, '6', '学習教室運営', '教室開催日数', 'up', 90 / 100, 'near'],
      [2023, '2', '学習支援員配置', '学習支援員数', 'up', 10 / 10, 'achieved'],
      [2023, '3', '交通安全教室', '教室開催回数', 'up', 12 / 12, 'achieved'],
      [2023, '3', '啓発キャンペーン', '事故発生件数', 'down', 50 / 49, 'achieved'],
      [2023, '4', 'ごみ分別啓発', '説明会開催回数', 'up', 16 / 20, 'near'],
      [2023, '5', '見守り訪問', '訪問件数', 'up', 300 / 300, 'achieved'],
      [2023, '11', '子育て相談', '相談件数', 'up', 130 / 120, 'achieved'],
      [2024, '1', '学習教室運営', '教室開催日数', 'up', 100 / 100, 'achieved'],
      [2024, '2', '学習支援員配置', '学習支援員数', 'up', 12 / 12, 'achieved'],
      [2024, '3', '交通安全教室', '教室開催回数', 'up', 8 / 12, 'missed'], // a missed output is not a missed outcome
      [2024, '3', '啓発キャンペーン', '事故発生件数', 'down', 50 / 40, 'achieved'],
      [2024, '5', '見守り訪問', '訪問件数', 'up', 250 / 300, 'near'],
    ]);
    expect((await indicatorResults(db)).length).toBe(50 + 25);
  });

  it('draws the straight line to an interim target: from the baseline, then from the earliest actual', async () => {
    const rows = (await indicatorResults(db)).filter((r) => r.is_interim);
    expect(rows.map((r) => [r.fiscal_year, r.sheet_no, r.indicator, r.target, r.target_year, r.baseline, r.actual, r.expected, r.on_track])).toEqual([
      // 子育て満足度: target 80 for R8 (2026), baseline 60 → start (2020, 60) in the first year, then (2021, 64)
      [2021, '1', '子育て満足度', 80, 2026, 60, 64, 60 + ((80 - 60) * (2021 - 2020)) / (2026 - 2020), true], // 63.33 ≤ 64
      // 転出者数 (down): target 500 for R8 (2026), baseline 600 → start (2020, 600), then (2021, 580)
      [2021, '5', '転出者数', 500, 2026, 600, 580, 600 + ((500 - 600) * (2021 - 2020)) / (2026 - 2020), true], // 580 ≤ 583.33
      [2022, '1', '子育て満足度', 80, 2026, 60, 65, 64 + ((80 - 64) * (2022 - 2021)) / (2026 - 2021), false], // 65 < 67.2
      [2022, '5', '転出者数', 500, 2026, 600, 590, 580 + ((500 - 580) * (2022 - 2021)) / (2026 - 2021), false], // 590 > 564
      [2023, '5', '転出者数', 500, 2026, 600, 550, 580 + ((500 - 580) * (2023 - 2021)) / (2026 - 2021), false], // 550 > 548
      [2023, '11', '子育て満足度', 80, 2026, 60, 72, 64 + ((80 - 64) * (2023 - 2021)) / (2026 - 2021), true], // 72 ≥ 70.4 (sheet renumbered)
      [2024, '5', '転出者数', 500, 2026, 600, 520, 580 + ((500 - 580) * (2024 - 2021)) / (2026 - 2021), true], // 520 ≤ 532
      [2024, '6', '子育て満足度', 80, 2026, 60, 76, 64 + ((80 - 64) * (2024 - 2021)) / (2026 - 2021), true], // 76 ≥ 73.6
    ]);
    expect(rows.map((r) => r.expected)).toEqual([63.333333333333336, 583.3333333333334, 67.2, 564, 548, 70.4, 532, 73.6]);
    // The achievement of an interim indicator is against its final target: 76 ÷ 80
    expect(rows[7]!.achievement).toBe(0.95);
  });

  it('a near threshold of 75% makes 54 ÷ 72 = 0.75 near instead of missed', async () => {
    const at = async (t = DEFAULT_THRESHOLDS) =>
      (await indicatorResults(db, { year: 2024, program: 'C002' }, t)).map((r) => [r.indicator, r.achievement, r.status]);
    expect(await at()).toEqual([
      ['全国学力調査の平均正答率', 0.75, 'missed'],
      ['不登校児童生徒数', 1.5, 'achieved'],
      ['学習支援員数', 1, 'achieved'],
    ]);
    expect(await at(NEAR_75)).toEqual([
      ['全国学力調査の平均正答率', 0.75, 'near'],
      ['不登校児童生徒数', 1.5, 'achieved'],
      ['学習支援員数', 1, 'achieved'],
    ]);
  });

  it('the program page’s sheet (④) takes the near threshold too: 54 ÷ 72 is near at 75% (it was a fixed 0.8)', async () => {
    const statuses = async (t = DEFAULT_THRESHOLDS) => (await sheetDocument(db, 2024, '2', t)).outcomes.map((o) => [o.indicator, o.achievement, o.status]);
    expect(await statuses()).toEqual([
      ['全国学力調査の平均正答率', 0.75, 'missed'],
      ['不登校児童生徒数', 1.5, 'achieved'],
    ]);
    expect(await statuses(NEAR_75)).toEqual([
      ['全国学力調査の平均正答率', 0.75, 'near'],
      ['不登校児童生徒数', 1.5, 'achieved'],
    ]);
  });
});

describe('program scorecard', () => {
  it('counts outcomes by status, follows missed streaks, checks the self-assessment and scores', async () => {
    const rows = await programScorecard(db);
    expect(rows.map((r) => [r.fiscal_year, r.sheet_no, r.program_key, r.outcomes, r.achieved, r.near, r.missed, r.not_measured, r.missed_streak, r.self_check, r.score])).toEqual([
      [2021, '1', 'C001', 2, 0, 2, 0, 0, 0, null, 9.7], // 2 near × 3 = 6 + (1 − 0.8167) × 20 = 3.667 → 9.667
      [2021, '2', 'C002', 2, 0, 1, 1, 0, 1, null, 17.9], // 10 + 3 + (1 − 0.7571) × 20 = 4.857 → 17.857
      [2021, '3', 'S001', 2, 2, 0, 0, 0, 0, null, 0], // all achieved, 成果 unticked: nothing to say
      [2021, '4', 'S002', 2, 2, 0, 0, 0, 0, null, 0],
      [2021, '5', '見守り事業', 2, 1, 1, 0, 0, 0, null, 3.9], // 3 + (1 − 0.9560) × 20 = 0.879 → 3.879
      [2021, '6', 'C003', 2, 1, 0, 1, 0, 1, null, 10], // 10; mean (0.6 + 2) ÷ 2 = 1.3 ≥ 1
      [2022, '1', 'C001', 2, 1, 1, 0, 0, 0, null, 3], // 3; mean 1.206
      [2022, '2', 'C002', 3, 1, 0, 1, 1, 2, null, 22.6], // 10 + 10 (2 years) + (1 − 0.8714) × 20 = 2.571 → 22.571
      [2022, '3', 'S001', 2, 0, 1, 1, 0, 1, null, 17.3], // 10 + 3 + (1 − 0.7833) × 20 = 4.333 → 17.333
      [2022, '4', 'S002', 2, 2, 0, 0, 0, 0, 'ticked_all_achieved', 0], // 成果 ☑ though both achieved
      [2022, '5', '見守り事業', 2, 0, 2, 0, 0, 0, null, 8], // 6 + (1 − 0.8987) × 20 = 2.025 → 8.025
      [2022, '6', 'C003', 2, 0, 0, 2, 0, 2, 'missed_unticked', 48], // 20 + 10 + (1 − 0.6) × 20 = 8 + 5 (執行率 67.5%) + 5
      [2023, '2', 'C002', 2, 1, 0, 0, 1, 0, 'ticked_all_achieved', 0], // achieved year breaks the streak; 1 measured, achieved
      [2023, '3', 'S001', 2, 0, 0, 1, 1, 2, null, 27.1], // 10 + 10 + (1 − 0.6429) × 20 = 7.143 → 27.143
      [2023, '4', 'S002', 3, 0, 2, 1, 0, 1, null, 18.8], // 10 + 6 + (1 − 0.8579) × 20 = 2.842 → 18.842
      [2023, '5', '見守り事業', 2, 1, 1, 0, 0, 0, null, 3], // 3; mean 1.0045
      [2023, '11', 'C001', 2, 0, 1, 0, 1, 0, null, 5], // 3 + (1 − 0.9) × 20 = 2
      [2024, '1', 'C003', 3, 0, 0, 1, 2, 1, null, 17.2], // no sheet in 2023 breaks the streak; 10 + (1 − 0.64) × 20 = 7.2
      [2024, '2', 'C002', 2, 1, 0, 1, 0, 1, 'missed_unticked', 15], // 10 + 5; mean 1.125; 執行率 112%
      [2024, '3', 'S001', 2, 0, 0, 1, 1, 3, null, 40.6], // 10 + 20 (3 years) + (1 − 0.72) × 20 = 5.6 + 5 (67.5%)
      [2024, '4', 'S002', 3, 0, 1, 1, 1, 2, null, 26.4], // 10 + 3 + 10 + (1 − 0.8321) × 20 = 3.357 → 26.357
      [2024, '5', '見守り事業', 2, 0, 1, 1, 0, 1, 'missed_unticked', 23.4], // 10 + 3 + (1 − 0.7308) × 20 = 5.385 + 5 → 23.385
      [2024, '6', 'C001', 2, 0, 1, 0, 1, 0, null, 9], // 3 + (1 − 0.95) × 20 = 1 + 5 (執行率 45%)
    ]);
  });

  it('takes the mean achievement over outcomes that have a rate', async () => {
    const rows = await programScorecard(db);
    expect(rows.map((r) => r.mean_achievement)).toEqual([
      (64 / 80 + 10 / 12) / 2,
      (50 / 70 + 20 / 25) / 2,
      (100 / 95 + 1200 / 1000) / 2,
      (900 / 880 + 31 / 30) / 2,
      (210 / 200 + 500 / 580) / 2,
      (60 / 100 + 2 / 1) / 2,
      (65 / 80 + 8 / 5) / 2,
      (52 / 70 + 20 / 20) / 2, // 家庭学習時間 has no rate
      (100 / 150 + 900 / 1000) / 2,
      (880 / 870 + 30 / 30) / 2,
      (190 / 200 + 500 / 590) / 2,
      (70 / 100 + 2 / 4) / 2,
      71 / 70,
      90 / 140,
      (950 / 1300 + 25 / 28 + 95 / 100) / 3,
      (220 / 200 + 500 / 550) / 2,
      72 / 80,
      64 / 100,
      (54 / 72 + 18 / 12) / 2,
      90 / 125,
      (950 / 1000 + 20 / 28) / 2,
      (100 / 200 + 500 / 520) / 2,
      76 / 80,
    ]);
    const p3 = rows.find((r) => r.fiscal_year === 2024 && r.program_key === 'S001')!;
    expect([p3.points_missed, p3.points_near, p3.points_streak, p3.points_mean, p3.points_execution, p3.points_self_check]).toEqual([
      10,
      0,
      20,
      (1 - 90 / 125) * 20,
      5,
      0,
    ]);
  });

  it('sums the money of the sheet’s activities; zero-cost only when every activity is 0 / 0', async () => {
    const rows = await programScorecard(db);
    expect(rows.map((r) => [r.fiscal_year, r.sheet_no, r.activities, r.budget, r.spend, r.execution, r.zero_cost_activities, r.cost_not_stated_activities, r.zero_cost])).toEqual([
      [2021, '1', 2, 1000, 950, 950 / 1000, 1, 0, false],
      [2021, '2', 1, 5000, 4900, 4900 / 5000, 0, 0, false],
      [2021, '3', 2, 4000, 3900, 3900 / 4000, 0, 0, false], // 3,000 + 1,000 / 2,900 + 1,000
      [2021, '4', 2, 2500, 2200, 2200 / 2500, 0, 0, false],
      [2021, '5', 2, 0, 0, null, 1, 1, false], // one activity states no cost: not every one is zero-cost
      [2021, '6', 1, 800, 760, 760 / 800, 0, 0, false],
      [2022, '1', 2, 1000, 980, 980 / 1000, 1, 0, false],
      [2022, '2', 1, 5000, 4500, 4500 / 5000, 0, 0, false],
      [2022, '3', 2, 4000, 3930, 3930 / 4000, 0, 0, false],
      [2022, '4', 2, 2500, 2350, 2350 / 2500, 0, 0, false],
      [2022, '5', 2, 0, 0, null, 2, 0, true],
      [2022, '6', 1, 800, 540, 540 / 800, 0, 0, false],
      [2023, '2', 1, 5000, 5000, 1, 0, 0, false],
      [2023, '3', 2, 4000, 3700, 3700 / 4000, 0, 0, false],
      [2023, '4', 2, 2500, 2350, 2350 / 2500, 0, 0, false],
      [2023, '5', 2, 0, 0, null, 2, 0, true],
      [2023, '11', 2, 1000, 1000, 1, 1, 0, false],
      [2024, '1', 1, 1000, 1000, 1, 0, 0, false],
      [2024, '2', 2, 5000, 5600, 5600 / 5000, 0, 1, false], // 教員研修 states no cost
      [2024, '3', 2, 4000, 2700, 2700 / 4000, 0, 0, false],
      [2024, '4', 2, 2000, 2100, 2100 / 2000, 0, 0, false], // マイバッグ配布: no budget, spend 100
      [2024, '5', 2, 0, 0, null, 1, 1, false],
      [2024, '6', 2, 2000, 900, 900 / 2000, 1, 0, false],
    ]);
  });

  it('follows a renumbered program (C001: sheet 1 → 11 → 6) and a renamed one (C002) by program_key', async () => {
    const c001 = await programScorecard(db, { program: 'C001' });
    expect(c001.map((r) => [r.fiscal_year, r.sheet_no, r.program])).toEqual([
      [2021, '1', '子育て応援事業'],
      [2022, '1', '子育て応援事業'],
      [2023, '11', '子育て応援事業'],
      [2024, '6', '子育て応援事業'],
    ]);
    const c002 = await programScorecard(db, { program: 'C002' });
    expect(c002.map((r) => [r.fiscal_year, r.program, r.program_id, r.missed_streak])).toEqual([
      [2021, '学力向上事業', 'C002', 1],
      [2022, '学力向上事業', 'C002', 2], // the streak goes on under the same program_key
      [2023, '学力向上推進事業', 'C002', 0],
      [2024, '学力向上推進事業', 'C002', 1],
    ]);
    // Without an 事業ID the name is the key, NFKC-normalised without spaces: 見守り + U+3000 + 事業 is 見守り事業
    const p5 = await programScorecard(db, { program: '見守り事業' });
    expect(p5.map((r) => [r.fiscal_year, r.program, r.program_id])).toEqual([
      [2021, '見守り事業', null],
      [2022, '見守り事業', null],
      [2023, '見守り\u3000事業', null],
      [2024, '見守り事業', null],
    ]);
  });
});

describe('activity costs and budget execution', () => {
  it('lists every 2024 activity with its cost case and execution flag', async () => {
    const rows = await activityCosts(db, { year: 2024 });
    expect(rows.map((r) => [r.sheet_no, r.activity_no, r.activity, r.budget, r.spend, r.execution, r.cost_case, r.execution_flag, r.program_all_zero_cost])).toEqual([
      ['1', 1, '学習教室運営', 1000, 1000, 1, 'stated', null, false], // exactly 100%: not over
      ['2', 1, '学習支援員配置', 5000, 5600, 5600 / 5000, 'stated', 'over', false], // 112%
      ['2', 2, '教員研修', null, null, null, 'cost_not_stated', null, false],
      ['3', 1, '交通安全教室', 3000, 2400, 2400 / 3000, 'stated', null, false], // 80%
      ['3', 2, '啓発キャンペーン', 1000, 300, 300 / 1000, 'stated', 'under', false], // 30%
      ['4', 1, 'ごみ分別啓発', 2000, 2000, 1, 'stated', null, false],
      ['4', 2, 'マイバッグ配布', null, 100, null, 'stated', null, false], // no budget: no rate
      ['5', 1, '見守り訪問', 0, 0, null, 'zero_cost', null, false],
      ['5', 2, '見守り協力員研修', null, null, null, 'cost_not_stated', null, false],
      ['6', 1, '子育て相談', 2000, 900, 900 / 2000, 'stated', 'under', false], // 45%
      ['6', 2, '子育て講座', 0, 0, null, 'zero_cost', null, false],
    ]);
  });

  it('separates zero-cost activities from those that state no cost, in every year', async () => {
    const rows = await activityCosts(db);
    expect(rows.filter((r) => r.cost_case === 'cost_not_stated').map((r) => [r.fiscal_year, r.sheet_no, r.activity])).toEqual([
      [2021, '5', '見守り協力員研修'],
      [2024, '2', '教員研修'],
      [2024, '5', '見守り協力員研修'],
    ]);
    expect(rows.filter((r) => r.cost_case === 'zero_cost').length).toBe(4 + 4 + 2); // 子育て講座 ×4, 見守り訪問 ×4, 協力員研修 2022–23
    expect(rows.filter((r) => r.program_all_zero_cost).map((r) => [r.fiscal_year, r.sheet_no, r.activity_no])).toEqual([
      [2022, '5', 1],
      [2022, '5', 2],
      [2023, '5', 1],
      [2023, '5', 2],
    ]);
  });

  it('flags programs under 70% and over 100% (thresholds are settings)', async () => {
    const flagged = async (t = DEFAULT_THRESHOLDS) =>
      (await programBudgets(db, {}, t)).filter((r) => r.execution_flag !== null).map((r) => [r.fiscal_year, r.program_key, r.execution, r.execution_flag]);
    expect(await flagged()).toEqual([
      [2022, 'C003', 540 / 800, 'under'], // 67.5%
      [2024, 'C002', 5600 / 5000, 'over'], // 112%
      [2024, 'S001', 2700 / 4000, 'under'], // 67.5%
      [2024, 'S002', 2100 / 2000, 'over'], // 105%
      [2024, 'C001', 900 / 2000, 'under'], // 45%
    ]);
    expect(await flagged({ near: 0.8, under: 0.5, over: 1.1 })).toEqual([
      [2024, 'C002', 5600 / 5000, 'over'],
      [2024, 'C001', 900 / 2000, 'under'],
    ]);
  });
});

describe('target revisions', () => {
  it('finds easier next-year targets (both directions) and lowered targets across years', async () => {
    const rows = await targetRevisions(db);
    expect(rows.map((r) => [r.revision, r.kind, r.fiscal_year, r.sheet_no, r.indicator, r.direction, r.from_year, r.from_target, r.to_year, r.to_target])).toEqual([
      ['lowered', 'outcome', 2023, '4', '1人1日当たりごみ排出量', 'down', 2022, 880, 2023, 950], // down: higher is easier
      ['lowered', 'outcome', 2023, '4', 'リサイクル率', 'up', 2022, 30, 2023, 28],
      ['next_easier', 'output', 2023, '11', '相談件数', 'up', 2023, 120, 2024, 100],
      ['next_easier', 'output', 2024, '3', '教室開催回数', 'up', 2024, 12, 2025, 10],
      ['next_easier', 'output', 2024, '3', '事故発生件数', 'down', 2024, 50, 2025, 60], // down by keyword 事故
      ['lowered', 'output', 2024, '6', '相談件数', 'up', 2023, 120, 2024, 100], // across the renumbering 11 → 6
    ]);
    expect((await targetRevisions(db, { department: '環境課' })).map((r) => r.indicator)).toEqual(['1人1日当たりごみ排出量', 'リサイクル率']);
  });
});

describe('trends', () => {
  it('follows C001’s indicators across its sheet numbers as one line each', async () => {
    const rows = await indicatorSeries(db, { program: 'C001' });
    expect(rows.map((r) => [r.indicator_id, r.fiscal_year, r.sheet_no, r.target, r.target_year, r.actual, r.achievement, r.status])).toEqual([
      ['outcome|C001||子育て満足度|%|1', 2021, '1', 80, 2026, 64, 64 / 80, 'near'],
      ['outcome|C001||子育て満足度|%|1', 2022, '1', 80, 2026, 65, 65 / 80, 'near'],
      ['outcome|C001||子育て満足度|%|1', 2023, '11', 80, 2026, 72, 72 / 80, 'near'],
      ['outcome|C001||子育て満足度|%|1', 2024, '6', 80, 2026, 76, 76 / 80, 'near'],
      ['outcome|C001||待機児童数|人|1', 2021, '1', 10, null, 12, 10 / 12, 'near'],
      ['outcome|C001||待機児童数|人|1', 2022, '1', 8, null, 5, 8 / 5, 'achieved'],
      ['outcome|C001||待機児童数|人|1', 2023, '11', 0, null, 3, null, 'not_measured'],
      ['outcome|C001||待機児童数|人|1', 2024, '6', 0, null, 0, null, 'not_measured'],
      ['output|C001|子育て相談|相談件数|件|1', 2021, '1', 100, null, 120, 120 / 100, 'achieved'],
      ['output|C001|子育て相談|相談件数|件|1', 2022, '1', 110, null, 105, 105 / 110, 'near'],
      ['output|C001|子育て相談|相談件数|件|1', 2023, '11', 120, null, 130, 130 / 120, 'achieved'],
      // 2024 has no actual: an unrated output is not in the series
    ]);
    const one = await indicatorSeries(db, { indicatorId: 'outcome|C001||子育て満足度|%|1' });
    expect(one.map((r) => r.sheet_no)).toEqual(['1', '1', '11', '6']);
  });

  it('follows a renamed program’s money as one line (C002), and a name-keyed one (見守り事業)', async () => {
    const c002 = await programSeries(db, 'C002');
    expect(c002.map((r) => [r.fiscal_year, r.sheet_no, r.program, r.budget, r.spend, r.execution, r.mean_achievement])).toEqual([
      [2021, '2', '学力向上事業', 5000, 4900, 4900 / 5000, (50 / 70 + 20 / 25) / 2],
      [2022, '2', '学力向上事業', 5000, 4500, 4500 / 5000, (52 / 70 + 20 / 20) / 2],
      [2023, '2', '学力向上推進事業', 5000, 5000, 1, 71 / 70],
      [2024, '2', '学力向上推進事業', 5000, 5600, 5600 / 5000, (54 / 72 + 18 / 12) / 2],
    ]);
    expect((await programSeries(db, '見守り事業')).map((r) => [r.fiscal_year, r.program, r.budget, r.execution])).toEqual([
      [2021, '見守り事業', 0, null],
      [2022, '見守り事業', 0, null],
      [2023, '見守り\u3000事業', 0, null],
      [2024, '見守り事業', 0, null],
    ]);
    expect((await programSeries(db, 'C003')).map((r) => [r.fiscal_year, r.sheet_no])).toEqual([
      [2021, '6'],
      [2022, '6'],
      [2024, '1'], // no sheet in 2023
    ]);
    expect((await programSeries(db, null)).length).toBe(23);
  });
});

describe('policy roll-up', () => {
  it('sums 2024 for the city, each pillar, goal and measure', async () => {
    const rows = await policyRollup(db, { year: 2024 });
    expect(rows.map((r) => [r.level, r.pillar, r.goal, r.measure, r.programs, r.outcomes, r.achieved, r.near, r.missed, r.not_measured])).toEqual([
      ['city', null, null, null, 6, 14, 1, 3, 5, 5],
      ['pillar', 'I 子育て・教育', null, null, 4, 9, 1, 2, 3, 3], // P1, P2, P5, P6
      ['goal', 'I 子育て・教育', '1 子どもを育む', null, 4, 9, 1, 2, 3, 3],
      ['measure', 'I 子育て・教育', '1 子どもを育む', '1 子育て支援', 2, 4, 0, 2, 1, 1], // P1 (near, nm) + P5 (missed, near)
      ['measure', 'I 子育て・教育', '1 子どもを育む', '2 学校教育', 2, 5, 1, 0, 2, 2], // P2 (missed, ach) + P6 (missed, nm, nm)
      ['pillar', 'II 安全・環境', null, null, 2, 5, 0, 1, 2, 2], // P3, P4
      ['goal', 'II 安全・環境', '1 安全なまち', null, 1, 2, 0, 0, 1, 1],
      ['measure', 'II 安全・環境', '1 安全なまち', '1 交通安全', 1, 2, 0, 0, 1, 1],
      ['goal', 'II 安全・環境', '2 環境にやさしいまち', null, 1, 3, 0, 1, 1, 1],
      ['measure', 'II 安全・環境', '2 環境にやさしいまち', '1 ごみ減量', 1, 3, 0, 1, 1, 1],
    ]);
    expect(rows.map((r) => [r.level, r.budget, r.spend, r.execution, r.activities, r.zero_cost_activities, r.zero_cost_share])).toEqual([
      ['city', 14000, 12300, 12300 / 14000, 11, 2, 2 / 11], // 2,000+5,000+4,000+2,000+0+1,000 / 900+5,600+2,700+2,100+0+1,000
      ['pillar', 8000, 7500, 7500 / 8000, 7, 2, 2 / 7],
      ['goal', 8000, 7500, 7500 / 8000, 7, 2, 2 / 7],
      ['measure', 2000, 900, 900 / 2000, 4, 2, 2 / 4], // P1 2,000 / 900 and P5 0 / 0
      ['measure', 6000, 6600, 6600 / 6000, 3, 0, 0],
      ['pillar', 6000, 4800, 4800 / 6000, 4, 0, 0],
      ['goal', 4000, 2700, 2700 / 4000, 2, 0, 0],
      ['measure', 4000, 2700, 2700 / 4000, 2, 0, 0],
      ['goal', 2000, 2100, 2100 / 2000, 2, 0, 0],
      ['measure', 2000, 2100, 2100 / 2000, 2, 0, 0],
    ]);
  });

  it('gives a city row for every year', async () => {
    const rows = (await policyRollup(db)).filter((r) => r.level === 'city');
    expect(rows.map((r) => [r.fiscal_year, r.programs, r.outcomes, r.achieved, r.near, r.missed, r.not_measured, r.budget, r.spend, r.activities, r.zero_cost_activities])).toEqual([
      [2021, 6, 12, 6, 4, 2, 0, 13300, 12710, 10, 2],
      [2022, 6, 13, 4, 4, 4, 1, 13300, 12300, 10, 3],
      [2023, 5, 11, 2, 4, 2, 3, 12500, 12050, 9, 3],
      [2024, 6, 14, 1, 3, 5, 5, 14000, 12300, 11, 2],
    ]);
  });

  it('rolls up only what the scope lets through (goal 2 環境にやさしいまち: P4 alone)', async () => {
    const rows = await policyRollup(db, { year: 2024, goal: '2 環境にやさしいまち' });
    expect(rows.map((r) => [r.level, r.programs, r.outcomes, r.budget, r.spend])).toEqual([
      ['city', 1, 3, 2000, 2100],
      ['pillar', 1, 3, 2000, 2100],
      ['goal', 1, 3, 2000, 2100],
      ['measure', 1, 3, 2000, 2100],
    ]);
  });
});

describe('underperformers', () => {
  it('ranks 2024 by score with the reasons in words', async () => {
    const rows = await underperformers(db, { year: 2024 });
    expect(rows.map((r) => [r.sheet_no, r.program, r.score, r.reasons])).toEqual([
      ['3', '交通安全啓発事業', 40.6, ['成果指標1件が未達', '3年連続で未達', '平均達成率72.0%', '執行率67.5%']],
      ['4', 'ごみ減量推進事業', 26.4, ['成果指標1件が未達', '2年連続で未達', '成果指標1件が目標にあと一歩', '平均達成率83.2%']],
      ['5', '見守り事業', 23.4, ['成果指標1件が未達', '成果指標1件が目標にあと一歩', '平均達成率73.1%', '未達だが「成果」の改善余地に☑なし']],
      ['1', '放課後学習支援事業', 17.2, ['成果指標1件が未達', '平均達成率64.0%']],
      ['2', '学力向上推進事業', 15, ['成果指標1件が未達', '未達だが「成果」の改善余地に☑なし']],
      ['6', '子育て応援事業', 9, ['成果指標1件が目標にあと一歩', '平均達成率95.0%', '執行率45.0%']],
    ]);
  });

  it('over all years, the worst first; limit keeps the top', async () => {
    const rows = await underperformers(db, {}, DEFAULT_THRESHOLDS, 3);
    expect(rows.map((r) => [r.fiscal_year, r.sheet_no, r.score, r.reasons])).toEqual([
      [2022, '6', 48, ['成果指標2件が未達', '2年連続で未達', '平均達成率60.0%', '執行率67.5%', '未達だが「成果」の改善余地に☑なし']],
      [2024, '3', 40.6, ['成果指標1件が未達', '3年連続で未達', '平均達成率72.0%', '執行率67.5%']],
      [2023, '3', 27.1, ['成果指標1件が未達', '2年連続で未達', '平均達成率64.3%']],
    ]);
    // score 0 is no underperformance: 19 of the 23 program-years are listed
    expect((await underperformers(db, {}, DEFAULT_THRESHOLDS, 100)).length).toBe(19);
  });

  it('near 75% lifts 学力向上推進事業 (54 ÷ 72 = 75% is near: 3 points, no mismatch) to the bottom', async () => {
    const rows = await underperformers(db, { year: 2024 }, NEAR_75);
    expect(rows.map((r) => [r.program_key, r.score])).toEqual([
      ['S001', 40.6],
      ['S002', 26.4],
      ['見守り事業', 23.4],
      ['C003', 17.2],
      ['C001', 9],
      ['C002', 3], // 1 near × 3; mean 1.125
    ]);
    expect(rows[5]!.reasons).toEqual(['成果指標1件が目標にあと一歩']);
    expect(rows[5]!.self_check).toBeNull();
  });

  it('an under-spending threshold of 50% takes the execution points from 67.5%, not from 45%', async () => {
    const rows = await underperformers(db, { year: 2024 }, { near: 0.8, under: 0.5, over: 1 });
    expect(rows.map((r) => [r.program_key, r.score])).toEqual([
      ['S001', 35.6], // 40.6 − 5
      ['S002', 26.4],
      ['見守り事業', 23.4],
      ['C003', 17.2],
      ['C002', 15],
      ['C001', 9], // still 45% < 50%
    ]);
    expect(rows[0]!.reasons).toEqual(['成果指標1件が未達', '3年連続で未達', '平均達成率72.0%']);
  });
});

describe('scope filters', () => {
  it('year + pillar', async () => {
    const rows = await indicatorResults(db, { year: 2024, pillar: 'II 安全・環境' });
    expect(rows.map((r) => [r.sheet_no, r.kind, r.indicator])).toEqual([
      ['3', 'outcome', '交通事故件数'],
      ['3', 'outcome', '交通安全教室参加者数'],
      ['3', 'output', '教室開催回数'],
      ['3', 'output', '事故発生件数'],
      ['4', 'outcome', '1人1日当たりごみ排出量'],
      ['4', 'outcome', 'リサイクル率'],
      ['4', 'outcome', '苦情対応率'],
    ]);
  });

  it('department', async () => {
    const rows = await programScorecard(db, { department: '学校教育課' });
    expect(rows.map((r) => [r.fiscal_year, r.sheet_no, r.program])).toEqual([
      [2021, '2', '学力向上事業'],
      [2021, '6', '放課後学習支援事業'],
      [2022, '2', '学力向上事業'],
      [2022, '6', '放課後学習支援事業'],
      [2023, '2', '学力向上推進事業'],
      [2024, '1', '放課後学習支援事業'],
      [2024, '2', '学力向上推進事業'],
    ]);
  });

  it('measure + year on activities; pillar on underperformers', async () => {
    const acts = await activityCosts(db, { year: 2024, measure: '2 学校教育' });
    expect(acts.map((r) => [r.sheet_no, r.activity])).toEqual([
      ['1', '学習教室運営'],
      ['2', '学習支援員配置'],
      ['2', '教員研修'],
    ]);
    const under = await underperformers(db, { year: 2024, pillar: 'I 子育て・教育' });
    expect(under.map((r) => [r.program_key, r.score])).toEqual([
      ['見守り事業', 23.4],
      ['C003', 17.2],
      ['C002', 15],
      ['C001', 9],
    ]);
  });

  it('a scope that matches nothing gives no rows', async () => {
    expect(await programScorecard(db, { year: 2020 })).toEqual([]);
    expect(await policyRollup(db, { department: 'ない課' })).toEqual([]);
  });
});

// Last: it changes the data. A re-export that corrects a row replaces it (the later import wins).
describe('one row per key', () => {
  it('a corrected activity imported later replaces the earlier one in every figure', async () => {
    const csv =
      '年度,シートNo,活動No,活動名・事業名,対象年,担当課,活動・事業内容,予算額（千円）,決算額（千円）\n' +
      '令和6年度,6,1,子育て相談,R6,,子育て相談窓口を運営しました。,"2,000","1,125"\n';
    await importFiles(db, [file('activities-fix.csv', csv)]);
    await prepareAnalyses(db, await readFile('data/direction-keywords.csv', 'utf8')); // after every import
    const [p1] = await programBudgets(db, { year: 2024, program: 'C001' });
    // 1,125 ÷ 2,000 = 0.5625 (was 900 ÷ 2,000)
    expect([p1!.budget, p1!.spend, p1!.execution, p1!.execution_flag]).toEqual([2000, 1125, 0.5625, 'under']);
    expect((await activityCosts(db, { year: 2024, program: 'C001' })).map((a) => [a.activity_no, a.spend])).toEqual([
      [1, 1125],
      [2, 0],
    ]);
    const [s] = await programScorecard(db, { year: 2024, program: 'C001' });
    // score unchanged (3 + 1 + 5); 56.25% is shown rounded half up, as the app formats rates: 56.3%
    expect([s!.score, s!.reasons]).toEqual([9, ['成果指標1件が目標にあと一歩', '平均達成率95.0%', '執行率56.3%']]);
  });
});

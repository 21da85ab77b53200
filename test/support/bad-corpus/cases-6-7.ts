/** Corpus classes 6 (rows with no sheets row: orphans) and 7 (headers: duplicated, misspelled, missing, colliding). */
import { row } from './build';
import { ACTIVITIES, defineCase, OUTPUTS, REVIEWS, SHEETS, tableCase, tableFile, type Built } from './define';
import { activity, OUTCOMES_PLAIN, output, plainOutcome, review, sheet } from './rows';

const LOWERED = `SELECT count(*) FROM indicator_facts AS f JOIN indicator_facts AS p
  ON p.indicator_id = f.indicator_id AND p.fiscal_year = f.fiscal_year - 1 WHERE f.target < p.target`;

export function orphanCases(): Built[] {
  const twoYears = [plainOutcome('5', '利用者数', 100, 90, 2023), plainOutcome('9', '利用者数', 50, 40, 2024)];
  const unnamed = tableFile({
    name: 'c6-unnamed-programs-sheets.csv',
    header: SHEETS,
    rows: [row('sheets', ['2023', '5', '', '健康増進課'], { program: null }, false), row('sheets', ['2024', '9', '', '生涯学習課'], { program: null }, false)],
    findings: [{ row: 0, column: '事務事業名', severity: 'warning' }],
  });
  const unnamedOutcomes = tableFile({ name: 'c6-unnamed-programs-outcomes.csv', header: OUTCOMES_PLAIN, rows: twoYears });
  const partSheets = tableFile({ name: 'c6-partly-sheets.csv', header: SHEETS, rows: [sheet('1', '健康診査事業', '健康増進課'), sheet('2', '図書館運営事業', '生涯学習課')] });
  const partOutcomes = tableFile({
    name: 'c6-partly-outcomes.csv',
    header: OUTCOMES_PLAIN,
    rows: [plainOutcome('1', '受診率', 60, 55), plainOutcome('2', '来館者数', 500, 480), plainOutcome('3', '参加者数', 30, 31), plainOutcome('3', '満足度', 80, 85)],
    findings: [{ row: 2, severity: 'warning', contains: '2行' }],
  });
  const otherYearSheets = tableFile({ name: 'c6-other-year-sheets.csv', header: SHEETS, rows: [sheet('1', '健康診査事業', '健康増進課', 2023)] });
  const otherYearActivities = tableFile({
    name: 'c6-other-year-activities.csv',
    header: ACTIVITIES,
    rows: [activity('1', '講座開催', 100, 90, 2024)],
    findings: [{ row: 0, severity: 'warning', contains: 'シート' }],
  });
  return [
    tableCase('outcomes-alone', 6, 'outcomes with no sheets row: out of every total without a word', {
      header: OUTCOMES_PLAIN,
      rows: [plainOutcome('10', '利用者数', 100, 90), plainOutcome('11', '参加者数', 30, 31), plainOutcome('11', '満足度', 80, 85)],
      findings: [{ row: 0, severity: 'warning', contains: '3行' }],
    }),
    tableCase('activities-alone', 6, 'activities with no sheets row', {
      header: ACTIVITIES,
      rows: [activity('1', '講座開催', 100, 90), activity('2', '相談会', 50, 40)],
      findings: [{ row: 0, severity: 'warning', contains: '2行' }],
    }),
    tableCase('outputs-alone', 6, 'outputs with no sheets row', {
      header: OUTPUTS,
      rows: [output('1', '講座開催', '参加者数', '人', 100, 90)],
      findings: [{ row: 0, severity: 'warning', contains: '1行' }],
    }),
    tableCase('reviews-alone', 6, 'reviews with no sheets row', {
      header: REVIEWS,
      rows: [review('1', ['☑', '☐', '☐', '☐'], '継続', [true, false, false, false])],
      findings: [{ row: 0, severity: 'warning' }],
    }),
    tableCase('orphans-across-sheets', 6, "two unrelated sheets' orphan outcomes of the same name (once merged: 'target lowered')", {
      header: OUTCOMES_PLAIN,
      rows: twoYears,
      findings: [{ row: 0, severity: 'warning' }],
      figures: [
        { sql: LOWERED, value: 0, excusedBy: null },
        { sql: 'SELECT count(DISTINCT indicator_id) FROM indicator_facts', value: 2, excusedBy: null },
      ],
    }),
    defineCase({
      id: 'c6-unnamed-programs',
      class: 6,
      wrong: 'two sheets without a program name, each with an outcome of the same name (once one indicator)',
      files: [unnamed, unnamedOutcomes],
      figures: [
        { sql: LOWERED, value: 0, excusedBy: null },
        { sql: 'SELECT count(DISTINCT indicator_id) FROM indicator_facts', value: 2, excusedBy: null },
      ],
    }),
    defineCase({ id: 'c6-partly', class: 6, wrong: 'outcomes of three sheets, sheets rows for two', files: [partSheets, partOutcomes] }),
    defineCase({ id: 'c6-other-year', class: 6, wrong: 'activities of 2024 with the sheet only for 2023', files: [otherYearSheets, otherYearActivities] }),
  ];
}

export function headerCases(): Built[] {
  const o = (sheetNo: string, name: string, target: number, cells: string[], values: Record<string, unknown>) =>
    row('outcomes', ['2024', sheetNo, name, String(target), ...cells], { indicator: name, target, ...values });
  return [
    tableCase('actual-twice-first-empty', 7, 'two 実績値 columns, the first one empty (once every actual empty)', {
      header: [...OUTCOMES_PLAIN, '実績値'],
      rows: [o('5', '利用者数', 100, ['', '90'], { actual: 90 }), o('6', '満足度', 80, ['', '85'], { actual: 85 })],
      findings: [{ line: 'header', column: '実績値', severity: 'warning' }],
    }),
    tableCase('actual-twice-disagreeing', 7, 'two 実績値 columns with different figures', {
      header: [...OUTCOMES_PLAIN, '実績値'],
      rows: [o('5', '利用者数', 100, ['90', '95'], {}), o('6', '満足度', 80, ['85', '85'], { actual: 85 })],
      findings: [{ line: 'header', column: '実績値', severity: 'warning', contains: '1行' }],
    }),
    tableCase('actual-misspelled', 7, '実積値 for 実績値 (once: every actual empty, an info finding, exit 0)', {
      header: ['年度', 'シートNo', '指標名', '目標値', '実積値'],
      rows: [o('5', '利用者数', 100, ['90'], {}), o('6', '満足度', 80, ['85'], {})],
      findings: [{ line: 'header', column: '実積値', severity: 'warning', contains: '「実積値」は「実績値」ではありませんか' }],
      figures: [{ sql: 'SELECT count(actual) FROM outcomes', value: 2, excusedBy: { file: 'c7-actual-misspelled.csv', line: 1 } }],
    }),
    tableCase('budget-misspelled', 7, '予箕額 for 予算額', {
      header: ['年度', 'シートNo', '活動名・事業名', '予箕額', '決算額'],
      rows: [row('activities', ['2024', '1', '講座開催', '100', '90'], { spend: 90 }), row('activities', ['2024', '1', '相談会', '50', '40'], { spend: 40 })],
      findings: [{ line: 'header', column: '予箕額', severity: 'warning', contains: '予算額' }],
      figures: [{ sql: 'SELECT count(budget) FROM activities', value: 2, excusedBy: { file: 'c7-budget-misspelled.csv', line: 1 } }],
    }),
    tableCase('outputs-all-figures-misspelled', 7, '目漂値 and 実積値: no figure column left, no table recognised', {
      header: ['年度', 'シートNo', '活動名・事業名', '指標名', '目漂値', '実積値'],
      rows: [row('outputs', ['2024', '1', '講座開催', '参加者数', '100', '90'], {}, false)],
      findings: [{ line: 'header', severity: 'error', contains: 'ではありませんか' }],
    }),
    tableCase('no-actual-column', 7, 'an outcomes table with targets and no actual column at all', {
      header: ['年度', 'シートNo', '指標名', '目標値'],
      rows: [row('outcomes', ['2024', '5', '利用者数', '100'], { target: 100 }), row('outcomes', ['2024', '6', '満足度', '80'], { target: 80 })],
      findings: [{ line: 'header', severity: 'warning', contains: '実績値' }],
    }),
    tableCase('no-money-columns', 7, 'an activities table with descriptions and no money columns', {
      header: ['年度', 'シートNo', '活動名・事業名', '活動内容'],
      rows: [row('activities', ['2024', '1', '講座開催', '年4回'], { description: '年4回' })],
      findings: [{ line: 'header', severity: 'warning', contains: '予算額' }],
    }),
    tableCase('funding-sources-with-sonota', 7, 'funding sources 県支出金・地方債・その他 with no total column (once read as review boxes)', {
      header: ['年度', 'シートNo', '区分', '県支出金', '地方債', 'その他'],
      rows: [
        row('program_money', ['2024', '1', '決算', '100', '200', '50'], { money_kind: '決算', prefectural: 100, bonds: 200, other_sources: 50 }),
        row('program_money', ['2024', '2', '予算', '0', '1,000', '25'], { money_kind: '予算', prefectural: 0, bonds: 1000, other_sources: 25 }),
      ],
    }),
    tableCase('review-boxes-with-sonota', 7, 'review boxes コスト・活動・成果・その他 (must stay reviews)', {
      header: ['年度', 'シートNo', 'コスト', '活動', '成果', 'その他'],
      rows: [row('reviews', ['2024', '1', '☐', '☑', '☐', '☑'], { improve_cost: false, improve_activity: true, improve_other: true })],
    }),
    tableCase('created-day-of-month', 7, '作成年・作成月・作成日 as three columns (作成日 holding the day: 16)', {
      header: ['年度', 'シートNo', '事務事業名', '作成年', '作成月', '作成日'],
      rows: [
        row('sheets', ['2024', '1', '健康診査事業', '2025', '5', '16'], { program: '健康診査事業', created_on: '2025-05-16' }),
        row('sheets', ['2024', '2', '図書館運営事業', '令和7年', '6', '2'], { program: '図書館運営事業', created_on: '2025-06-02' }),
      ],
    }),
    tableCase('header-with-zero-width-space', 7, 'a zero-width space inside the 実績値 header (once an unused column)', {
      header: ['年度', 'シートNo', '指標名', '目標値', '実績\u200b値'],
      rows: [o('5', '利用者数', 100, ['90'], { actual: 90 }), o('6', '満足度', 80, ['85'], { actual: 85 })],
      findings: [{ line: 'header', severity: 'warning' }],
    }),
    tableCase('english-headers', 7, 'English headers (must read)', {
      header: ['fiscal_year', 'sheet_no', 'indicator', 'target', 'actual'],
      rows: [plainOutcome('5', '利用者数', 100, 90), plainOutcome('6', '満足度', 80, 85)],
    }),
  ];
}

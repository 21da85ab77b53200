/** Corpus classes 4 (broken rows: cells shifted, quotes left open) and 5 (duplicates and conflicts). */
import { damaged, rawLine, row } from './build';
import { ACTIVITIES, defineCase, OUTPUTS, REVIEWS, SHEETS, tableCase, tableFile, type Built } from './define';
import { activity, NEIGHBOURS, OUTCOMES_PLAIN, output, plainOutcome, review, sheet } from './rows';

export function brokenRowCases(): Built[] {
  const quoted = row('outcomes', ['2024', '7', '利用者数, 市内と市外', '100', '90'], { indicator: '利用者数, 市内と市外', target: 100, actual: 90 });
  return [
    tableCase('unquoted-money', 4, 'an unquoted 1,200,1,150: four cells where two were meant (once budget 1, spend 200)', {
      header: ACTIVITIES,
      rows: [damaged('activities', '2024,1,講座開催,1,200,1,150', { activity: '講座開催', budget: 1200, spend: 1150 }), activity('1', '相談会', 100, 90)],
      findings: [{ row: 0, column: '予算額', severity: 'error' }, { row: 0, column: '決算額', severity: 'error' }],
    }),
    tableCase('unquoted-figures', 4, 'an outcome row with unquoted 2,700 and 3,083', {
      header: OUTCOMES_PLAIN,
      rows: [damaged('outcomes', '2024,5,転出者数,2,700,3,083', { indicator: '転出者数', target: 2700, actual: 3083 }), ...NEIGHBOURS],
      findings: [{ row: 0, column: '目標値', severity: 'error' }, { row: 0, column: '実績値', severity: 'error' }],
    }),
    tableCase('unquoted-comma-in-name', 4, 'an activity name with an unquoted comma, shifting its money right', {
      header: ACTIVITIES,
      rows: [damaged('activities', '2024,1,講座A,B,100,90', { budget: 100, spend: 90 }), activity('1', '相談会', 100, 90)],
      findings: [{ row: 0, column: '予算額', severity: 'error' }, { row: 0, column: '決算額', severity: 'error' }],
    }),
    tableCase('extra-tab', 4, 'a tab-separated row with one tab too many', {
      header: ACTIVITIES,
      delimiter: '\t',
      rows: [damaged('activities', '2024\t1\t講座開催\t100\t\t90', { budget: 100, spend: 90 }), row('activities', ['2024', '1', '相談会', '1,200', '1,150'], { budget: 1200, spend: 1150 })],
      findings: [{ row: 0, column: '予算額', severity: 'error' }],
    }),
    tableCase('trailing-empty-cells', 4, 'rows ending in empty cells beyond the header (harmless)', {
      header: ACTIVITIES,
      rows: [{ ...activity('1', '講座開催', 100, 90), cells: undefined, raw: '2024,1,講座開催,100,90,,,' }, activity('1', '相談会', 50, 40)],
    }),
    tableCase('unclosed-quote-to-end', 4, 'a quote opened and never closed: every later row swallowed into one cell', {
      header: OUTCOMES_PLAIN,
      rows: [NEIGHBOURS[0]!, damaged('outcomes', '2024,5,"満足度,80,85', { target: 80, actual: 85 }), NEIGHBOURS[1]!, plainOutcome('12', '相談件数', 50, 40), plainOutcome('13', '講座数', 12, 12)],
      findings: [{ row: 1, severity: 'error', contains: '引用符' }],
    }),
    tableCase('unclosed-quote-meets-quoted-cell', 4, 'an open quote closed by the opening quote of a later, valid quoted cell', {
      header: OUTCOMES_PLAIN,
      rows: [damaged('outcomes', '2024,5,"満足度,80,85', { target: 80, actual: 85 }), ...NEIGHBOURS, quoted, plainOutcome('13', '講座数', 12, 12)],
      findings: [{ row: 0, severity: 'error', contains: '引用符' }],
    }),
    tableCase('stray-quote-pair', 4, 'a stray opening quote and a stray closing quote three lines apart, a valid row between them', {
      header: OUTCOMES_PLAIN,
      rows: [damaged('outcomes', '2024,5,"満足度,80,85', { target: 80, actual: 85 }), plainOutcome('6', '相談件数', 50, 40), plainOutcome('8', '来館者数', 500, 400), damaged('outcomes', '2024,7,参加者数",30,31', { target: 30, actual: 31 }), ...NEIGHBOURS],
      findings: [{ row: 0, severity: 'error', contains: '引用符' }, { row: 3, severity: 'warning', contains: '引用符' }],
    }),
    tableCase('unclosed-quote-tsv', 4, 'Unicode text (TSV) with an unclosed quote', {
      header: OUTCOMES_PLAIN,
      delimiter: '\t',
      encoding: 'utf-16le',
      rows: [NEIGHBOURS[0]!, damaged('outcomes', '2024\t5\t"満足度\t80\t85', { target: 80, actual: 85 }), NEIGHBOURS[1]!, plainOutcome('12', '相談件数', 50, 40)],
      findings: [{ row: 1, severity: 'error', contains: '引用符' }],
    }),
    tableCase('unclosed-quote-last-row', 4, 'the last row opens a quote at the end of the file', {
      header: OUTCOMES_PLAIN,
      rows: [...NEIGHBOURS, damaged('outcomes', '2024,9,"来館者数', {})],
      findings: [{ row: 2, severity: 'error', contains: '引用符' }],
    }),
    tableCase('quote-inside-figure', 4, 'a quote inside a figure 9"0', {
      header: OUTCOMES_PLAIN,
      rows: [NEIGHBOURS[0]!, damaged('outcomes', '2024,5,利用者数,100,9"0', { target: 100 }), NEIGHBOURS[1]!],
      findings: [{ row: 1, column: '実績値', severity: 'error' }],
    }),
    tableCase('short-row', 4, 'a row without its last cell (written as nothing: read as nothing)', {
      header: ACTIVITIES,
      rows: [row('activities', ['2024', '1', '講座開催', '100'], { budget: 100, spend: null }), activity('1', '相談会', 50, 40)],
    }),
    tableCase('header-repeated', 4, 'the header pasted again in the middle of the rows', {
      header: OUTCOMES_PLAIN,
      rows: [NEIGHBOURS[0]!, rawLine(OUTCOMES_PLAIN.join(',')), NEIGHBOURS[1]!],
      findings: [{ row: 1, column: '年度', severity: 'error' }],
    }),
    tableCase('legit-multiline-cells', 4, 'quoted cells with line breaks and commas (Alt+Enter): must read as one cell each', {
      header: ['年度', 'シートNo', '事務事業名', '事務事業の背景・目的'],
      rows: [
        row('sheets', ['2024', '1', '健康診査事業', '背景, 目的, 経緯, 方針\n一行目\n二行目'], { program: '健康診査事業', background: '背景, 目的, 経緯, 方針\n一行目\n二行目' }),
        row('sheets', ['2024', '2', '図書館運営事業', '"引用"を含む\n説明'], { program: '図書館運営事業', background: '"引用"を含む\n説明' }),
        row('sheets', ['2024', '3', '防災訓練事業', '年1回'], { program: '防災訓練事業', background: '年1回' }),
      ],
    }),
    tableCase('mixed-line-ends', 4, 'CRLF and LF mixed in one file', {
      header: OUTCOMES_PLAIN,
      rows: [...NEIGHBOURS, plainOutcome('12', '相談件数', 50, 40), plainOutcome('13', '講座数', 12, 12)],
      mangle: (t) => t.replace(/\r\n(2024,11)/, '\n$1').replace(/\r\n(2024,13)/, '\n$1'),
    }),
    tableCase('cr-line-ends', 4, 'old Mac line ends (CR only)', {
      header: OUTCOMES_PLAIN,
      rows: [...NEIGHBOURS, plainOutcome('12', '相談件数', 50, 40)],
      mangle: (t) => t.replaceAll('\r\n', '\r'),
    }),
  ];
}

export function duplicateCases(): Built[] {
  const a1 = tableFile({ name: 'c5-conflict-outcomes-1.csv', header: OUTCOMES_PLAIN, rows: [plainOutcome('1', '利用者数', 100, 90), plainOutcome('1', '満足度', 80, 85)] });
  const a2 = tableFile({ name: 'c5-conflict-outcomes-2.csv', header: OUTCOMES_PLAIN, rows: [plainOutcome('1', '利用者数', 100, 95)] });
  const o1 = tableFile({ name: 'c5-conflict-outputs-1.csv', header: OUTPUTS, rows: [output('1', '講座開催', '参加者数', '人', 100, 90)] });
  const o2 = tableFile({ name: 'c5-conflict-outputs-2.csv', header: OUTPUTS, rows: [output('1', '講座開催', '参加者数', '人', 100, 120)] });
  const s1 = tableFile({ name: 'c5-conflict-sheets-1.csv', header: SHEETS, rows: [sheet('1', '健康診査事業', '健康増進課')] });
  const s2 = tableFile({ name: 'c5-conflict-sheets-2.csv', header: SHEETS, rows: [sheet('1', '健康診査事業（修正版）', '健康増進課')] });
  const r1 = tableFile({ name: 'c5-conflict-reviews-1.csv', header: REVIEWS, rows: [review('1', ['☑', '☐', '☐', '☐'], '継続', [true, false, false, false])] });
  const r2 = tableFile({ name: 'c5-conflict-reviews-2.csv', header: REVIEWS, rows: [review('1', ['☐', '☐', '☑', '☐'], '改善', [false, false, true, false])] });
  const f1 = tableFile({ name: 'c5-reexport-1.csv', header: OUTCOMES_PLAIN, rows: [row('outcomes', ['令和6年度', '1', '利用者数', '1,000', '―'], { target: 1000, actual: null })] });
  const f2 = tableFile({ name: 'c5-reexport-2.csv', header: OUTCOMES_PLAIN, rows: [row('outcomes', ['2024', '1', '利用者数', '1000', '—'], { target: 1000, actual: null })] });
  const facts = (where: string) => `SELECT count(*) FROM indicator_facts WHERE ${where}`;
  const copy = activity('1', '講座開催', 100, 90);
  return [
    tableCase('copied-activity', 5, 'an activity row pasted twice in a file without 活動No (doubling the sheet budget)', {
      header: ACTIVITIES,
      rows: [copy, { ...copy, valid: false }, activity('1', '相談会', 50, 40)],
      findings: [{ row: 1, severity: 'warning', contains: '講座開催' }],
      figures: [{ sql: "SELECT sum(budget) FROM current_activities WHERE sheet_no = '1'", value: 150, excusedBy: { file: 'c5-copied-activity.csv', line: 3 } }],
    }),
    tableCase('copied-activity-numbered', 5, 'an activity row pasted twice with the same 活動No', {
      header: ['年度', 'シートNo', '活動No', '活動名・事業名', '予算額', '決算額'],
      rows: [
        row('activities', ['2024', '1', '1', '講座開催', '100', '90'], { activity_no: 1, budget: 100 }),
        row('activities', ['2024', '1', '1', '講座開催', '100', '90'], { activity_no: 1, budget: 100 }, false),
        row('activities', ['2024', '1', '2', '相談会', '50', '40'], { activity_no: 2, budget: 50 }),
      ],
      findings: [{ row: 1, severity: 'warning' }],
      figures: [{ sql: "SELECT sum(budget) FROM current_activities WHERE sheet_no = '1'", value: 150, excusedBy: null }],
    }),
    tableCase('copied-outcome', 5, 'an outcome row written twice: read as two indicators of the same name (real sheets repeat indicator rows)', {
      header: OUTCOMES_PLAIN,
      rows: [plainOutcome('1', '利用者数', 100, 90), plainOutcome('1', '利用者数', 100, 90), plainOutcome('1', '満足度', 80, 85)],
    }),
    defineCase({
      id: 'c5-conflict-outcomes',
      class: 5,
      wrong: 'the same indicator with a different actual in two files (once counted twice)',
      files: [a1, a2],
      findings: [{ file: a2.file.name, line: a2.lines[0]!, severity: 'warning', contains: a1.file.name }],
      figures: [
        { sql: facts("sheet_no = '1' AND indicator = '利用者数'"), value: 1, excusedBy: null },
        { sql: "SELECT actual FROM indicator_facts WHERE indicator = '利用者数'", value: 95, excusedBy: null },
      ],
    }),
    defineCase({
      id: 'c5-conflict-outputs',
      class: 5,
      wrong: 'the same output indicator with a different actual in two files',
      files: [o1, o2],
      findings: [{ file: o2.file.name, line: o2.lines[0]!, severity: 'warning', contains: o1.file.name }],
      figures: [{ sql: facts("kind = 'output'"), value: 1, excusedBy: null }, { sql: "SELECT actual FROM indicator_facts WHERE kind = 'output'", value: 120, excusedBy: null }],
    }),
    defineCase({
      id: 'c5-conflict-sheets',
      class: 5,
      wrong: 'the same sheet with a different name in two files',
      files: [s1, s2],
      findings: [{ file: s2.file.name, line: s2.lines[0]!, severity: 'warning', contains: s1.file.name }],
      figures: [{ sql: 'SELECT count(*) FROM current_sheets', value: 1, excusedBy: null }],
    }),
    defineCase({
      id: 'c5-conflict-reviews',
      class: 5,
      wrong: 'the same review with different boxes in two files',
      files: [r1, r2],
      findings: [{ file: r2.file.name, line: r2.lines[0]!, severity: 'warning', contains: r1.file.name }],
      figures: [{ sql: 'SELECT improve_outcome FROM current_reviews', value: true, excusedBy: null }],
    }),
    defineCase({
      id: 'c5-reexport',
      class: 5,
      wrong: 'a re-export that writes the same figures differently (1,000 / 1000, R6 / 2024, ― / —)',
      files: [f1, { ...f2, rows: [] }],
      figures: [{ sql: 'SELECT count(*) FROM indicator_facts', value: 1, excusedBy: null }],
    }),
  ];
}

/** Corpus classes 8 (invisible and control characters), 9 (hostile text) and 10 (the known differences of data-format.md). */
import { damaged, row } from './build';
import { ACTIVITIES, OUTCOMES, OUTPUTS, rawFileCase, SHEETS, tableCase, type Built } from './define';
import { activity, NEIGHBOURS, OUTCOMES_PLAIN, plainOutcome, sheet } from './rows';

/** A row whose cell holds an invisible character: read without it, with a warning on that cell. */
function invisible(id: string, wrong: string, header: string[], cells: string[], values: Record<string, unknown>, column: string, table: 'outcomes' | 'sheets' = 'outcomes'): Built {
  const others = table === 'outcomes' ? NEIGHBOURS : [sheet('20', '図書館運営事業', '生涯学習課')];
  return tableCase(id, 8, wrong, {
    header,
    rows: [row(table, cells, values, false), ...others],
    findings: [{ row: 0, column, severity: 'warning', contains: '⟨U+' }],
  });
}

export function invisibleCases(): Built[] {
  return [
    invisible('zwsp-in-figure', 'a zero-width space inside a figure 9​0', OUTCOMES_PLAIN, ['2024', '5', '利用者数', '100', '9\u200b0'], { actual: 90 }, '実績値'),
    invisible('zwsp-in-sheet-no', 'a zero-width space after a sheet number (a key that would join nothing)', OUTCOMES_PLAIN, ['2024', '5\u200b', '利用者数', '100', '90'], { sheet_no: '5' }, 'シートNo'),
    invisible('nul-in-year', 'a NUL byte in a year', OUTCOMES_PLAIN, ['2024\u0000', '5', '利用者数', '100', '90'], { fiscal_year: 2024 }, '年度'),
    invisible('bidi-override-in-name', 'a right-to-left override in a program name', SHEETS, ['2024', '1', '\u202e業事診健', '健康増進課'], { program: '業事診健' }, '事務事業名', 'sheets'),
    invisible('terminal-escape', 'a terminal escape code (ESC [2J) in a department', SHEETS, ['2024', '1', '健康診査事業', '\u001b[2J健康増進課'], { department: '[2J健康増進課' }, '課等名', 'sheets'),
    invisible('soft-hyphen-in-indicator', 'a soft hyphen inside an indicator name', OUTCOMES_PLAIN, ['2024', '5', '利用\u00ad者数', '100', '90'], { indicator: '利用者数' }, '指標名'),
    invisible('tag-characters', 'Unicode tag characters hidden in a department', SHEETS, ['2024', '1', '健康診査事業', '健康増進課\u{E0041}\u{E0042}'], { department: '健康増進課' }, '課等名', 'sheets'),
    invisible('c1-control', 'a C1 control (U+009B, a terminal CSI) in a figure', OUTCOMES_PLAIN, ['2024', '5', '利用者数', '100\u009b', '90'], { target: 100 }, '目標値'),
    tableCase('bom-mid-file', 8, 'a BOM in the middle of the file (two exports concatenated)', {
      header: OUTCOMES_PLAIN,
      rows: [NEIGHBOURS[0]!, row('outcomes', ['\ufeff2024', '5', '利用者数', '100', '90'], { fiscal_year: 2024, actual: 90 }, false), NEIGHBOURS[1]!],
      findings: [{ row: 1, column: '年度', severity: 'warning', contains: 'U+FEFF' }],
    }),
  ];
}

const HTML_TABLE = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>一覧</title><script>alert('x')</script></head><body>
<table><tr><th>年度</th><th>シートNo</th><th>事務事業名</th><th>課等名</th></tr>
<tr><td>2024</td><td>1</td><td>&lt;img src=x onerror=alert(1)&gt;健康診査事業</td><td>健康増進課</td></tr>
<tr><td>2024</td><td>2</td><td>図書館運営事業</td><td>生涯学習課</td></tr></table></body></html>`;

export function hostileCases(): Built[] {
  return [
    tableCase('script-in-cells', 9, 'HTML and script in names (kept as text, never run)', {
      header: SHEETS,
      rows: [sheet('1', '<script>alert(1)</script>', '<img src=x onerror=alert(2)>'), sheet('2', '"><svg onload=alert(3)>', '健康増進課')],
    }),
    tableCase('formula-injection', 9, 'cells a spreadsheet would run as formulas (=HYPERLINK, +cmd, @SUM)', {
      header: SHEETS,
      rows: [sheet('1', '=HYPERLINK("http://example.invalid","x")', '+cmd|calc'), sheet('2', '@SUM(A1:A9)', '-2+3')],
    }),
    rawFileCase('html-with-script', 9, 'an HTML table page carrying a script', { name: 'c9-html-with-script.html', bytes: new TextEncoder().encode(HTML_TABLE) }, {
      rows: [
        { line: 2, table: 'sheets', valid: true, values: { program: '<img src=x onerror=alert(1)>健康診査事業' } },
        { line: 3, table: 'sheets', valid: true, values: { program: '図書館運営事業' } },
      ],
    }),
  ];
}

export function knownDifferenceCases(): Built[] {
  const outputsNext = ['年度', 'シートNo', '活動名・事業名', '指標名', '単位', '目標値', 'R7 目標値', '実績値'];
  return [
    tableCase('k1-unyeared-and-next-year-target', 10, '目標値 and R7 目標値 in a 2024 file (once both read as this year, next year dropped)', {
      header: outputsNext,
      rows: [row('outputs', ['2024', '1', '講座開催', '参加者数', '人', '100', '120', '90'], { target: 100, next_target: 120, actual: 90 })],
    }),
    tableCase('k1-other-year-actual', 10, 'R5実績値 beside R6実績値 in a 2024 file (once the R5 figure read as 2024)', {
      header: ['年度', 'シートNo', '指標名', 'R6 目標値', 'R5実績値', 'R6実績値'],
      rows: [row('outcomes', ['2024', '5', '利用者数', '100', '80', '90'], { target: 100, actual: 90 })],
    }),
    tableCase('k2-same-output-two-activities', 10, 'the same output indicator under two activities (two indicators)', {
      header: OUTPUTS,
      rows: [row('outputs', ['2024', '1', '講座開催', '取組回数', '回', '3', '3'], { ordinal: 1 }), row('outputs', ['2024', '1', '相談会', '取組回数', '回', '3', '2'], { ordinal: 1 })],
      figures: [{ sql: "SELECT count(DISTINCT indicator_id) FROM indicator_facts WHERE kind = 'output'", value: 2, excusedBy: null }],
    }),
    tableCase('k4-fill-down-with-activity-no', 10, 'merged activity cells with 活動No given (fill-down)', {
      header: ['年度', 'シートNo', '活動No', '活動名・事業名', '指標名', '目標値', '実績値'],
      rows: [
        row('outputs', ['2024', '1', '1', '講座A', '参加者数', '10', '9'], { activity: '講座A', ordinal: 1 }),
        row('outputs', ['2024', '1', '1', '', '参加率', '10', '9'], { activity: '講座A', ordinal: 1 }),
        row('outputs', ['2024', '1', '1', '', '参加者数', '10', '9'], { activity: '講座A', ordinal: 2 }),
      ],
    }),
    tableCase('k6-money-note', 10, '予算額（税込） and 決算額（見込）: notes, not units', {
      header: ['年度', 'シートNo', '活動名・事業名', '予算額（税込）', '決算額（見込）'],
      rows: [activity('1', '講座開催', 100, 90)],
    }),
    tableCase('k7-unit-in-header', 10, '目標値（人） and 実績値（人）: the unit in the headers', {
      header: ['年度', 'シートNo', '指標名', '目標値（人）', '実績値（人）'],
      rows: [row('outcomes', ['2024', '5', '利用者数', '100', '90'], { unit: '人', target: 100, actual: 90 })],
    }),
    tableCase('k7-target-year-in-header', 10, '目標値（R9年度）: the target year in the header', {
      header: ['年度', 'シートNo', '指標名', '目標値（R9年度）', '実績値'],
      rows: [row('outcomes', ['2024', '5', '利用者数', '100', '90'], { target: 100, target_year: 2027 })],
    }),
    tableCase('k8-western-year-prefix', 10, '2024 予算額 (a western year and a space before the name)', {
      header: ['年度', 'シートNo', '活動名・事業名', '2024 予算額', '2024 決算額'],
      rows: [activity('1', '講座開催', 100, 90)],
    }),
    tableCase('k10-empty-names', 10, 'an outcome without its indicator name and an activity row without its name', {
      header: OUTCOMES_PLAIN,
      rows: [damaged('outcomes', '2024,5,,100,90', { target: 100 }), ...NEIGHBOURS],
      findings: [{ row: 0, column: '指標名', severity: 'warning' }],
    }),
    tableCase('k10-empty-activity-name', 10, 'an activity row with money and no name', {
      header: ACTIVITIES,
      rows: [damaged('activities', '2024,1,,100,90', { budget: 100 }), activity('1', '相談会', 50, 40)],
      findings: [{ row: 0, column: '活動名・事業名', severity: 'warning' }],
    }),
    tableCase('k12-output-target-year', 10, 'an output target with its own year R9年度 100件 (once the year dropped)', {
      header: OUTPUTS,
      rows: [row('outputs', ['2024', '1', '講座開催', '参加者数', '件', 'R9年度 100件', '40'], { target: 100, target_year: 2027, actual: 40 })],
    }),
    tableCase('k13-cell-unit-vs-unit-column', 10, 'a target in 人 where the 単位 column says 件', {
      header: OUTCOMES,
      rows: [damaged('outcomes', '2024,5,相談件数,件,100人,90', { target: 100, actual: 90 }), plainOutcomeWithUnit()],
      findings: [{ row: 0, column: '目標値', severity: 'warning' }],
    }),
    tableCase('k13-scaled-unit-column', 10, '単位 万人 with a figure 1.5万人 (stays 1.5 万人)', {
      header: OUTCOMES,
      rows: [row('outcomes', ['2024', '5', '観光客数', '万人', '2', '1.5万人'], { unit: '万人', target: 2, actual: 1.5 })],
    }),
  ];
}

function plainOutcomeWithUnit() {
  const r = plainOutcome('6', '満足度', 80, 85);
  return { ...r, cells: [...r.cells!.slice(0, 3), '%', ...r.cells!.slice(3)], values: { ...r.values, unit: '%' } };
}

export { OUTCOMES };

/** Corpus class 3: numbers read wrongly (multipliers, digit grouping, digits a double cannot hold, Excel errors, units). */
import { damaged, row } from './build';
import { ACTIVITIES, OUTCOMES, tableCase, type Built } from './define';
import { NEIGHBOURS, OUTCOMES_PLAIN, outcome } from './rows';

/** A figure read right: one row whose actual (or target) is written this way, between two plain rows. */
function reads(id: string, wrong: string, written: string, meant: number, column: 'target' | 'actual' = 'actual'): Built {
  const r = column === 'actual' ? outcome('5', '利用者数', '100', written, { target: 100, actual: meant }) : outcome('5', '利用者数', written, '90', { target: meant, actual: 90 });
  return tableCase(id, 3, wrong, { header: OUTCOMES_PLAIN, rows: [NEIGHBOURS[0]!, r, NEIGHBOURS[1]!] });
}

/** A figure that cannot be read: the row loads, the figure is empty, and its cell gets a finding. */
function refused(id: string, wrong: string, written: string, severity: 'error' | 'warning' = 'error', contains?: string): Built {
  const cell = written.includes(',') ? `"${written}"` : written;
  return tableCase(id, 3, wrong, {
    header: OUTCOMES_PLAIN,
    rows: [NEIGHBOURS[0]!, damaged('outcomes', `2024,5,利用者数,100,${cell}`, { target: 100 }), NEIGHBOURS[1]!],
    findings: [{ row: 1, column: '実績値', severity, ...(contains ? { contains } : {}) }],
  });
}

export function numberCases(): Built[] {
  return [
    reads('man-multiplier', '1.5万人 (once read as 1.5)', '1.5万人', 15000),
    reads('sen-multiplier', '12千人 (once read as 12)', '12千人', 12000),
    reads('oku-multiplier', '1億 as a target (once read as 1)', '1億', 100_000_000, 'target'),
    reads('hyakuman-multiplier', '3百万人', '3百万人', 3_000_000),
    reads('fullwidth-digits', 'full-width digits and comma ３，０８３', '３，０８３', 3083),
    reads('triangle-negative', '▲120 (the accounting minus)', '▲120', -120),
    reads('plus-sign', '+120', '+120', 120),
    reads('decimal-percent', '12.5%', '12.5%', 12.5),
    refused('grouping-1-2-3', '1,2,3 (once read as 123)', '1,2,3'),
    refused('grouping-12-34', '12,34 (once read as 1234)', '12,34'),
    refused('grouping-1-2345', '1,2345', '1,2345'),
    refused('european-decimal', '1.234,5 (a European decimal comma)', '1.234,5'),
    refused('scientific', '1.2E+3 (Excel scientific display)', '1.2E+3'),
    refused('beyond-double', 'a figure of 310 digits (once NULL without a finding)', '1' + '0'.repeat(309)),
    refused('below-double', 'a figure so small it becomes 0', '0.' + '0'.repeat(400) + '1'),
    refused('twenty-digits', '20 digits (once silently rounded)', '12345678901234567890', 'warning'),
    refused('excel-ref', '#REF! (once taken as a not-measured word)', '#REF!'),
    refused('excel-div0', '#DIV/0!', '#DIV/0!'),
    refused('excel-na', '#N/A', '#N/A'),
    refused('excel-value', '#VALUE!', '#VALUE!'),
    refused('excel-name', '#NAME?', '#NAME?'),
    refused('kanji-numerals', '三千 (a figure in kanji numerals, once a not-measured word)', '三千'),
    refused('at-least', '100以上 (once read as 100 with the unit 以上)', '100以上', 'warning'),
    tableCase('unit-disagrees', 3, '120% in a row whose 単位 is 件 (once 120 件 without a finding)', {
      header: OUTCOMES,
      rows: [damaged('outcomes', '2024,5,相談件数,件,100,120%', { target: 100 }), row('outcomes', ['2024', '5', '相談率', '%', '80', '75%'], { unit: '%', target: 80, actual: 75 })],
      findings: [{ row: 0, column: '実績値', severity: 'warning' }],
    }),
    tableCase('money-yen', 3, 'money written in yen 1,200円 (stored in 千円)', {
      header: ACTIVITIES,
      rows: [row('activities', ['2024', '1', '講座開催', '1,200円', '0 千円'], { budget: 1.2, spend: 0 })],
    }),
    tableCase('money-header-man-yen', 3, 'a money header in 万円', {
      header: ['年度', 'シートNo', '活動名・事業名', '予算額（万円）', '決算額（万円）'],
      rows: [row('activities', ['2024', '1', '講座開催', '12', '10.5'], { budget: 120, spend: 105 })],
    }),
    tableCase('money-dollar', 3, 'money in dollars', {
      header: ACTIVITIES,
      rows: [damaged('activities', '2024,1,講座開催,12ドル,0', { spend: 0 }), row('activities', ['2024', '1', '相談会', '100', '90'], { budget: 100, spend: 90 })],
      findings: [{ row: 0, column: '予算額', severity: 'error' }],
    }),
    tableCase('date-impossible', 3, 'a date that does not exist, 2025/02/30', {
      header: ['年度', 'シートNo', '事務事業名', '作成日'],
      rows: [damaged('sheets', '2024,1,健康診査事業,2025/02/30', { program: '健康診査事業' }), row('sheets', ['2024', '2', '図書館運営事業', '令和7年5月16日'], { created_on: '2025-05-16' })],
      findings: [{ row: 0, column: '作成日', severity: 'error' }],
    }),
    tableCase('date-excel-serial', 3, 'a date written as an Excel serial number', {
      header: ['年度', 'シートNo', '事務事業名', '作成日'],
      rows: [damaged('sheets', '2024,1,健康診査事業,45793', { program: '健康診査事業' }), row('sheets', ['2024', '2', '図書館運営事業', 'R7.5.16'], { created_on: '2025-05-16' })],
      findings: [{ row: 0, column: '作成日', severity: 'error' }],
    }),
    tableCase('year-out-of-range', 3, 'a fiscal year 1900: the row cannot be keyed', {
      header: OUTCOMES_PLAIN,
      rows: [damaged('outcomes', '1900,5,利用者数,100,90', {}), ...NEIGHBOURS],
      findings: [{ row: 0, column: '年度', severity: 'error' }],
    }),
  ];
}

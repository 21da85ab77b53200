import { describe, expect, it } from 'vitest';
import { parseFiles } from '../../../src/import/import-files';
import { formWorkbook, type FormSheet } from '../../../src/sample/form-files';

/**
 * A worksheet holding a table (not a form) is read like a CSV: a title block above, a header merged over two rows,
 * in .xlsx, .xls and .ods alike; and what Excel's CSV export would lose (㎥, ⑴, a long decimal) survives.
 */
function outcomesSheet(): FormSheet {
  return {
    name: '成果指標',
    rows: [
      ['令和6年度 成果指標一覧（環境部）'],
      [],
      ['年度', 'シートNo', '成果指標', '', 'R6', ''],
      ['', '', '指標名', '単位', '目標値', '実績値'],
      ['令和6年度', '12', '⑴ 下水道の処理水量', '㎥', { n: 1200000 }, { n: 1187654.321 }],
      ['令和6年度', '12', '⑵ 水洗化率', '%', { n: 95.5 }, { n: 94.12345678901234, format: '0.0' }],
      ['令和6年度', '13', '転出者数', '人', { n: 2700 }, { n: 3083, format: '#,##0' }],
    ],
    merges: [
      { r0: 0, c0: 0, r1: 0, c1: 5 },
      { r0: 2, c0: 0, r1: 3, c1: 0 },
      { r0: 2, c0: 1, r1: 3, c1: 1 },
      { r0: 2, c0: 2, r1: 2, c1: 3 },
      { r0: 2, c0: 4, r1: 2, c1: 5 },
    ],
  };
}

describe('workbooks holding tables', () => {
  for (const bookType of ['xlsx', 'xls', 'ods'] as const) {
    it(`reads a ${bookType} table with a title block and a two-row merged header`, async () => {
      const [u] = await parseFiles([{ name: `outcomes.${bookType}`, bytes: await formWorkbook([outcomesSheet()], bookType) }]);
      expect(u!.report).toMatchObject({ kind: 'table', table: 'outcomes', format: bookType, rows: 3, loaded: 0, rejected: 0 });
      expect(u!.report.findings.filter((f) => f.severity !== 'info')).toEqual([]);
      const rows = u!.records.outcomes!.map((r) => [r.sheet_no, r.indicator, r.unit, r.target, r.actual]);
      expect(rows).toEqual([
        ['12', '⑴ 下水道の処理水量', '㎥', 1200000, 1187654.321],
        // shown as 94.1 by its format, stored and read in full
        ['12', '⑵ 水洗化率', '%', 95.5, 94.12345678901234],
        ['13', '転出者数', '人', 2700, 3083],
      ]);
      // the header line named in findings is the lower header row, as the user sees it
      expect(u!.records.outcomes![0]!.source_line).toBe(5);
    });
  }
});

/**
 * The mapping screen's pure logic: the first draft suggested for a file no table knows, and the profile a draft
 * becomes — checked by reading the file with that profile through the real engine. Figures by hand from
 * test/fixtures/mapping/wide-city.ts.
 */
import { describe, expect, it } from 'vitest';
import type { Grid } from '../../../src/import/grid';
import { buildProfile } from '../../../src/import/profiles/draft/build-profile';
import { emptyDraft } from '../../../src/import/profiles/draft/draft';
import { guessHeader, suggestDraft } from '../../../src/import/profiles/draft/suggest';
import { loadImportProfile } from '../../../src/import/profiles/load-profile';
import { readProfileGrid } from '../../../src/import/profiles/read-profile';
import { textToGrid } from '../../../src/import/sources/text-grid';
import { workbookToGrids } from '../../../src/import/sources/workbook-grids';
import { formCsvText, formWorkbook } from '../../../src/sample/form-files';
import { WIDE_CITY_SHEETS } from '../../fixtures/mapping/wide-city';

const TABLE = WIDE_CITY_SHEETS[1]!;

async function wideGrid(): Promise<Grid> {
  const { grids } = await workbookToGrids(await formWorkbook(WIDE_CITY_SHEETS, 'xlsx'), 'wide-city.xlsx', 'xlsx');
  return grids.find((g) => g.sheet === '事業一覧')!;
}

function csvGrid(rows: string[][]): Grid {
  return { name: 't.csv', file: 't.csv', sheet: null, format: 'csv', encoding: 'utf-8', rows: rows.map((cells, i) => ({ line: i + 1, cells })) };
}

/** sheet_no, fiscal year, and the money or indicator figures the engine read, row by row. */
function figures(grid: Grid, profile: ReturnType<typeof buildProfile>['profile']) {
  const unit = readProfileGrid(grid, loadImportProfile(profile, 'draft'))!;
  const r = unit.records;
  return {
    counts: Object.fromEntries(Object.entries(r).map(([t, rows]) => [t, rows.length])),
    money: r.program_money?.map((m) => [m.sheet_no, m.fiscal_year, m.money_kind, m.project_cost, m.general_fund]),
    outcomes: r.outcomes?.map((o) => [o.sheet_no, o.fiscal_year, o.indicator, o.unit, o.actual, o.actual_raw]),
    sheets: r.sheets?.map((s) => [s.sheet_no, s.fiscal_year, s.program, s.department, s.pillar, s.municipality_key]),
    findings: unit.report.findings.map((f) => [f.line, f.column, f.raw, f.severity]),
  };
}

describe('the first draft for a wide layout (year blocks side by side, its own column names)', () => {
  it('finds the header under the merged years, the 年度 column of bare era numbers, the blocks and the indicator slot', async () => {
    const grid = await wideGrid();
    expect(guessHeader(grid)).toEqual({ row: 3, depth: 1 });
    const draft = suggestDraft(grid);
    expect(draft).toMatchObject({
      sheet: '事業一覧',
      headerRow: 3,
      headerRows: 1,
      fiscalYear: { column: 4, era: '令和' },
      sheetNo: { column: 0 },
      fields: { program: 1, department: 2, pillar: 3 },
      // 令和4〜6年度 read from the merged row above, against the record's 令和6
      blocks: { width: 3, skipEmpty: true, list: [7, 10, 13].map((start, i) => ({ start, year: { offset: i - 2 }, kind: '決算', values: 'actual' })) },
      money: { project_cost: 0, general_fund: 1 },
      indicators: [{ kind: '成果', name: { column: 5 }, unit: { column: 6 }, value: 2 }],
    });
  });

  it('becomes a profile that names columns by header and reads the whole sheet as written', async () => {
    const grid = await wideGrid();
    const draft = { ...suggestDraft(grid), name: 'かもめ市 年度別一覧', municipality: { name: 'かもめ市', code: '000001' } };
    const built = buildProfile(draft, grid, 'user-test');
    expect(built.problems).toEqual([]);
    expect(built.profile).toMatchObject({
      match: { headers: ['事業番号', '評価年度', '事業名', '担当課', '政策分野', '成果指標', '指標の単位', '事業費（千円）'] },
      source: { kind: 'table', sheet: '事業一覧' },
      fiscalYear: { col: '評価年度', rule: { eraNumber: '令和' } },
      yearBlocks: { width: 3, blocks: [{ start: { col: '事業費（千円）' } }, { start: { col: '事業費（千円）', nth: 2 } }, { start: { col: '事業費（千円）', nth: 3 } }] },
      money: { fields: { project_cost: { inBlock: '事業費（千円）' }, general_fund: { inBlock: 'うち一般財源' } } },
    });
    const got = figures(grid, built.profile);
    // K-101, 102, 104, 105 × 3 years, K-103 from 令和5 (its 令和4 block is empty); K-105's indicator is the placeholder 0
    expect(got.counts).toEqual({ sheets: 14, outcomes: 11, program_money: 14 });
    expect(got.sheets![0]).toEqual(['K-101', 2022, '海辺の清掃活動支援', '環境課', 'Ⅰ 環境', '000001']);
    expect(got.money!.filter((m) => m[0] === 'K-101')).toEqual([
      ['K-101', 2022, '決算', 1200, 800],
      ['K-101', 2023, '決算', 1300, 850],
      ['K-101', 2024, '決算', 1350, 900],
    ]);
    expect(got.money!.filter((m) => m[0] === 'K-103').map((m) => m[1])).toEqual([2023, 2024]);
    expect(got.outcomes!.filter((o) => o[0] === 'K-102')).toEqual([
      ['K-102', 2022, '年間貸出冊数', '冊', 120500, '120,500'],
      ['K-102', 2023, '年間貸出冊数', '冊', 118200, '118,200'],
      ['K-102', 2024, '年間貸出冊数', '冊', null, '集計中'],
    ]);
    expect(got.findings).toEqual([[6, 'P（成果実績）', '集計中', 'warning']]);
  });

  it('reads the same sheet saved as CSV (the merges lost): a two-row header, named by the block columns found only in the lower row', async () => {
    const grid = textToGrid(formCsvText(TABLE), 'wide-city.csv', 'utf-8', []);
    expect(guessHeader(grid)).toEqual({ row: 3, depth: 2 });
    const draft = { ...suggestDraft(grid), name: 'CSV' };
    expect(draft.blocks.list.map((b) => b.year)).toEqual([{ offset: -2 }, { offset: -1 }, { offset: 0 }]);
    const built = buildProfile(draft, grid, 'user-csv');
    expect(built.problems).toEqual([]);
    // the year rides on each block's first header (`令和4年度 事業費（千円）`): blocks by letter, its money by place
    expect(built.profile!.yearBlocks!.blocks.map((b) => b.start)).toEqual([{ letter: 'H' }, { letter: 'K' }, { letter: 'N' }]);
    expect(built.profile!.money!.fields).toEqual({ project_cost: { blockColumn: 1 }, general_fund: { inBlock: 'うち一般財源' } });
    expect(figures(grid, built.profile).counts).toEqual({ sheets: 14, outcomes: 11, program_money: 14 });
  });
});

describe('a draft the user completes', () => {
  const rows = [
    ['番号', '事業名', '年度', 'R4事業費', 'R4一般財源', 'R5事業費', 'R5一般財源'],
    ['1', '架空の事業', '令和5年度', '100', '40', '120', '50'],
  ];

  it('year-named block headers: blocks found through the year, their columns named by place', () => {
    const grid = csvGrid(rows);
    const draft = { ...suggestDraft(grid), name: 'R 付き' };
    expect(draft.blocks).toEqual({
      width: 2,
      skipEmpty: true,
      list: [
        { start: 3, year: { offset: -1 }, kind: '決算', values: 'actual' },
        { start: 5, year: { offset: 0 }, kind: '決算', values: 'actual' },
      ],
    });
    const built = buildProfile(draft, grid, 'user-r');
    expect(built.profile!.money!.fields).toEqual({ project_cost: { blockColumn: 1 }, general_fund: { blockColumn: 2 } });
    expect(figures(grid, built.profile).money).toEqual([
      ['1', 2022, '決算', 100, 40],
      ['1', 2023, '決算', 120, 50],
    ]);
  });

  it('says what is missing, and warns when the file would be known by the five tables’ own headers alone', () => {
    const grid = csvGrid(rows);
    const none = buildProfile(emptyDraft(0), grid, 'user-x');
    expect(none.profile).toBeNull();
    expect(none.problems.map((p) => p.code)).toEqual(['name', 'fiscal-year', 'sheet-no', 'signature']);

    const generic = { ...emptyDraft(0), name: 'x', fiscalYear: { column: 2, era: null }, sheetNo: { column: 0 }, fields: { program: 1 } };
    const built = buildProfile(generic, grid, 'user-x');
    expect(built.problems).toEqual([]);
    const asTable = buildProfile({ ...generic, sheetNo: { rowNumber: true } as const }, grid, 'user-x');
    expect(asTable.profile!.sheet.sheet_no).toEqual({ format: '{#}' });
    expect(asTable.problems).toEqual([{ code: 'generic-signature', severity: 'warning' }]);
    expect(buildProfile({ ...generic, municipality: { name: 'x市', code: '12-34' } }, grid, 'user-x').problems.map((p) => p.code)).toEqual(['municipality-code']);
  });
});

/**
 * 大船渡市's published workbook (../shared/research/realdata/ofunato-R7-jimujigyo-report.xlsx, see its SOURCES.md),
 * dropped as it is: matched to data/profiles/ofunato.json by its header, with no other step. Every expected value
 * below was read off the workbook's cells by hand (row and column given); the file is read from ../shared, never
 * copied into the project. The same workbook saved as Excel's CP932 'CSV' must give the same figures.
 */
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import * as XLSX from '@e965/xlsx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { programCosts } from '../../src/analyses/costs';
import { indicatorResults } from '../../src/analyses/indicators';
import { programScorecard } from '../../src/analyses/programs';
import { prepareAnalyses } from '../../src/analyses/setup';
import { similarPrograms } from '../../src/analyses/similar/similar';
import { readImportProfiles } from '../../src/cli/import-profiles';
import type { Database } from '../../src/db/database';
import { importFiles } from '../../src/import/import-files';
import type { ImportReport, InputFile } from '../../src/import/types';
import { encodeCp932 } from '../../src/sample/encode-text';
import { freshDatabase } from '../support/node-db';

const WORKBOOK = fileURLToPath(new URL('../../../shared/research/realdata/ofunato-R7-jimujigyo-report.xlsx', import.meta.url));
const CITY = '032034';

let db: Database;
let report: ImportReport;

/** The workbook saved by Excel as 'CSV' (CP932): each cell as shown, '?' for what CP932 cannot hold. */
function asExcelCsv(bytes: Uint8Array): InputFile {
  const wb = XLSX.read(bytes, { type: 'array' });
  const csv = XLSX.utils.sheet_to_csv(wb.Sheets[wb.SheetNames[0]!]!, { blankrows: true, strip: false, rawNumbers: false }).replace(/\n/g, '\r\n');
  return { name: 'ofunato-R7.csv', bytes: encodeCp932(csv, '?') };
}

async function one<T>(sql: string, params: (string | number)[] = []): Promise<T> {
  const [row] = await db.run<T>(sql, params);
  return row!;
}

beforeAll(async () => {
  db = await freshDatabase();
  report = await importFiles(db, [{ name: 'ofunato-R7-jimujigyo-report.xlsx', bytes: new Uint8Array(readFileSync(WORKBOOK)) }], {
    profiles: await readImportProfiles(),
  });
  await prepareAnalyses(db, await readFile('data/direction-keywords.csv', 'utf8'));
}, 180_000);
afterAll(() => db.close());

describe('大船渡市: the workbook as it is', () => {
  it('is matched to its profile and loads 407 programs over FY2020–FY2025 (R7 the plan)', async () => {
    expect(report.files).toHaveLength(1);
    expect(report.files[0]).toMatchObject({ kind: 'profile', template: '大船渡市 事務事業評価シート（データ集計マクロ用シート）', format: 'xlsx', rows: 407, rejected: 0 });
    expect(report.files[0]!.findings.filter((f) => f.severity === 'error')).toEqual([]);
    const c = await one<{ programs: number; years: number[]; cities: string[] }>(
      "SELECT count(DISTINCT program_key) AS programs, list(DISTINCT fiscal_year ORDER BY fiscal_year) AS years, list(DISTINCT municipality) AS cities FROM sheets",
    );
    expect(c).toEqual({ programs: 407, years: [2020, 2021, 2022, 2023, 2024, 2025], cities: ['大船渡市'] });
    const kinds = await db.run("SELECT fiscal_year, list(DISTINCT money_kind) AS kinds FROM program_money GROUP BY ALL ORDER BY fiscal_year");
    expect(kinds.map((k) => (k as { kinds: string[] }).kinds)).toEqual([['決算'], ['決算'], ['決算'], ['決算'], ['決算'], ['計画']]);
  });

  it('holds the cells of row 3 (0086 不法投棄対策事業) as written, block by block', async () => {
    const money = await db.run<{ fiscal_year: number; general_fund: number; project_cost: number; personnel_cost: number; total_cost: number; staff: number }>(
      `SELECT fiscal_year, general_fund, project_cost, personnel_cost, total_cost, staff FROM program_money
       WHERE municipality_code = ? AND sheet_no = '1' ORDER BY fiscal_year`,
      [CITY],
    );
    // BX 3089, CC 4209 (block 1: R2); CV 4068 (R3); DO 3913 (R4); EH 3937 (R5); FA 3963 (R6); FT 3948 (R7, plan)
    expect(money.map((m) => m.total_cost)).toEqual([4209, 4068, 3913, 3937, 3963, 3948]);
    expect(money[0]).toEqual({ fiscal_year: 2020, general_fund: 3089, project_cost: 3089, personnel_cost: 1120, total_cost: 4209, staff: 3 });
    const sheet = await one<Record<string, unknown>>(
      "SELECT program_id, program, department, pillar, goal, measure, legal_basis, created_on FROM sheets WHERE sheet_no = '1' AND fiscal_year = 2025",
    );
    expect(sheet).toEqual({
      program_id: '0086',
      program: '不法投棄対策事業',
      department: '市民生活部市民環境課',
      pillar: '自然豊かな環境の保全と創造',
      goal: '廃棄物処理対策の推進',
      measure: '廃棄物の適正処理',
      legal_basis: '廃棄物の処理及び清掃に関する法律',
      created_on: '2025-09-25', // D 7, E 9, F 25: 令和7年9月25日
    });
    // CD "0" and CE "11" are numbers stored as text; CX 23 a number; FU "1" the plan (a target)
    const outputs = await db.run<{ indicator: string; fiscal_year: number; actual: number | null; target: number | null; actual_raw: string | null }>(
      "SELECT indicator, fiscal_year, actual, target, actual_raw FROM outputs WHERE sheet_no = '1' AND indicator_kind = '活動' ORDER BY indicator, fiscal_year",
    );
    expect(outputs.find((o) => o.indicator === '意識啓発事業の回数' && o.fiscal_year === 2020)).toMatchObject({ actual: 0, actual_raw: '0' });
    expect(outputs.find((o) => o.indicator === '啓発看板の設置基数' && o.fiscal_year === 2020)).toMatchObject({ actual: 11 });
    expect(outputs.find((o) => o.indicator === '啓発看板の設置基数' && o.fiscal_year === 2021)).toMatchObject({ actual: 23 });
    expect(outputs.find((o) => o.indicator === '意識啓発事業の回数' && o.fiscal_year === 2025)).toMatchObject({ actual: null, target: 1 });
    const review = await one("SELECT next_direction, next_direction_category, improve_outcome, improve_cost FROM reviews WHERE sheet_no = '1'");
    expect(review).toEqual({ next_direction: '１　現状維持', next_direction_category: '継続', improve_outcome: true, improve_cost: false });
  });

  it('reads `104,602<TAB>` (DU108), a name after a leading U+3000 (I292), and leaves the placeholder `0` names out (BL17)', async () => {
    const du = await one<{ actual: number; actual_raw: string; indicator_kind: string; fiscal_year: number }>(
      "SELECT o.actual, o.actual_raw, o.indicator_kind, o.fiscal_year FROM outputs o JOIN sheets s USING (municipality_key, fiscal_year, sheet_no) WHERE s.source_line = 108 AND o.actual_raw LIKE '104,602%'",
    );
    expect(du).toEqual({ actual: 104602, actual_raw: '104,602\t', indicator_kind: '対象', fiscal_year: 2022 });
    expect(await one("SELECT DISTINCT program FROM sheets WHERE source_line = 292")).toEqual({ program: '農地法等に基づく許認可事務事業' });
    const slots = await db.run("SELECT DISTINCT indicator FROM outputs o JOIN sheets s USING (municipality_key, fiscal_year, sheet_no) WHERE s.source_line = 17 AND o.indicator_kind = '対象'");
    expect(slots.map((s) => (s as { indicator: string }).indicator)).not.toContain('0');
    expect(await one("SELECT count(*) AS n FROM outputs WHERE indicator = '0'")).toEqual({ n: 0 });
  });

  it('keeps 27（4） as written with a warning, never as a figure', async () => {
    const annotated = report.files[0]!.findings.filter((f) => f.message.includes('注記つき'));
    expect(annotated.map((f) => f.raw).sort()).toEqual(['25（5）', '25（5）', '27（4）', '29（4）', '29（4）', '36（1）']);
    expect(annotated.every((f) => f.severity === 'warning' && f.line !== null && /^[A-Z]{2}（/.test(f.column!))).toBe(true);
    expect(await one("SELECT actual, actual_raw FROM outcomes WHERE actual_raw = '27（4）'")).toEqual({ actual: null, actual_raw: '27（4）' });
  });

  it('finds 0658 急傾斜地崩壊対策事業負担金支出事務: project cost 0 every year, personnel cost not', async () => {
    const rows = await db.run<{ fiscal_year: number; project_cost: number; personnel_cost: number }>(
      "SELECT m.fiscal_year, m.project_cost, m.personnel_cost FROM program_money m JOIN sheets s USING (municipality_key, fiscal_year, sheet_no) WHERE s.program_id = '0658' ORDER BY fiscal_year",
    );
    expect(rows.every((r) => r.project_cost === 0)).toBe(true);
    expect(rows.map((r) => r.personnel_cost)).toEqual([40, 40, 40, 40, 0, 0]);
  });

  it('shows an outcome with an actual and no target as 目標値なし, never as a rate; spend from the program-level 決算', async () => {
    const outcomes = await indicatorResults(db, { year: 2024 });
    const measured = outcomes.filter((o) => o.kind === 'outcome' && o.actual !== null);
    expect(measured.length).toBeGreaterThan(200);
    expect(measured.every((o) => o.achievement === null && o.reason === '目標値なし' && o.status === 'not_measured')).toBe(true);
    const [p] = (await programScorecard(db, { year: 2020 })).filter((s) => s.program_id === '0086');
    // no activity states money: the 決算 事業費計 of block 1 is the program's spend
    expect(p).toMatchObject({ municipality: '大船渡市', budget: null, spend: 3089, activities: 0 });
  });
});

describe('大船渡市: the same workbook saved by Excel as CP932 CSV', () => {
  let csvDb: Database;
  let csvReport: ImportReport;
  beforeAll(async () => {
    csvDb = await freshDatabase();
    csvReport = await importFiles(csvDb, [asExcelCsv(new Uint8Array(readFileSync(WORKBOOK)))], { profiles: await readImportProfiles() });
  }, 180_000);
  afterAll(() => csvDb.close());

  it('loads through the same profile with the same figures (the CSV rounds three long decimals the workbook keeps)', async () => {
    expect(csvReport.files[0]).toMatchObject({ kind: 'profile', format: 'csv', encoding: 'shift_jis', rows: 407 });
    // Excel shows and saves 15 significant digits: 2799.4849999999997 (a formula's result in the cell) becomes 2799.485
    const figures = (digits: number) => `SELECT fiscal_year, sheet_no, money_kind, ${['national', 'prefectural', 'bonds', 'other_sources', 'general_fund', 'project_cost', 'staff', 'work_hours', 'personnel_cost', 'total_cost'].map((c) => `round(${c}, ${digits}) AS ${c}`).join(', ')}
                     FROM program_money ORDER BY fiscal_year, sheet_no, money_kind`;
    expect(await csvDb.run(figures(6))).toEqual(await db.run(figures(6)));
    expect(await one("SELECT other_sources FROM program_money WHERE fiscal_year = 2022 AND sheet_no = '126'")).toEqual({ other_sources: 2799.4849999999997 });
    const [csvValue] = await csvDb.run("SELECT other_sources FROM program_money WHERE fiscal_year = 2022 AND sheet_no = '126'");
    expect(csvValue).toEqual({ other_sources: 2799.485 });
    // …and rates computed in the sheet (73.18741450068399) are saved as Excel shows them, to 10 digits (73.1874145)
    const values = `SELECT fiscal_year, sheet_no, indicator_kind, ordinal, target, actual FROM outputs
                    UNION ALL SELECT fiscal_year, sheet_no, indicator_kind, ordinal, target, actual FROM outcomes
                    ORDER BY fiscal_year, sheet_no, indicator_kind, ordinal, target, actual`;
    type V = { target: number | null; actual: number | null };
    const near = (x: number | null, y: number | null) => (x === null || y === null ? x === y : Math.abs(x - y) <= 1e-9 * Math.max(1, Math.abs(x)));
    const [fromCsv, fromBook] = [await csvDb.run<V>(values), await db.run<V>(values)];
    expect(fromCsv.length).toBe(fromBook.length);
    const differ = fromBook.filter((r, i) => !near(r.target, fromCsv[i]!.target) || !near(r.actual, fromCsv[i]!.actual) || JSON.stringify({ ...r, target: 0, actual: 0 }) !== JSON.stringify({ ...fromCsv[i], target: 0, actual: 0 }));
    expect(differ).toEqual([]);
    const rate = "SELECT actual FROM outcomes WHERE fiscal_year = 2020 AND sheet_no = '51' AND indicator LIKE '%認定児童生徒数%'";
    expect(await one(rate)).toEqual({ actual: 73.18741450068399 });
    expect((await csvDb.run(rate))[0]).toEqual({ actual: 73.1874145 });
  });
});

describe('大船渡市: 政策名 as the profile reads them', () => {
  it('reads the variants of one policy as one pillar (the map rule), leading spaces gone', async () => {
    const pillars = (await db.run<{ pillar: string }>('SELECT DISTINCT pillar FROM sheets ORDER BY pillar')).map((r) => r.pillar);
    // 16 spellings in the workbook; 政策番号 04 keeps its two names (生活環境・都市環境) as written
    expect(pillars).toHaveLength(9);
    expect(pillars).toContain('豊かな心を育む人づくりの推進');
    expect(pillars).not.toContain('豊かな心をはぐくむ人づくりの推進');
  });
});

describe('大船渡市: トータルコスト and similar programs (strategy analyses)', () => {
  /** Row 2's headers and the rows 3–409 of the workbook's one sheet, as the cells hold them (index = column: A = 0). */
  function workbookRows(): { header: unknown[]; rows: unknown[][] } {
    const wb = XLSX.read(new Uint8Array(readFileSync(WORKBOOK)), { type: 'array' });
    const ws = wb.Sheets[wb.SheetNames[0]!]!;
    const last = XLSX.utils.decode_range(ws['!ref']!).e.c;
    const row = (r: number) => Array.from({ length: last + 1 }, (_, c) => (ws[XLSX.utils.encode_cell({ r, c })] as { v?: unknown } | undefined)?.v ?? null);
    return { header: row(1), rows: Array.from({ length: 407 }, (_, i) => row(i + 2)) };
  }

  it('gives every FY2024 program the total cost of its cells (トータルコスト of the fifth year block, R6)', async () => {
    const { header, rows } = workbookRows();
    const totals = header.flatMap((h, i) => (h === 'トータルコスト(A)＋(B)' ? [i] : []));
    expect(totals).toHaveLength(6);
    const id = header.indexOf('事務事業ID');
    // the fifth block is 令和6年度 (the evaluation year 令和7 less one); column FA (index 156) for row 3's 3,963
    expect(totals[4]).toBe(XLSX.utils.decode_col('FA'));
    const cells = new Map(rows.map((r) => [String(r[id]), r[totals[4]!]]));
    const costs = await programCosts(db, { year: 2024 });
    const ids = await db.run<{ program_key: string; program_id: string }>('SELECT DISTINCT program_key, program_id FROM current_sheets WHERE fiscal_year = 2024');
    const idOf = new Map(ids.map((r) => [r.program_key, r.program_id]));
    expect(costs).toHaveLength(403);
    for (const c of costs) {
      const cell = cells.get(idOf.get(c.program_key!)!);
      expect(c.total_cost, `${c.program} (${idOf.get(c.program_key!)})`).toBe(Number(String(cell).replace(/,/g, '')));
    }
    // and it is 事業費計 + 人件費計, e.g. 0086 不法投棄対策事業: 2,843 + 1,120 = 3,963
    expect(costs.find((c) => c.program === '不法投棄対策事業')).toMatchObject({ project_cost: 2843, personnel_cost: 1120, total_cost: 3963, money_kind: '決算' });
  });

  it('lists similar programs for every program (FY2024 and the plan year FY2025)', async () => {
    for (const year of [2024, 2025]) {
      const sheets = await db.run<{ program_key: string }>('SELECT DISTINCT program_key FROM current_sheets WHERE fiscal_year = ?', [year]);
      const similar = await similarPrograms(db, { year });
      const listed = new Set(similar.map((s) => s.program_key));
      expect(sheets.filter((s) => !listed.has(s.program_key)), String(year)).toEqual([]);
      expect(similar.every((s) => s.other_program_key !== s.program_key && s.rank >= 1 && s.rank <= 5)).toBe(true);
    }
  });
});

import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFormTemplates } from '../../src/cli/form-templates';
import type { Database } from '../../src/db/database';
import type { FormTemplate } from '../../src/import/forms/template';
import { importFiles } from '../../src/import/import-files';
import type { ImportReport, InputFile } from '../../src/import/types';
import { freshDatabase, readFolder, resetDatabase } from '../support/node-db';
import { SEED_FORM_PATH, seedCp932Csv, seedFormBytes, seedHtml, seedUtf16ShiftedTsv, seedXlsx } from '../support/seed-forms';

// The real sheet No.124 (常総市, 令和6年度) as the city publishes it — a form, not a table — imported as it is, and
// compared with the same sheet typed by hand into the five tables (test/fixtures/seed-tables). Figures are read off
// ../shared/seed/sheet-124-R6.txt by hand.
let db: Database;
let templates: FormTemplate[];

const PROVENANCE = ['import_id', 'source_file', 'source_line', 'row_hash'];
const ORDER: Record<string, string> = {
  sheets: 'sheet_no',
  activities: 'activity_no',
  outputs: 'activity_key, indicator_key, ordinal',
  outcomes: 'indicator_key, ordinal',
  reviews: 'sheet_no',
};

async function tableRows(table: string, exclude: string[] = []): Promise<Record<string, unknown>[]> {
  return db.run(`SELECT * EXCLUDE (${[...PROVENANCE, ...exclude].join(', ')}) FROM ${table} ORDER BY ${ORDER[table]}`);
}

/** The five tables after importing `files` into an empty database. */
async function imported(files: InputFile[], exclude: Record<string, string[]> = {}) {
  await resetDatabase(db);
  const report = await importFiles(db, files, { templates });
  const rows: Record<string, Record<string, unknown>[]> = {};
  for (const t of Object.keys(ORDER)) rows[t] = await tableRows(t, exclude[t] ?? []);
  return { report, rows };
}

const seedFile = (): InputFile => ({ name: 'sheet-124-R6.txt', bytes: seedFormBytes() });
// The hand-made outputs table has no 活動No column; the form knows each indicator's activity by position.
// Box cells: the form's raw text is the whole cell (`<input checked="" type="checkbox"/> 活動`), the table's the mark.
const FORM_ONLY = { outputs: ['activity_no'], reviews: ['improve_cost_raw', 'improve_activity_raw', 'improve_outcome_raw', 'improve_other_raw'] };

let reference: Record<string, Record<string, unknown>[]>;
let seed: { report: ImportReport; rows: Record<string, Record<string, unknown>[]> };

beforeAll(async () => {
  db = await freshDatabase();
  templates = await readFormTemplates();
  reference = (await imported(await readFolder('test/fixtures/seed-tables'), FORM_ONLY)).rows;
  seed = await imported([seedFile()], FORM_ONLY);
});
afterAll(() => db.close());

describe('the seed form ../shared/seed/sheet-124-R6.txt, as it is', () => {
  it('is committed unchanged as data/seed/sheet-124-R6.txt', () => {
    expect(readFileSync('data/seed/sheet-124-R6.txt').equals(readFileSync(SEED_FORM_PATH))).toBe(true);
  });

  it('is read as a form of the 常総市 template, FY2024 sheet 124, with no finding', () => {
    const [file] = seed.report.files;
    expect(seed.report.files).toHaveLength(1);
    expect(file).toMatchObject({ kind: 'form', template: '常総市 事務事業点検シート（実施計画 兼 まちづくり達成状況報告書）', fiscalYear: 2024, sheetNo: '124', format: 'tsv' });
    expect(file!.findings).toEqual([]);
    // 1 sheet + 5 activities + 8 outputs + 3 outcomes + 1 review, and the four `千円 千円` rows skipped as blank.
    expect(file).toMatchObject({ loaded: 18, blank: 4 + 2 });
  });

  it('equals the hand-made tables in every field and figure', () => {
    for (const table of Object.keys(ORDER)) expect(seed.rows[table], table).toEqual(reference[table]);
    expect(reference.outputs).toHaveLength(8);
  });

  it('gives each continuation row to the activity above it', async () => {
    const rows = await db.run<{ activity_no: number; activity: string; indicator: string; target: number; next_target: number | null }>(
      'SELECT activity_no, activity, indicator, target, next_target FROM outputs ORDER BY source_line',
    );
    expect(rows.map((r) => [r.activity_no, r.indicator, r.target, r.next_target])).toEqual([
      [1, '提携先企業・団体', 1, 1],
      [2, '参加人数', 40, 40],
      [3, '取組数', 5, 5],
      [3, '活動回数', 5, 5],
      [4, '取組回数', 1, 1],
      [4, '取組回数', 2, 1],
      [5, '取組回数', 3, null],
      [5, '取組回数', 3, null],
    ]);
    expect(rows.find((r) => r.indicator === '活動回数')!.activity).toBe('水海道一高附属中・総合的探究');
    expect(rows.filter((r) => r.indicator === '取組回数' && r.activity_no === 4).map((r) => r.activity)).toEqual(['水海道第二高等学校・総合的探究', '水海道第二高等学校・総合的探究']);
  });

  it('reads 転出者数 R9年度 2,700人 against 3,083人, and the boxes コスト ☐ 活動 ☑ 成果 ☑ その他 ☐', async () => {
    const [out] = await db.run("SELECT target, target_year, unit, actual, target_raw, actual_raw FROM outcomes WHERE indicator = '転出者数'");
    expect(out).toEqual({ target: 2700, target_year: 2027, unit: '人', actual: 3083, target_raw: 'R9年度 2,700人', actual_raw: '3,083人' });
    const [review] = await db.run('SELECT improve_cost, improve_activity, improve_outcome, improve_other, improve_activity_raw FROM reviews');
    expect(review).toEqual({ improve_cost: false, improve_activity: true, improve_outcome: true, improve_other: false, improve_activity_raw: '<input checked="" type="checkbox"/> 活動' });
  });

  it('doubles nothing when the same form comes again, or as CSV and as xlsx too', async () => {
    const again = await importFiles(db, [seedFile(), seedCp932Csv(), await seedXlsx()], { templates });
    expect(again.files.map((f) => [f.loaded, f.alreadyImported])).toEqual([[0, 18], [0, 18], [0, 18]]);
    expect(await tableRows('outputs', FORM_ONLY.outputs)).toEqual(reference.outputs);
  });
});

describe('the same form as a clerk or a website writes it', () => {
  // Shift_JIS cannot hold — or ☑/☐: a CP932 file writes ― and ■/□, which read the same (dashes are 'none').
  const variants: [string, () => Promise<InputFile> | InputFile, string][] = [
    ['Excel CSV in CP932', seedCp932Csv, 'csv'],
    ['Unicode text (UTF-16 TSV), shifted one column, blank rows added', seedUtf16ShiftedTsv, 'tsv'],
    ['an .xlsx worksheet with merged cells and typed numbers', seedXlsx, 'xlsx'],
    ['an HTML page with tables, rowspan and real tick boxes', seedHtml, 'html'],
  ];
  for (const [label, make, format] of variants) {
    it(`reads ${label} to the same rows`, async () => {
      // The one difference allowed: a CP932 file's ― where the sheet wrote — (both read as 'none').
      const raw = { ...FORM_ONLY, outputs: [...FORM_ONLY.outputs, 'next_target_raw'] };
      const { report, rows } = await imported([await make()], raw);
      expect(report.files).toHaveLength(1);
      expect(report.files[0]).toMatchObject({ kind: 'form', fiscalYear: 2024, sheetNo: '124', format, loaded: 18 });
      expect(report.files[0]!.findings).toEqual([]);
      const expected = (await imported(await readFolder('test/fixtures/seed-tables'), raw)).rows;
      for (const table of Object.keys(ORDER)) expect(rows[table], `${label}: ${table}`).toEqual(expected[table]);
    });
  }
});

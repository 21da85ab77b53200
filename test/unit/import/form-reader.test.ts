import { zipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { readFormTemplates } from '../../../src/cli/form-templates';
import { loadFormTemplate, TemplateError } from '../../../src/import/forms/load-template';
import type { FormTemplate } from '../../../src/import/forms/template';
import { parseFiles } from '../../../src/import/import-files';
import type { ParsedUnit } from '../../../src/import/parsed-unit';
import type { InputFile } from '../../../src/import/types';
import { formTsvText, formWorkbook } from '../../../src/sample/form-files';
import { seedFormBytes, seedRows, seedSheet } from '../../support/seed-forms';

// The form reader without a database: where it finds each field, what it says when a label is missing or a value
// cannot be read, and the inputs a city sends (.xls, .ods, zips, label variants, files that are no form at all).
let templates: FormTemplate[];
beforeAll(async () => {
  templates = await readFormTemplates();
});

const utf8 = (name: string, text: string): InputFile => ({ name, bytes: new TextEncoder().encode(text) });
const parse = (files: InputFile[]) => parseFiles(files, { templates });
const seedText = () => new TextDecoder().decode(seedFormBytes());
const records = (u: ParsedUnit, table: string) => (u.records as Record<string, Record<string, unknown>[] | undefined>)[table] ?? [];

/** The seed's rows as TSV text after `edit` (rows as cells), for variants made in the test. */
function editedSeed(edit: (rows: string[][]) => void): string {
  const rows = seedRows();
  edit(rows);
  return formTsvText({ name: 'x', rows, merges: [] });
}

describe('fields found by label and section, not by position', () => {
  it('reads label variants from the header aliases (担当課 for 課等名, 大綱 for 施策の大綱, シート番号 for シートNo.)', async () => {
    const text = seedText().replace('課等名: 常創戦略課', '担当課：常創戦略課').replace('\t施策の大綱\t', '\t大綱\t').replace('シート No.: 124', 'シート番号 124');
    const [u] = await parse([utf8('variant.txt', text)]);
    expect(u!.report.findings).toEqual([]);
    expect(records(u!, 'sheets')[0]).toMatchObject({ department: '常創戦略課', pillar: 'VII行財政運営の効率化', sheet_no: '124' });
  });

  it('names the label looked for and where, when a label is missing (a warning: the rest still loads)', async () => {
    const text = editedSeed((rows) => {
      const r = rows.find((row) => row[1] === '施策の大綱')!;
      r[1] = '分野';
    });
    const [u] = await parse([utf8('no-pillar.txt', text)]);
    const f = u!.report.findings.find((x) => x.expected?.includes('施策の大綱'));
    expect(f).toMatchObject({ severity: 'warning', column: null, expected: '「施策の大綱」または「大綱」' });
    expect(f!.message).toMatch(/「施策の大綱」が見つかりません（区切り「① 総合計画上の位置付けと事務事業の背景・目的と目標」の中（9〜\d+行目）を探しました）/);
    expect(records(u!, 'sheets')[0]).toMatchObject({ pillar: null, program: '教育機関・民間企業との連携事業' });
    expect(records(u!, 'outputs')).toHaveLength(8);
  });

  it('reports an unreadable value at its cell (line, Excel column, label), keeping the raw text', async () => {
    const text = seedText().replace('作成日: 2025.5/16', '作成日: 2025.13/45');
    const [u] = await parse([utf8('bad-date.txt', text)]);
    const f = u!.report.findings.find((x) => x.raw === '2025.13/45');
    expect(f).toMatchObject({ line: 7, column: 'A（作成日）', severity: 'error' });
    expect(records(u!, 'sheets')[0]).toMatchObject({ created_on: null, created_on_raw: '2025.13/45' });
  });

  it('takes an invisible character out of a form value, with a warning at its cell', async () => {
    const [u] = await parse([utf8('zwsp.txt', seedText().replace('教育機関・民間企業との連携事業', '教育機関・民間企業との\u200B連携事業'))]);
    expect(records(u!, 'sheets')[0]).toMatchObject({ program: '教育機関・民間企業との連携事業' });
    const f = u!.report.findings.find((x) => x.message.includes('U+200B'));
    expect(f).toMatchObject({ severity: 'warning', line: 16, column: 'B（事務事業名）' });
  });

  it('loads nothing of a sheet without its sheet number, and says which label it looked for', async () => {
    const [u] = await parse([utf8('no-no.txt', seedText().replace('シート No.: 124 作成日: 2025.5/16', '作成日: 2025.5/16'))]);
    expect(u!.report.findings.filter((f) => f.severity === 'error').map((f) => f.expected)).toEqual(['「シートno.」または「シートno」または「シート番号」']);
    expect(u!.records).toEqual({});
  });

  it('reads a box standing in the cell beside its label, and says so when a box is missing', async () => {
    const text = editedSeed((rows) => {
      const r = rows.find((row) => row[1]?.includes('コスト'))!;
      r.splice(1, 4, '□', 'コスト', '■', '活動', '成果', '', '☐', 'その他');
    });
    const [u] = await parse([utf8('boxes.txt', text)]);
    expect(records(u!, 'reviews')[0]).toMatchObject({ improve_cost: false, improve_activity: true, improve_outcome: null, improve_other: false });
    expect(u!.report.findings.map((f) => f.message)).toEqual(['「成果」のチェック欄（☑/☐）が見つかりません。不明として扱います']);
  });
});

describe('inputs', () => {
  it('reads the seed as an .xls (BIFF8) and an .ods worksheet to the same rows as the text', async () => {
    const [text] = await parse([{ name: 'seed.txt', bytes: seedFormBytes() }]);
    for (const bookType of ['xls', 'ods'] as const) {
      const [u] = await parse([{ name: `seed.${bookType}`, bytes: await formWorkbook([seedSheet()], bookType) }]);
      expect(u!.report).toMatchObject({ kind: 'form', format: bookType, fiscalYear: 2024, sheetNo: '124', findings: [] });
      for (const t of ['sheets', 'activities', 'outputs', 'outcomes']) {
        // SheetJS CE writes .ods cells without their number format: that file itself shows `0` and `3083`, not `0 千円` and
        // `3,083人`; the values are the same.
        const strip = (rows: Record<string, unknown>[]) =>
          rows.map(({ source_file: _f, source_line: _l, row_hash: _h, budget_raw: _b, spend_raw: _s, actual_raw: _a, ...r }) => r);
        expect(strip(records(u!, t)), `${bookType} ${t}`).toEqual(strip(records(text!, t)));
      }
    }
  });

  it('opens a zip of forms, member by member, and reads a workbook of several sheets sheet by sheet', async () => {
    const book = await formWorkbook([seedSheet('No.124'), { ...seedSheet('表紙'), rows: [['令和6年度 点検シート綴り'], ['常創戦略課']] }]);
    const zip = zipSync({ 'R6/124.txt': seedFormBytes(), 'R6/book.xlsx': book, '__MACOSX/._124.txt': new Uint8Array([0]) });
    const units = await parse([{ name: 'sheets.zip', bytes: zip }]);
    expect(units.map((u) => [u.report.file, u.report.kind])).toEqual([
      ['sheets.zip/R6/124.txt', 'form'],
      ['sheets.zip/R6/book.xlsx#No.124', 'form'],
      ['sheets.zip/R6/book.xlsx#表紙', null],
    ]);
    // the cover sheet of a workbook whose other sheet was read: a warning, not an error
    expect(units[2]!.report.findings.map((f) => f.severity)).toEqual(['warning']);
    expect(units[2]!.report.sheet).toBe('表紙');
  });

  it('names a file no table or template matches, with what was tried', async () => {
    const units = await parse([
      utf8('memo.txt', '令和6年度 打合せメモ\n\n① 日時\n② 出席者\n'),
      utf8('data.json', '{"事業名": "x"}'),
      { name: 'sheet.pdf', bytes: new TextEncoder().encode('%PDF-1.4\n') },
    ]);
    const messages = units.map((u) => u.report.findings[0]!.message);
    expect(messages[0]).toContain('ヘッダー行がどの表');
    expect(messages[0]).toContain('点検シートの様式とも一致しません: 常総市 事務事業点検シート（実施計画 兼 まちづくり達成状況報告書）（区切りの見出し 0/3、見出し 「事務事業名」 なし）');
    expect(units.map((u) => u.report.format)).toEqual(['tsv', 'json', 'pdf'].map((f, i) => (i === 0 ? 'csv' : f)));
    expect(messages[1]).toContain('JSON');
    expect(messages[2]).toContain('PDF');
  });
});

describe('templates are data, checked when loaded', () => {
  it('every template in data/forms validates', () => {
    expect(templates.map((t) => t.id)).toContain('joso-tenken');
  });

  it('a bad template is refused with its file and the place of the mistake', () => {
    const bad = { ...templates[0]!, fields: [{ to: 'sheets.colour' }] };
    expect(() => loadFormTemplate(bad, 'data/forms/bad.json')).toThrow(TemplateError);
    expect(() => loadFormTemplate(bad, 'data/forms/bad.json')).toThrow(/data\/forms\/bad\.json.*\/fields\/0\/to/);
    const unknownSection = { ...templates[0]!, tables: [{ section: 'budget', rows: 'outcomes', header: ['outcomes.indicator'] }] };
    expect(() => loadFormTemplate(unknownSection, 'x.json')).toThrow('区切り「budget」は sections にありません');
  });
});

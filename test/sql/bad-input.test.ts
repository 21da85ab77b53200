import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database';
import { importFiles } from '../../src/import/import-files';
import type { FileReport, Finding, InputFile } from '../../src/import/types';
import { count, file, freshDatabase, resetDatabase, setOrphansAside } from '../support/node-db';

// Bad input: each case names its expected findings and checks that every valid row still loaded.
let db: Database;
beforeAll(async () => {
  db = await freshDatabase();
});
afterAll(() => db.close());
beforeEach(() => resetDatabase(db));

/** A valid companion file imported alongside every bad one: its 2 rows must always load. */
const VALID = file('valid-sheets.csv', '年度,シートNo,事務事業名,課等名\r\n2024,1,健康診査事業,健康増進課\r\n2024,2,図書館運営事業,生涯学習課\r\n', { bom: true });

async function importWithValid(...bad: InputFile[]): Promise<Record<string, FileReport>> {
  // The bad files here are about their cells, not about their sheets: the orphan warning is set aside.
  const report = setOrphansAside(await importFiles(db, [VALID, ...bad]));
  const valid = report.files.find((f) => f.file === VALID.name)!;
  expect(valid.loaded).toBe(2);
  expect(valid.findings).toEqual([]);
  return Object.fromEntries(report.files.map((f) => [f.file, f]));
}

const pick = (f: Finding) => ({ line: f.line, column: f.column, raw: f.raw, severity: f.severity });
const OUTCOMES_HEADER = '年度,シートNo,指標名,目標値,実績値\r\n';

describe('files that are not CSV exports', () => {
  it('rejects an empty file', async () => {
    const r = await importWithValid({ name: 'empty.csv', bytes: new Uint8Array() });
    expect(r['empty.csv']!.findings.map((f) => f.severity)).toEqual(['error']);
    expect(r['empty.csv']!.findings[0]!.message).toContain('空');
  });

  it('rejects a binary file', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    const r = await importWithValid({ name: 'chart.png', bytes: png });
    expect(r['chart.png']!.table).toBeNull();
    expect(r['chart.png']!.findings[0]!.message).toContain('バイナリ');
  });

  it('names a broken workbook (a zip cut short) as a file it cannot open', async () => {
    const xlsx = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00]);
    const r = await importWithValid({ name: 'book.xlsx', bytes: xlsx });
    expect(r['book.xlsx']!.findings.map((f) => f.severity)).toEqual(['error']);
    expect(r['book.xlsx']!.findings[0]!.message).toContain('ファイルを開けません');
  });

  it('rejects a header that matches no table, naming the headers it read', async () => {
    const r = await importWithValid(file('members.csv', '氏名,住所,電話番号\r\n山田,常総市,0297\r\n'));
    expect(r['members.csv']!.table).toBeNull();
    expect(r['members.csv']!.findings[0]!.message).toContain('「氏名」');
    expect(r['members.csv']!.findings[0]!.line).toBe(1);
  });

  it('rejects a file without its key column シートNo', async () => {
    const r = await importWithValid(file('no-key.csv', '年度,事務事業名,課等名\r\n2024,健康診査事業,健康増進課\r\n'));
    expect(r['no-key.csv']!.table).toBeNull();
  });

  it('rejects a file with neither a 年度 column nor a year in its headers', async () => {
    const r = await importWithValid(file('no-year.csv', 'シートNo,事務事業名\r\n1,健康診査事業\r\n'));
    expect(r['no-year.csv']!.table).toBe('sheets');
    expect(r['no-year.csv']!.findings.map((f) => f.severity)).toEqual(['error']);
    expect(r['no-year.csv']!.findings[0]!.message).toContain('年度');
  });
});

describe('rows without keys', () => {
  it('quarantines rows whose keys are missing, keeps the others', async () => {
    const text = OUTCOMES_HEADER + '2024,10,利用者数,100,90\r\n,10,満足度,80,85\r\n2024,,相談件数,50,40\r\n2024,11,参加者数,30,31\r\n';
    const r = await importWithValid(file('outcomes.csv', text));
    expect(r['outcomes.csv']!).toMatchObject({ rows: 4, loaded: 2, rejected: 2 });
    expect(r['outcomes.csv']!.findings.map(pick)).toEqual([
      { line: 3, column: '年度', raw: null, severity: 'error' },
      { line: 4, column: 'シートNo', raw: null, severity: 'error' },
    ]);
    const quarantined = await db.run<{ source_line: number; raw_cells: string }>('SELECT source_line, raw_cells FROM rejected_rows ORDER BY source_line');
    expect(quarantined).toEqual([
      { source_line: 3, raw_cells: JSON.stringify(['', '10', '満足度', '80', '85']) },
      { source_line: 4, raw_cells: JSON.stringify(['2024', '', '相談件数', '50', '40']) },
    ]);
  });

  it('quarantines a row whose year cannot be read', async () => {
    const r = await importWithValid(file('outcomes.csv', OUTCOMES_HEADER + 'ほげ年度,10,利用者数,100,90\r\n2024,10,満足度,80,85\r\n'));
    expect(r['outcomes.csv']!).toMatchObject({ loaded: 1, rejected: 1 });
    const first = r['outcomes.csv']!.findings[0]!;
    expect(pick(first)).toEqual({ line: 2, column: '年度', raw: 'ほげ年度', severity: 'error' });
  });
});

describe('cells that fit no form', () => {
  it('keeps an unparseable number as raw text with a null value and an error finding', async () => {
    const r = await importWithValid(file('outcomes.csv', OUTCOMES_HEADER + '2024,10,利用者数,12-3,90\r\n'));
    expect(r['outcomes.csv']!.loaded).toBe(1);
    expect(r['outcomes.csv']!.findings.map(pick)).toEqual([{ line: 2, column: '目標値', raw: '12-3', severity: 'error' }]);
    expect(await db.run('SELECT target, target_raw, actual FROM outcomes')).toEqual([{ target: null, target_raw: '12-3', actual: 90 }]);
  });

  it('treats words in a figure cell as not measured, with a warning', async () => {
    const r = await importWithValid(file('outcomes.csv', OUTCOMES_HEADER + '2024,10,利用者数,100,集計中\r\n2024,10,満足度,把握,調査未実施\r\n'));
    expect(r['outcomes.csv']!.findings.map(pick)).toEqual([
      { line: 2, column: '実績値', raw: '集計中', severity: 'warning' },
      { line: 3, column: '目標値', raw: '把握', severity: 'warning' },
      { line: 3, column: '実績値', raw: '調査未実施', severity: 'warning' },
    ]);
    expect(await db.run('SELECT actual, actual_raw FROM outcomes ORDER BY source_line')).toEqual([
      { actual: null, actual_raw: '集計中' },
      { actual: null, actual_raw: '調査未実施' },
    ]);
  });

  it('reports an impossible date and keeps the row', async () => {
    const r = await importWithValid(file('s.csv', '年度,シートNo,事務事業名,作成日\r\n2024,9,防災訓練事業,2025/02/30\r\n'));
    expect(r['s.csv']!.findings.map(pick)).toEqual([{ line: 2, column: '作成日', raw: '2025/02/30', severity: 'error' }]);
    expect(await db.run('SELECT created_on, created_on_raw FROM sheets WHERE sheet_no = ?', ['9'])).toEqual([{ created_on: null, created_on_raw: '2025/02/30' }]);
  });

  it('reports an unreadable checkbox', async () => {
    const r = await importWithValid(file('r.csv', '年度,シートNo,コスト,活動,成果,その他\r\n2024,1,☑,たぶん,☐,☐\r\n'));
    expect(r['r.csv']!.findings.map(pick)).toEqual([{ line: 2, column: '活動', raw: 'たぶん', severity: 'error' }]);
    expect(await db.run('SELECT improve_cost, improve_activity, improve_activity_raw FROM reviews')).toEqual([
      { improve_cost: true, improve_activity: null, improve_activity_raw: 'たぶん' },
    ]);
  });

  it('reports an unknown direction', async () => {
    const r = await importWithValid(file('o.csv', '年度,シートNo,指標名,目標値,実績値,方向\r\n2024,3,事故件数,10,12,ななめ\r\n'));
    expect(r['o.csv']!.findings.map(pick)).toEqual([{ line: 2, column: '方向', raw: 'ななめ', severity: 'error' }]);
  });

  it('reports money in an unknown unit', async () => {
    const r = await importWithValid(file('a.csv', '年度,シートNo,活動名・事業名,予算額,決算額\r\n2024,1,講座開催,12ドル,0\r\n'));
    expect(r['a.csv']!.findings.map(pick)).toEqual([{ line: 2, column: '予算額', raw: '12ドル', severity: 'error' }]);
    expect(await db.run('SELECT budget, spend FROM activities')).toEqual([{ budget: null, spend: 0 }]);
  });

  it('converts money from a header in 円 to 千円', async () => {
    await importWithValid(file('a.csv', '年度,シートNo,活動名・事業名,予算額（円）,決算額（円）\r\n2024,1,講座開催,"1,200,000","987,000"\r\n'));
    expect(await db.run('SELECT budget, spend FROM activities')).toEqual([{ budget: 1200, spend: 987 }]);
  });

  it('warns when a target year column contradicts the year inside the target', async () => {
    const r = await importWithValid(file('o.csv', '年度,シートNo,指標名,目標値,目標年度,実績値\r\n2024,3,転出者数,R9年度 2700,R8,3083\r\n'));
    expect(r['o.csv']!.findings.map((f) => [f.severity, f.column])).toEqual([['warning', '目標年度']]);
    expect(await db.run('SELECT target_year FROM outcomes')).toEqual([{ target_year: 2027 }]);
  });
});

describe('CSV structure', () => {
  it('counts line numbers across quoted line breaks', async () => {
    const text = '年度,シートNo,事務事業名,事務事業の背景・目的,作成日\r\n2024,31,A事業,"一行目\r\n二行目\r\n三行目",2025/5/16\r\n2024,32,B事業,短い,いつか\r\n';
    const r = await importWithValid(file('s.csv', text));
    expect(r['s.csv']!.findings.map(pick)).toEqual([{ line: 5, column: '作成日', raw: 'いつか', severity: 'error' }]);
    expect(await db.run("SELECT background FROM sheets WHERE sheet_no = '31'")).toEqual([{ background: '一行目\n二行目\n三行目' }]);
  });

  it('reads LF-only files like CRLF files', async () => {
    const r = await importWithValid(file('lf.csv', OUTCOMES_HEADER.replace('\r\n', '\n') + '2024,1,利用者数,100,90\n2024,1,満足度,80,85\n'));
    expect(r['lf.csv']!).toMatchObject({ loaded: 2, blank: 0, findings: [] });
  });

  it('strips a UTF-8 BOM so the first header still matches', async () => {
    const r = await importWithValid(file('bom.csv', OUTCOMES_HEADER + '2024,1,利用者数,100,90\r\n', { bom: true }));
    expect(r['bom.csv']!).toMatchObject({ encoding: 'utf-8-bom', table: 'outcomes', loaded: 1 });
  });

  it('reports an unterminated quote with its line', async () => {
    const r = await importWithValid(file('q.csv', OUTCOMES_HEADER + '2024,1,利用者数,100,90\r\n2024,1,"満足度,80,85\r\n'));
    const errors = r['q.csv']!.findings.filter((f) => f.message.includes('引用符'));
    expect(errors.map((f) => f.line)).toEqual([3]);
    expect(await db.run("SELECT indicator FROM outcomes WHERE indicator = '利用者数'")).toEqual([{ indicator: '利用者数' }]);
  });

  it('skips and counts blank rows (including rows of bare 千円 cells) without findings', async () => {
    const text = '年度,シートNo,活動名・事業名,予算額,決算額\r\n2024,1,講座開催,0 千円,0 千円\r\n,,,千円,千円\r\n,,,,\r\n\r\n2024,1,相談会,100,90\r\n';
    const r = await importWithValid(file('a.csv', text));
    expect(r['a.csv']!).toMatchObject({ rows: 5, loaded: 2, blank: 3, rejected: 0, findings: [] });
  });

  it('finds the header under a title row', async () => {
    const r = await importWithValid(file('t.csv', '令和6年度 成果指標一覧,,,,\r\n' + OUTCOMES_HEADER + '2024,1,利用者数,100,90\r\n'));
    expect(r['t.csv']!).toMatchObject({ table: 'outcomes', loaded: 1 });
    expect((await db.run('SELECT source_line FROM outcomes'))).toEqual([{ source_line: 3 }]);
  });

  it('reads no figure of a row wider than the others (cells may be shifted), and keeps the row', async () => {
    const r = await importWithValid(file('x.csv', OUTCOMES_HEADER + '2024,1,利用者数,100,90,余計な値\r\n2024,2,満足度,80,85\r\n'));
    expect(r['x.csv']!.findings.map(pick)).toEqual([
      { line: 2, column: null, raw: '余計な値', severity: 'error' },
      { line: 2, column: '目標値', raw: '100', severity: 'error' },
      { line: 2, column: '実績値', raw: '90', severity: 'error' },
    ]);
    expect(r['x.csv']!.loaded).toBe(2);
    expect(await db.run('SELECT indicator, target, target_raw, actual FROM outcomes ORDER BY source_line')).toEqual([
      { indicator: '利用者数', target: null, target_raw: '100', actual: null },
      { indicator: '満足度', target: 80, target_raw: '80', actual: 85 },
    ]);
  });

  it('an unquoted 1,200,1,150 gives errors on budget and spend, not budget 1 and spend 200', async () => {
    const r = await importWithValid(file('a.csv', '年度,シートNo,活動名・事業名,予算額,決算額\r\n2024,1,講座開催,1,200,1,150\r\n'));
    expect(r['a.csv']!.findings.map((f) => [f.severity, f.column])).toEqual([['error', null], ['error', '予算額'], ['error', '決算額']]);
    expect(await db.run('SELECT budget, budget_raw, spend, spend_raw FROM activities')).toEqual([{ budget: null, budget_raw: '1', spend: null, spend_raw: '200' }]);
  });

  it('a column the header leaves unnamed (Excel pads the header line) is no shift: a warning only', async () => {
    const r = await importWithValid(file('u.csv', '年度,シートNo,指標名,目標値,実績値,\r\n2024,1,利用者数,100,90,メモ\r\n2024,2,満足度,80,85,\r\n'));
    expect(r['u.csv']!.findings.map(pick)).toEqual([{ line: 2, column: null, raw: 'メモ', severity: 'warning' }]);
    expect(await db.run('SELECT target, actual FROM outcomes ORDER BY source_line')).toEqual([{ target: 100, actual: 90 }, { target: 80, actual: 85 }]);
  });

  it('warns about a second column with the same meaning', async () => {
    const r = await importWithValid(file('d.csv', '年度,シートNo,指標名,目標値,実績値,実績\r\n2024,1,利用者数,100,90,95\r\n'));
    expect(r['d.csv']!.findings.map((f) => [f.severity, f.column])).toEqual([['warning', '実績']]);
    expect(await db.run('SELECT actual FROM outcomes')).toEqual([{ actual: 90 }]);
  });
});

describe('encodings', () => {
  it('decodes Shift_JIS (CP932 characters ①, 髙, ～) with a full-width space in a header', async () => {
    const bytes = new Uint8Array(await readFile('test/fixtures/bad/shift-jis-header-with-fullwidth-space.csv'));
    // The trap: every byte string is "valid" Latin-1; a detector that tries it would show mojibake.
    expect(new TextDecoder('latin1').decode(bytes)).not.toContain('事業');
    const r = await importWithValid({ name: 'sjis.csv', bytes });
    expect(r['sjis.csv']!).toMatchObject({ encoding: 'shift_jis', table: 'sheets', loaded: 2, findings: [] });
    expect(await db.run("SELECT fiscal_year, program, department, pillar FROM sheets WHERE sheet_no IN ('201', '202') ORDER BY sheet_no")).toEqual([
      { fiscal_year: 2024, program: '髙橋記念館①管理事業', department: '生涯学習課', pillar: 'Ⅱ　教育・文化' },
      { fiscal_year: 2024, program: 'ふるさと～まつり支援事業', department: '商工観光課', pillar: 'Ⅳ　産業' },
    ]);
  });

  it("reads Excel's UTF-16LE 'Unicode text' (tab-separated)", async () => {
    const bytes = new Uint8Array(await readFile('test/fixtures/bad/utf16le-outcomes.txt'));
    const r = await importWithValid({ name: 'u16.txt', bytes });
    expect(r['u16.txt']!).toMatchObject({ encoding: 'utf-16le', table: 'outcomes', loaded: 2, findings: [] });
    expect(await db.run('SELECT indicator, target, actual, unit FROM outcomes ORDER BY source_line')).toEqual([
      { indicator: '図書館の利用者数', target: 50000, actual: 48200, unit: '人' },
      { indicator: '転出者数', target: 2500, actual: 2380, unit: '人' },
    ]);
  });
});

describe('untrusted text', () => {
  it('keeps <script> and HTML verbatim as text', async () => {
    const name = '<script>alert(1)</script><img src=x onerror=alert(2)>';
    await importWithValid(file('x.csv', `年度,シートNo,事務事業名\r\n2024,7,"${name}"\r\n`));
    expect(await db.run("SELECT program FROM sheets WHERE sheet_no = '7'")).toEqual([{ program: name }]);
  });

  it('keeps a 1 MB cell intact', async () => {
    const big = 'あ'.repeat(1024 * 1024);
    const r = await importWithValid(file('big.csv', `年度,シートNo,事務事業名,事務事業の背景・目的\r\n2024,8,大きなセル,"${big}"\r\n`));
    expect(r['big.csv']!.loaded).toBe(1);
    expect(await db.run("SELECT length(background) AS n FROM sheets WHERE sheet_no = '8'")).toEqual([{ n: 1024 * 1024 }]);
  });
});

describe('duplicates', () => {
  it('importing the same file twice doubles no figure', async () => {
    const f = file('o.csv', OUTCOMES_HEADER + '2024,1,利用者数,100,90\r\n2024,1,利用者数,100,90\r\n');
    await importWithValid(f);
    expect(await count(db, 'outcomes')).toBe(2); // identical rows within one file are both kept (same-named indicators)
    const again = await importFiles(db, [f, VALID]);
    expect(again.files.map((x) => [x.loaded, x.alreadyImported])).toEqual([[0, 2], [0, 2]]);
    expect(await count(db, 'outcomes')).toBe(2);
    expect(await count(db, 'sheets')).toBe(2);
    expect(await db.run('SELECT sum(actual) AS s FROM outcomes')).toEqual([{ s: 180 }]);
  });

  it('keeps two different rows with the same key and reports the later one', async () => {
    const r = await importWithValid(file('dup.csv', '年度,シートNo,事務事業名\r\n2024,1,健康診査事業（修正版）\r\n'));
    expect(r['dup.csv']!.findings.map(pick)).toEqual([{ line: 2, column: null, raw: '年度 2024 / シートNo 1', severity: 'warning' }]);
    expect(r['dup.csv']!.findings[0]!.message).toContain('valid-sheets.csv 2行目');
    expect(await count(db, 'sheets')).toBe(3);
  });
});

describe('scale', () => {
  it('loads a 100,000-row file completely', async () => {
    const rows = Array.from({ length: 100_000 }, (_, i) => `2024,${Math.floor(i / 3) + 1},指標${i % 3},"${(i % 500) * 10}",${i % 700}人`);
    const r = await importWithValid(file('big-outcomes.csv', OUTCOMES_HEADER + rows.join('\r\n') + '\r\n'));
    expect(r['big-outcomes.csv']!).toMatchObject({ rows: 100_000, loaded: 100_000, rejected: 0, findings: [] });
    expect(await db.run('SELECT count(*) AS n, sum(actual) AS s FROM outcomes')).toEqual([
      { n: 100_000, s: Array.from({ length: 100_000 }, (_, i) => i % 700).reduce((a, b) => a + b, 0) },
    ]);
  });
});

describe('re-exports', () => {
  it('a re-export that only writes figures and years differently doubles nothing', async () => {
    await importWithValid(file('o.csv', OUTCOMES_HEADER + '令和6年度,1,利用者数,"1,000",―\r\n'));
    const again = await importFiles(db, [file('o2.csv', '年度,シートNo,指標名,目標値,実績値\r\nR6,1,利用者数,1000,—\r\n')]);
    expect(again.files[0]!).toMatchObject({ loaded: 0, alreadyImported: 1 });
    expect(await count(db, 'outcomes')).toBe(1);
  });
});

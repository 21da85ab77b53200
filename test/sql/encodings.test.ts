import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database';
import { importFiles } from '../../src/import/import-files';
import type { InputFile } from '../../src/import/types';
import { freshDatabase, NOT_ORPHAN_SQL, resetDatabase, setOrphansAside } from '../support/node-db';

// Files in encodings that were misread (EUC-JP as Shift_JIS, UTF-16 without BOM as binary) or that a single bad
// byte turned into mojibake: every valid row loads, and each undecodable byte is a finding with its line.
let db: Database;
beforeAll(async () => {
  db = await freshDatabase();
});
afterAll(() => db.close());
beforeEach(() => resetDatabase(db));

const fixture = async (name: string): Promise<InputFile> => ({ name, bytes: new Uint8Array(await readFile(`test/fixtures/encodings/${name}`)) });
const enc = new TextEncoder();

describe('import in every encoding', () => {
  it.each([
    ['outcomes-euc-jp.csv', 'euc-jp'],
    ['outcomes-iso-2022-jp.csv', 'iso-2022-jp'],
    ['outcomes-utf16be.txt', 'utf-16be'],
    ['outcomes-utf16le-nobom.txt', 'utf-16le'],
  ])('%s loads as %s with its figures', async (name, encoding) => {
    const report = setOrphansAside(await importFiles(db, [await fixture(name)]));
    expect(report.files[0]).toMatchObject({ encoding, table: 'outcomes', loaded: 2, findings: [] });
    expect(await db.run('SELECT fiscal_year, sheet_no, target, actual, unit FROM outcomes ORDER BY source_line')).toEqual([
      { fiscal_year: 2024, sheet_no: '124', target: 2700, actual: 3083, unit: '人' },
      { fiscal_year: 2024, sheet_no: '125', target: 80, actual: 85.5, unit: '%' },
    ]);
  });
});

describe('a UTF-8 file with one invalid byte', () => {
  it('stays UTF-8: the header matches, every row loads, the byte is an error finding with its line', async () => {
    const head = enc.encode('年度,シートNo,指標名,目標値,実績値\r\n2024,1,利用者数,100,90\r\n2024,2,満足');
    const tail = enc.encode('度,80,85\r\n2024,3,相談件数,50,40\r\n');
    const bytes = new Uint8Array([...head, 0x93, ...tail]);
    const report = setOrphansAside(await importFiles(db, [{ name: 'one-bad-byte.csv', bytes }]));
    expect(report.files[0]).toMatchObject({ encoding: 'utf-8', table: 'outcomes', loaded: 3 });
    expect(report.files[0]!.findings.map((f) => [f.line, f.raw, f.severity])).toEqual([[3, '0x93', 'error']]);
    expect(report.files[0]!.findings[0]!.message).toContain('3行目 10文字目に UTF-8 として読めないバイト');
    expect(await db.run('SELECT indicator, target FROM outcomes ORDER BY source_line')).toEqual([
      { indicator: '利用者数', target: 100 },
      { indicator: '満足\ufffd度', target: 80 },
      { indicator: '相談件数', target: 50 },
    ]);
    expect(await db.run(`SELECT line, severity FROM findings WHERE file = 'one-bad-byte.csv' AND ${NOT_ORPHAN_SQL}`)).toEqual([{ line: 3, severity: 'error' }]);
  });
});

/**
 * A user's imported tables kept between visits as CREATE statements and CSV (src/db/table-dump.ts): read back into
 * a fresh database they equal the originals row for row — texts with quotes, line breaks, tabs, full-width spaces,
 * '' apart from NULL, long decimals, timestamps — and the analyses give the same figures, on both engines.
 */
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAllAnalyses } from '../../src/analyses/all';
import { prepareAnalyses } from '../../src/analyses/setup';
import type { Database } from '../../src/db/database';
import { dumpTables, restoreTables, type TableDump } from '../../src/db/table-dump';
import { IMPORTED_TABLES } from '../../src/import/types';
import { importFiles } from '../../src/import/import-files';
import { count, file, freshDatabase, readFolder } from '../support/node-db';

// Values a CSV round trip could bend: quotes and commas, a line break inside a cell, '' beside a missing value,
// a full-width space and a tab, a decimal with 17 significant digits, and a row the import rejects (no シートNo).
const AWKWARD_SHEETS = `年度,シートNo,事務事業名,課等名,施策の大綱
令和6年度,901,"名前に ""引用符"", カンマ
と改行",\u3000総務課\t,
令和6年度,,シートNoのない行,企画課,I 子育て
`;
const AWKWARD_ACTIVITIES = `年度,シートNo,活動No,活動名・事業名,R6 予算額,R6 決算額
令和6年度,901,1,端数のある活動,"2,799.4849999999997千円",1234.5
`;

describe('table dump', () => {
  let original: Database;
  let restored: Database;
  let dumps: TableDump[];
  const keywords = () => readFile('data/direction-keywords.csv', 'utf8');

  beforeAll(async () => {
    original = await freshDatabase();
    await importFiles(original, await readFolder('test/fixtures/seed-tables'));
    await importFiles(original, [file('awkward-sheets.csv', AWKWARD_SHEETS), file('awkward-activities.csv', AWKWARD_ACTIVITIES)]);
    dumps = await dumpTables(original, IMPORTED_TABLES);
    restored = await freshDatabase();
    await restoreTables(restored, dumps);
  });
  afterAll(async () => {
    await original?.close();
    await restored?.close();
  });

  it('keeps every imported table that exists, with its rows, the findings and the rejected rows among them', async () => {
    const names = dumps.map((d) => d.name);
    expect(names).toEqual(expect.arrayContaining(['sheets', 'activities', 'outcomes', 'imports', 'import_files', 'findings', 'rejected_rows']));
    for (const name of names) {
      expect(await count(restored, name), name).toBe(await count(original, name));
    }
    expect(await count(restored, 'rejected_rows')).toBeGreaterThan(0);
  });

  it('gives back the same columns, types and values, row for row (duplicates counted)', async () => {
    for (const dump of dumps) {
      const describeTable = (db: Database) =>
        db.run(`SELECT column_name, data_type, is_nullable FROM duckdb_columns() WHERE table_name = $1 ORDER BY column_index`, [dump.name]);
      expect(await describeTable(restored), dump.name).toEqual(await describeTable(original));
      // the same rows on each side: compared as values, since the two tables live in two databases
      const rows = async (db: Database) => (await db.run(`SELECT * FROM ${dump.name}`)).map((r) => JSON.stringify(r)).sort();
      expect(await rows(restored), dump.name).toEqual(await rows(original));
    }
  });

  it('keeps the awkward texts exactly, and NULL apart from the empty text', async () => {
    const [sheet] = await restored.run<{ program: string; department: string; pillar: string | null }>(
      `SELECT program, department, pillar FROM sheets WHERE sheet_no = '901'`,
    );
    expect(sheet!.program).toBe('名前に "引用符", カンマ\nと改行');
    expect(sheet!.department).toBe((await original.run<{ d: string }>(`SELECT department AS d FROM sheets WHERE sheet_no = '901'`))[0]!.d);
    const [money] = await restored.run<{ budget: number }>(`SELECT budget FROM activities WHERE sheet_no = '901'`);
    expect(money!.budget).toBe(2799.4849999999997);
    const nulls = async (db: Database) => (await db.run<{ n: number }>(`SELECT count(*) AS n FROM findings WHERE raw IS NULL`))[0]!.n;
    const empties = async (db: Database) => (await db.run<{ n: number }>(`SELECT count(*) AS n FROM findings WHERE raw = ''`))[0]!.n;
    expect(await nulls(restored)).toBe(await nulls(original));
    expect(await empties(restored)).toBe(await empties(original));
  });

  it('the analyses prepared on the restored tables give the figures of the original', async () => {
    const text = await keywords();
    await prepareAnalyses(original, text);
    await prepareAnalyses(restored, text);
    expect(await runAllAnalyses(restored, { year: 2024 })).toEqual(await runAllAnalyses(original, { year: 2024 }));
  });
});

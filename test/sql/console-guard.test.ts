/**
 * The SQL console cannot damage the imported data: on real DuckDB-WASM (Node) with the sample imported and analysed,
 * every kind of write is refused (or, past the guard, undone by the rollback), the tables' contents are identical
 * afterwards, and the reading statements and the examples built from the analyses' SQL all work.
 */
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activityCosts, programBudgets } from '../../src/analyses/activities';
import { indicatorResults } from '../../src/analyses/indicators';
import { policyRollup } from '../../src/analyses/policy';
import { programScorecard, underperformers } from '../../src/analyses/programs';
import { prepareAnalyses } from '../../src/analyses/setup';
import { consoleExamples } from '../../src/console/examples';
import { runRolledBack, startConsoleQuery, type ConsoleOutcome } from '../../src/console/run-query';
import { readSchema } from '../../src/console/schema';
import type { ConsoleConnection, Database } from '../../src/db/database';
import { importFiles } from '../../src/import/import-files';
import { freshDatabase, readFolder } from '../support/node-db';

let db: Database;
let conn: ConsoleConnection;
let before: Record<string, string>;
const YEAR = 2024;

/** Each table's row count and a digest of its full contents, read on the app's own connection. */
async function snapshot(): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const t of ['sheets', 'activities', 'outcomes', 'victim']) {
    const [r] = await db.run<{ n: number; digest: string }>(`SELECT count(*) AS n, md5(coalesce(string_agg(t::VARCHAR, '|' ORDER BY t::VARCHAR), '')) AS digest FROM ${t} AS t`);
    out[t] = `${r!.n}:${r!.digest}`;
  }
  const [s] = await db.run<{ autoload: boolean; seq: number }>("SELECT current_setting('autoload_known_extensions') AS autoload, currval('victim_seq') AS seq");
  out.settings = JSON.stringify(s);
  return out;
}

const run = (sql: string): Promise<ConsoleOutcome> => startConsoleQuery(conn, sql).done;

beforeAll(async () => {
  db = await freshDatabase();
  await importFiles(db, await readFolder('data/sample'));
  await prepareAnalyses(db, await readFile('data/direction-keywords.csv', 'utf8'));
  await db.exec("CREATE TABLE victim AS SELECT range AS id, 'row ' || range AS label FROM range(5); CREATE SEQUENCE victim_seq; SELECT nextval('victim_seq');");
  conn = await db.openConsole();
  before = await snapshot();
  expect(before.sheets).toMatch(/^[1-9]\d*:/);
});
afterAll(async () => {
  await conn.close();
  await db.close();
});

describe('the console refuses every write, in Japanese', () => {
  const refused: [string, string][] = [
    ['DROP TABLE', 'DROP TABLE victim'],
    ['DROP an imported table', 'DROP TABLE sheets'],
    ['DELETE', 'DELETE FROM sheets'],
    ['UPDATE', "UPDATE sheets SET program = 'x'"],
    ['INSERT', 'INSERT INTO victim VALUES (99, \'x\')'],
    ['CREATE', 'CREATE TABLE evil AS SELECT 1'],
    ['CREATE OR REPLACE over an imported table', 'CREATE OR REPLACE TABLE sheets AS SELECT 1 AS x'],
    ['ALTER', 'ALTER TABLE victim RENAME TO gone'],
    ['TRUNCATE', 'TRUNCATE victim'],
    ['ATTACH', "ATTACH ':memory:' AS other"],
    ['DETACH', 'DETACH other'],
    ['COPY TO', "COPY sheets TO 'out.csv'"],
    ['COPY as a query', "COPY (SELECT * FROM sheets) TO 'out.csv'"],
    ['EXPORT DATABASE', "EXPORT DATABASE 'x'"],
    ['SET', 'SET autoload_known_extensions = true'],
    ['SET GLOBAL', 'SET GLOBAL autoinstall_known_extensions = true'],
    ['RESET', 'RESET autoload_known_extensions'],
    ['PRAGMA that changes a setting', 'PRAGMA enable_profiling'],
    ['INSTALL', 'INSTALL httpfs'],
    ['LOAD', 'LOAD httpfs'],
    ['CHECKPOINT', 'CHECKPOINT'],
    ['CALL', 'CALL checkpoint()'],
    ['two statements', 'SELECT 1; DROP TABLE victim'],
    ['two statements, the second a select', 'SELECT 1; SELECT 2'],
    ['a CTE ending in DELETE', 'WITH x AS (SELECT 1) DELETE FROM victim'],
    ['a CTE ending in INSERT', 'WITH x AS (SELECT 1 AS id) INSERT INTO victim SELECT id, \'x\' FROM x'],
    ['EXPLAIN ANALYZE DELETE', 'EXPLAIN ANALYZE DELETE FROM victim'],
    ['EXPLAIN ANALYSE (British)', 'EXPLAIN ANALYSE DELETE FROM victim'],
    ['a block comment before DROP', '/* just a comment */ DROP TABLE victim'],
    ['a nested block comment before DROP', '/* a /* nested */ comment */ DROP TABLE victim'],
    ['a line comment before DROP', '-- x\nDROP TABLE victim'],
    ['a comment inside the keyword run', 'SELECT 1 /* ; */; /* x */ DROP TABLE victim'],
    ['BEGIN', 'BEGIN TRANSACTION'],
    ['COMMIT', 'COMMIT'],
    ['ROLLBACK', 'ROLLBACK'],
    ['nextval', "SELECT nextval('victim_seq')"],
    ['setval', "SELECT setval('victim_seq', 100)"],
    ['a URL', "SELECT * FROM read_csv('https://example.com/x.csv')"],
    ['a URL as a table', "FROM 'http://example.com/data.csv'"],
    ['USE', 'USE other'],
    ['VACUUM', 'VACUUM'],
    ['empty', '  -- nothing\n'],
  ];
  it.each(refused)('%s', async (_, sql) => {
    const outcome = await run(sql);
    expect(outcome.kind, JSON.stringify(outcome)).toBe('refused');
    if (outcome.kind === 'refused') expect(outcome.reason).toMatch(/[ぁ-んァ-ヶ一-龥]/);
  });

  it('query() inside a SELECT is refused by DuckDB itself', async () => {
    const outcome = await run("SELECT * FROM query('DROP TABLE victim')");
    expect(outcome.kind).toBe('error');
  });

  it('past the guard, the rollback undoes a write (the last lock on its own)', async () => {
    const deleted = await runRolledBack(conn, 'DELETE FROM victim', 10);
    expect(deleted.values[0]).toEqual([5]);
    await runRolledBack(conn, 'DROP TABLE sheets', 10);
    await runRolledBack(conn, 'WITH x AS (SELECT 1) DELETE FROM activities', 10);
    await runRolledBack(conn, "UPDATE outcomes SET indicator = '<改ざん>'", 10);
    await runRolledBack(conn, 'CREATE OR REPLACE TABLE current_sheets AS SELECT 1 AS x', 10);
    expect(await snapshot()).toEqual(before);
  });

  it('leaves every table, sequence and setting exactly as it was', async () => {
    expect(await snapshot()).toEqual(before);
  });
});

describe('the console reads', () => {
  const allowed: [string, string, number | null][] = [
    ['SELECT', 'SELECT count(*) AS n FROM sheets', 1],
    ['a CTE', 'WITH s AS (SELECT * FROM sheets WHERE fiscal_year = 2024) SELECT count(*) AS n FROM s', 1],
    ['FROM first', 'FROM victim LIMIT 2', 2],
    ['VALUES', 'VALUES (1, \'a\'), (2, \'b\')', 2],
    ['TABLE', 'TABLE victim', 5],
    ['DESCRIBE', 'DESCRIBE sheets', null],
    ['SUMMARIZE', 'SUMMARIZE victim', 2],
    ['SHOW TABLES', 'SHOW TABLES', null],
    ['EXPLAIN', 'EXPLAIN SELECT * FROM sheets', null],
    ['PRAGMA table_info', "PRAGMA table_info('victim')", 2],
    ['a trailing semicolon', 'SELECT 1 AS one;', 1],
    ['a keyword inside a string', "SELECT 'DROP TABLE victim; DELETE' AS s", 1],
    ['a keyword as a quoted name', 'SELECT 1 AS "delete", 2 AS "update"', 1],
    ['a parenthesised select', '(SELECT 1 AS x)', 1],
    ['a leading comment', '-- 件数\nSELECT 1 AS x', 1],
    ['the scorecard macro', 'SELECT * FROM program_scorecard(0.8, 0.7) WHERE fiscal_year = 2024', null],
  ];
  it.each(allowed)('%s', async (_, sql, rows) => {
    const outcome = await run(sql);
    expect(outcome.kind, JSON.stringify(outcome)).toBe('result');
    if (outcome.kind === 'result' && rows !== null) expect(outcome.result.rowCount).toBe(rows);
  });

  it('counts what the app counts', async () => {
    const outcome = await run('SELECT count(*) AS n FROM sheets WHERE fiscal_year = 2024');
    const [expected] = await db.run<{ n: number }>('SELECT count(*) AS n FROM sheets WHERE fiscal_year = 2024');
    expect(outcome.kind === 'result' && outcome.result.values).toEqual([[expected!.n]]);
  });

  it('shows an error with the position DuckDB reports', async () => {
    const sql = 'SELECT fiscal_year,\n       nope\nFROM sheets';
    const outcome = await run(sql);
    expect(outcome.kind).toBe('error');
    if (outcome.kind !== 'error') return;
    expect(outcome.message).toMatch(/nope/);
    expect(sql.slice(outcome.range!.from, outcome.range!.to)).toBe('nope');
  });

  it('keeps at most maxRows rows and says it cut', async () => {
    const outcome = await startConsoleQuery(conn, 'SELECT * FROM range(5000)', 1000).done;
    expect(outcome.kind === 'result' && [outcome.result.rowCount, outcome.result.truncated, outcome.result.values[0]![999]]).toEqual([1000, true, 999]);
    expect((await run('SELECT 1 AS x')).kind).toBe('result');
  });
});

describe('the examples are the analyses’ own SQL and give the analyses’ rows', () => {
  it('each example runs and matches its analysis', async () => {
    const scope = { year: YEAR };
    const expected: Record<string, number> = {
      scorecard: (await programScorecard(db, scope)).length,
      underperformers: (await underperformers(db, scope)).length,
      indicators: (await indicatorResults(db, scope)).length,
      'zero-cost': (await activityCosts(db, scope)).filter((a) => a.cost_case === 'zero_cost').length,
      budget: (await programBudgets(db, scope)).length,
      policy: (await policyRollup(db, scope)).length,
    };
    for (const example of consoleExamples(YEAR)) {
      const outcome = await run(example.sql);
      expect(outcome.kind, `${example.id}: ${JSON.stringify(outcome)}`).toBe('result');
      if (outcome.kind !== 'result') continue;
      expect(outcome.result.rowCount, example.id).toBeGreaterThan(0);
      if (example.id in expected) expect(outcome.result.rowCount, example.id).toBe(expected[example.id]);
    }
    expect(consoleExamples(YEAR)[0]!.sql).toContain('FROM program_scorecard(0.8, 0.7)\nWHERE fiscal_year = 2024');
  });

  it('the schema lists the imported tables, the analysis tables and the macros with their columns', async () => {
    const schema = await readSchema(db);
    const sheets = schema.find((o) => o.name === 'sheets');
    expect(sheets?.group).toBe('imported');
    expect(sheets?.columns.map((c) => c.name)).toContain('program');
    expect(schema.find((o) => o.name === 'program_base')?.group).toBe('analysis');
    expect(schema.find((o) => o.name === 'program_scorecard')).toMatchObject({ group: 'macro', parameters: ['near_threshold', 'under_threshold'] });
  });
});

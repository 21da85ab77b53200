import { describe, expect, it } from 'vitest';
import { checkConsoleSql } from '../../../src/console/guard';
import { lexSql } from '../../../src/console/sql-lexer';

const ok = (sql: string) => checkConsoleSql(sql).ok;

describe('lexSql: words outside comments and strings, and the number of statements', () => {
  it('skips line, block and nested block comments, strings and quoted names', () => {
    const { words, strings, statements } = lexSql(`-- DROP\nSELECT /* a /* DELETE */ b */ 'x;DROP' AS "update", $$DROP$$, E'it\\'s; DROP' FROM t;`);
    expect(words.map((w) => w.word)).toEqual(['SELECT', 'AS', 'FROM', 'T']);
    expect(strings).toEqual(['x;DROP', 'DROP', "it's; DROP"]);
    expect(statements).toBe(1);
  });

  it('counts statements: trailing and empty ones do not count', () => {
    expect(lexSql('SELECT 1;').statements).toBe(1);
    expect(lexSql('SELECT 1;;  ;').statements).toBe(1);
    expect(lexSql('SELECT 1; SELECT 2').statements).toBe(2);
    expect(lexSql('SELECT 1; -- x').statements).toBe(1);
    expect(lexSql('SELECT 1; /* x */ DROP TABLE t').statements).toBe(2);
  });

  it('a doubled quote stays inside the string', () => {
    expect(lexSql("SELECT 'it''s; DROP'").strings).toEqual(["it's; DROP"]);
  });
});

describe('checkConsoleSql: the keyword policy', () => {
  it('lets reading statements through', () => {
    for (const sql of ['SELECT 1', 'with x as (select 1) select * from x', 'FROM sheets', 'VALUES (1)', 'TABLE sheets', 'DESCRIBE sheets', 'SHOW TABLES', 'SUMMARIZE sheets', 'EXPLAIN SELECT 1', "PRAGMA table_info('sheets')", '(SELECT 1)', '/* note */ SELECT 1', 'SELECT 1 AS "drop"']) {
      expect(ok(sql), sql).toBe(true);
    }
  });

  it('refuses writes, settings and several statements, hidden or not', () => {
    for (const sql of ['DROP TABLE x', '/* */ DROP TABLE x', '-- x\nDROP TABLE x', 'with x as (select 1) delete from t', 'EXPLAIN ANALYZE DELETE FROM t', 'SELECT 1; DROP TABLE x', 'SET threads = 1', 'PRAGMA enable_profiling', "SELECT nextval('s')", "SELECT * FROM 'https://example.com/a.csv'", 'BEGIN', 'COMMIT', 'ATTACH \'x\'', 'COPY t TO \'x\'', 'INSTALL httpfs', 'LOAD httpfs', '']) {
      expect(ok(sql), sql).toBe(false);
    }
  });

  it('explains a refusal in Japanese, naming the word', () => {
    const v = checkConsoleSql('-- harmless\nDROP TABLE sheets');
    expect(v.ok === false && v.reason).toMatch(/「DROP」.*読み取り専用/);
  });
});

import { describe, expect, it } from 'vitest';
import { charIndexAtWidth, errorRange } from '../../../src/console/error-position';

// Messages as DuckDB-WASM 1.32 (DuckDB 1.4.3) writes them, copied from real runs.
const mark = (sql: string, message: string) => {
  const r = errorRange(message, sql);
  return r && sql.slice(r.from, r.to);
};

describe('errorRange: where DuckDB’s caret points, in the user’s text', () => {
  it('a binder error on the first line', () => {
    expect(mark('SELECT nope FROM t', 'Binder Error: Referenced column "nope" not found in FROM clause!\nCandidate bindings: "i"\n\nLINE 1: SELECT nope FROM t\n               ^')).toBe('nope');
  });

  it('a later line', () => {
    const sql = 'SELECT i,\n  nope + 1 FROM t';
    expect(mark(sql, 'Binder Error: Referenced column "nope" not found in FROM clause!\n\nLINE 2:   nope + 1 FROM t\n          ^')).toBe('nope');
  });

  it('Japanese text before the error: the caret counts two columns per wide character', () => {
    const sql = "SELECT '日本語テキスト' AS 名前, nope FROM range(3)";
    const message = `Binder Error: x\n\nLINE 1: SELECT '日本語テキスト' AS 名前, nope FROM range(3)\n${' '.repeat(41)}^`;
    expect(mark(sql, message)).toBe('nope');
  });

  it('a long line shown cut with "..." in front', () => {
    const sql = 'SELECT ' + 'a_very_long_column_expression + '.repeat(8) + ' 1 FROM range(3) WHERE bogus = 1';
    const message = 'Binder Error: Referenced column "bogus" not found in FROM clause!\n\nLINE 1: ... + a_very_long_column_expression +  1 FROM range(3) WHERE bogus = 1\n' + ' '.repeat(69) + '^';
    expect(mark(sql, message)).toBe('bogus');
  });

  it('a parser error (message repeated) marks the first place', () => {
    const message = 'Parser Error: syntax error at or near "t"\n\nLINE 1: SELECT * FORM t\n                      ^\n\nLINE 1: SELECT * FORM t\n                      ^';
    expect(mark('SELECT * FORM t', message)).toBe('t');
  });

  it('no position in the message: nothing to mark', () => {
    expect(errorRange('Catalog Error: Table with name x does not exist!', 'SELECT * FROM x')).toBeNull();
  });

  it('charIndexAtWidth counts wide characters twice', () => {
    expect(charIndexAtWidth('名前ab', 4)).toBe(2);
    expect(charIndexAtWidth('ab', 1)).toBe(1);
    expect(charIndexAtWidth('ｱｲ', 2)).toBe(2); // half-width kana are narrow
  });
});

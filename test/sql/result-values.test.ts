/**
 * What DuckDB's result types become in JavaScript (src/db/plain-rows.ts; src/db/native.ts on the native engine): every layer above
 * — analyses, console, exports — relies on these shapes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database';
import { freshDatabase } from '../support/node-db';

let db: Database;
beforeAll(async () => {
  db = await freshDatabase();
});
afterAll(() => db?.close());

describe('result values', () => {
  it('BIGINT, HUGEINT and DECIMAL arrive as numbers (JSON-safe)', async () => {
    const [r] = await db.run("SELECT count(*) AS n, sum(range) AS s, CAST('12.34' AS DECIMAL(10, 2)) AS d FROM range(10)");
    expect(r).toEqual({ n: 10, s: 45, d: 12.34 });
    expect(() => JSON.stringify(r)).not.toThrow();
  });

  it('DATE as YYYY-MM-DD; TIMESTAMP as DuckDB writes it, without a zone (ours hold local wall-clock time)', async () => {
    const [r] = await db.run("SELECT DATE '2026-11-27' AS d, TIMESTAMP '2026-11-27 17:05:09' AS a, TIMESTAMP '2026-11-27 17:05:09.25' AS b");
    expect(r).toEqual({ d: '2026-11-27', a: '2026-11-27 17:05:09', b: '2026-11-27 17:05:09.250' });
  });

  it('NULL stays null, lists stay lists', async () => {
    const [r] = await db.run("SELECT NULL AS x, ['a', 'b'] AS l");
    expect(r).toEqual({ x: null, l: ['a', 'b'] });
  });
});

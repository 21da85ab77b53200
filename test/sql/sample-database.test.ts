/**
 * The bundled sample as the build makes it (scripts/build-sample.ts: native DuckDB writes generated/sample.duckdb and
 * the first screen's figures) holds exactly what the browser's own import would: opened on DuckDB-WASM the way the
 * page opens it (a registered buffer, src/db/snapshot.ts), it equals an import and preparation of data/sample on the
 * same DuckDB-WASM, table by table and row for row; its macros are the same; and each figure the build computed is
 * the one the wasm computes from the loaded file under the same query.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSample, prepareSample, readSampleFiles } from '../../scripts/build-sample';
import type { Database } from '../../src/db/database';
import { loadSnapshot } from '../../src/db/snapshot';
import { firstScreenQueries, type SampleManifest } from '../../src/queries/sample-figures';
import { freshDatabase } from '../support/node-db';

const NOW = '2026-12-01 09:00:00';

describe('the sample database built at npm run build', () => {
  let dir: string;
  let manifest: SampleManifest;
  let imported: Database; // DuckDB-WASM: data/sample imported and prepared, as a cold visit did before
  let loaded: Database; // DuckDB-WASM: the built file loaded, as a cold visit does now
  let bytes: Uint8Array;
  let report: unknown;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'seika-sample-'));
    [, imported, loaded] = await Promise.all([buildSample(dir, NOW), freshDatabase('wasm'), freshDatabase('wasm')]);
    manifest = JSON.parse(await readFile(path.join(dir, 'sample.json'), 'utf8')) as SampleManifest;
    report = await prepareSample(imported, readSampleFiles(), NOW);
    bytes = new Uint8Array(await readFile(path.join(dir, 'sample.duckdb')));
    await loaded.registerBuffer('sample.duckdb', bytes.slice());
    await loadSnapshot(loaded, 'sample.duckdb');
    // the same file attached beside the import, so one engine compares the two with SQL
    await imported.registerBuffer('built.duckdb', bytes.slice());
    await imported.exec("ATTACH 'built.duckdb' AS built (READ_ONLY)");
  }, 240_000); // a build, two DuckDB-WASM starts and an import: ~40 s on a loaded 2-core machine
  afterAll(async () => {
    await imported?.close();
    await loaded?.close();
    await rm(dir, { recursive: true, force: true });
  });

  const tables = (db: Database, catalog: string) =>
    db.run<{ name: string }>(`SELECT table_name AS name FROM duckdb_tables() WHERE database_name = '${catalog}' ORDER BY 1`).then((r) => r.map((x) => x.name));

  it('has the same tables, with the same columns and types, as the import and preparation', async () => {
    const names = await tables(imported, 'memory');
    expect(names).toEqual(expect.arrayContaining(['sheets', 'activities', 'outputs', 'outcomes', 'reviews', 'imports', 'findings', 'indicator_rated', 'program_base']));
    expect(await tables(imported, 'built')).toEqual(names);
    expect(await tables(loaded, 'memory')).toEqual(names);
    for (const t of names) {
      const describe = (catalog: string) => imported.run(`DESCRIBE ${catalog}.main.${t}`);
      expect(await describe('built'), t).toEqual(await describe('memory'));
    }
  });

  it('holds the same rows in every table, row for row (duplicates counted)', async () => {
    for (const t of await tables(imported, 'memory')) {
      const [r] = await imported.run<{ n: number; only_imported: number; only_built: number }>(
        `SELECT (SELECT count(*) FROM memory.main.${t}) AS n,
                (SELECT count(*) FROM (FROM memory.main.${t} EXCEPT ALL FROM built.main.${t})) AS only_imported,
                (SELECT count(*) FROM (FROM built.main.${t} EXCEPT ALL FROM memory.main.${t})) AS only_built`,
      );
      expect({ t, ...r }).toEqual({ t, n: r!.n, only_imported: 0, only_built: 0 });
      const [l] = await loaded.run<{ n: number }>(`SELECT count(*) AS n FROM ${t}`);
      expect({ t, n: l!.n }).toEqual({ t, n: r!.n });
    }
    const [sheets] = await imported.run<{ n: number }>('SELECT count(*) AS n FROM built.main.sheets');
    expect(sheets!.n).toBeGreaterThan(100); // not two empty tables
  });

  it('carries the analyses’ macros with the same definitions', async () => {
    // DuckDB prints an EXCLUDE list from a hash set: its order says nothing, so it is sorted before comparing
    const sortedExcludes = (sql: string) => sql.replace(/EXCLUDE \(([^)]*)\)/g, (_, list: string) => `EXCLUDE (${list.split(', ').sort().join(', ')})`);
    const macros = async (db: Database, catalog: string) =>
      (
        await db.run<{ function_name: string; macro_definition: string }>(`SELECT function_name, function_type, parameters, macro_definition FROM duckdb_functions()
              WHERE database_name = '${catalog}' AND NOT internal AND function_type IN ('macro', 'table_macro') ORDER BY 1`)
      ).map((m) => ({ ...m, macro_definition: sortedExcludes(m.macro_definition) }));
    const own = await macros(imported, 'memory');
    expect(own.map((m) => m.function_name)).toEqual(['indicator_results', 'program_scorecard']);
    expect(await macros(imported, 'built')).toEqual(own);
    expect(await macros(loaded, 'memory')).toEqual(own);
  });

  it('the first screen’s figures computed at build time are those DuckDB-WASM computes from the file', async () => {
    const [{ year }] = (await loaded.run<{ year: number }>('SELECT max(fiscal_year) AS year FROM current_sheets')) as [{ year: number }];
    const queries = firstScreenQueries({ db: loaded, version: null }, year);
    expect(manifest.figures.map((f) => f.key)).toEqual(queries.map((q) => q.queryKey.slice(0, 3)));
    for (const [i, q] of queries.entries()) {
      const data = await (q.queryFn as () => Promise<unknown>)();
      expect(manifest.figures[i]!.data, String(q.queryKey[1])).toEqual(data);
    }
    expect(manifest.report).toEqual(report);
  });
});

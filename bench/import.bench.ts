/**
 * npm run bench:import — whole import (decode + parse + normalise + load) vs DuckDB's own read_csv of the same rows
 * already normalised (the floor), at scale 1 and 10. Medians of several runs in one process; the machine is shared.
 * `--json`: one JSON document per run: per scale `ratio`, `rowsPerSec`, `peakRssMB` (the process's peak so far: scale 10
 * runs after scale 1 and dominates it), the medians and the input size.
 */
import { insertFromCsvSql, toCsvText } from '../src/db/bulk-insert';
import { openNodeDatabase } from '../src/db/node';
import type { Database } from '../src/db/database';
import { importFiles, parseFiles } from '../src/import/import-files';
import { DB_COLUMNS } from '../src/import/schema';
import { TABLE_NAMES } from '../src/import/types';
import { cityFiles } from './city-files';
import { emitJson, round, say } from './report';
import { mb, median, ms, timed } from './stats';

const RUNS: Record<number, number> = { 1: 5, 10: 3 };

async function dropAll(db: Database) {
  for (const t of [...TABLE_NAMES, 'imports', 'import_files', 'findings', 'rejected_rows']) await db.exec(`DROP TABLE IF EXISTS ${t}`);
}

async function benchScale(db: Database, scale: number) {
  const files = cityFiles(scale);
  const bytes = files.reduce((n, f) => n + f.bytes.length, 0);
  const whole: number[] = [];
  let rows = 0;
  for (let i = 0; i < RUNS[scale]!; i++) {
    await dropAll(db);
    const [report, t] = await timed(() => importFiles(db, files));
    rows = report.files.reduce((n, f) => n + f.loaded, 0);
    whole.push(t);
  }
  // The floor: the same rows, already normalised, read by DuckDB's CSV reader into empty tables.
  const parsed = await parseFiles(files);
  const normalised = TABLE_NAMES.map((table) => {
    const records = parsed.flatMap((p) => p.records[table] ?? []);
    records.forEach((r) => (r.import_id = 1));
    return { table, text: toCsvText(DB_COLUMNS[table], records) };
  });
  const floor: number[] = [];
  for (let i = 0; i < RUNS[scale]!; i++) {
    await dropAll(db);
    await importFiles(db, []); // creates the empty schema
    for (const n of normalised) await db.registerText(`floor_${n.table}.csv`, n.text);
    const [, t] = await timed(async () => {
      for (const n of normalised) await db.exec(insertFromCsvSql(n.table, DB_COLUMNS[n.table], `floor_${n.table}.csv`));
    });
    floor.push(t);
  }
  const peakRss = process.resourceUsage().maxRSS * 1024;
  const w = median(whole);
  const f = median(floor);
  say(
    [
      `scale ${scale}: ${files.length} files, ${mb(bytes)}, ${rows.toLocaleString()} rows loaded`,
      `  whole import  median ${ms(w)}  (runs: ${whole.map((x) => x.toFixed(0)).join(', ')})`,
      `  read_csv floor median ${ms(f)}  (runs: ${floor.map((x) => x.toFixed(0)).join(', ')})`,
      `  ratio ${(w / f).toFixed(2)}×   ${Math.round(rows / (w / 1000)).toLocaleString()} rows/s`,
      `  peak RSS so far ${mb(peakRss)}`,
    ].join('\n'),
  );
  return {
    files: files.length,
    inputMB: round(bytes / 1024 / 1024),
    rows,
    wholeMs: round(w),
    floorMs: round(f),
    ratio: round(w / f, 2),
    rowsPerSec: Math.round(rows / (w / 1000)),
    peakRssMB: Math.round(peakRss / 1024 / 1024),
  };
}

const db = await openNodeDatabase();
try {
  const scales: Record<string, Awaited<ReturnType<typeof benchScale>>> = {};
  for (const scale of [1, 10]) scales[scale] = await benchScale(db, scale);
  emitJson({ bench: 'import', engine: 'duckdb-wasm (Node)', scales });
} finally {
  await db.close();
}

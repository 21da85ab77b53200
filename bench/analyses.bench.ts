/**
 * npm run bench:analyses — every dashboard analysis over a generated city at scale 1 (500 programs × 10 years) and
 * scale 10 (5,000 × 10): imported once per scale, then each analysis scoped to the latest year (trends unscoped, for
 * one program), 1 warm-up and 7 timed runs. Medians; the machine is shared, so read them as orders of magnitude.
 * `--json`: one JSON document: per scale, each analysis's median (ms) and row count, the import and prepare times.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { activityCosts, programBudgets } from '../src/analyses/activities';
import { indicatorResults } from '../src/analyses/indicators';
import { policyRollup } from '../src/analyses/policy';
import { programScorecard, underperformers } from '../src/analyses/programs';
import { targetRevisions } from '../src/analyses/revisions';
import { prepareAnalyses } from '../src/analyses/setup';
import { indicatorSeries, programSeries } from '../src/analyses/trends';
import type { Database } from '../src/db/database';
import { openNodeDatabase } from '../src/db/node';
import { importFiles } from '../src/import/import-files';
import { TABLE_NAMES } from '../src/import/types';
import { cityFiles } from './city-files';
import { emitJson, round, say } from './report';
import { median, ms, timed } from './stats';

const WARM_UPS = 1;
const RUNS = 7;
/** An analysis the dashboard runs on every view change should answer within this (at scale 1). */
const BUDGET_MS = 20;

const KEYWORDS = await readFile(fileURLToPath(new URL('../data/direction-keywords.csv', import.meta.url)), 'utf8');

async function dropAll(db: Database) {
  for (const t of [...TABLE_NAMES, 'imports', 'import_files', 'findings', 'rejected_rows']) await db.exec(`DROP TABLE IF EXISTS ${t}`);
}

async function benchScale(db: Database, scale: number) {
  await dropAll(db);
  const files = cityFiles(scale);
  const [, importMs] = await timed(() => importFiles(db, files));
  const [, prepareMs] = await timed(() => prepareAnalyses(db, KEYWORDS));
  const [latest] = await db.run<{ year: number; program: string; sheets: number }>(
    'SELECT max(fiscal_year) AS year, min(program_key) AS program, count(*) AS sheets FROM current_sheets',
  );
  const year = latest!.year;
  const program = latest!.program;
  const scope = { year };

  const analyses: [string, () => Promise<unknown[]>][] = [
    ['indicatorResults', () => indicatorResults(db, scope)],
    ['programScorecard', () => programScorecard(db, scope)],
    ['policyRollup', () => policyRollup(db, scope)],
    ['activityCosts', () => activityCosts(db, scope)],
    ['programBudgets', () => programBudgets(db, scope)],
    ['targetRevisions', () => targetRevisions(db, scope)],
    ['underperformers', () => underperformers(db, scope)],
    ['indicatorSeries (1 program)', () => indicatorSeries(db, { program })],
    ['programSeries (1 program)', () => programSeries(db, program)],
  ];

  say(
    `scale ${scale}: ${latest!.sheets.toLocaleString()} sheets; import ${ms(importMs)}, prepareAnalyses ${ms(prepareMs)}; ` +
      `scope FY${year}, trends for ${program}`,
  );
  const medians: Record<string, { medianMs: number | null; rows: number }> = {};
  for (const [name, run] of analyses) {
    for (let i = 0; i < WARM_UPS; i++) await run();
    const times: number[] = [];
    let rows = 0;
    for (let i = 0; i < RUNS; i++) {
      const [result, t] = await timed(run);
      rows = result.length;
      times.push(t);
    }
    const m = median(times);
    const flag = scale === 1 && m > BUDGET_MS ? `  > ${BUDGET_MS} ms` : '';
    medians[name] = { medianMs: round(m), rows };
    say(
      `  ${name.padEnd(28)} median ${ms(m).padStart(7)}  ${String(rows).padStart(6)} rows  (runs: ${times.map((x) => x.toFixed(0)).join(', ')})${flag}`,
    );
  }
  return { sheets: latest!.sheets, year, importMs: round(importMs), prepareMs: round(prepareMs), analyses: medians };
}

const db = await openNodeDatabase();
try {
  const scales: Record<string, Awaited<ReturnType<typeof benchScale>>> = {};
  for (const scale of [1, 10]) scales[scale] = await benchScale(db, scale);
  emitJson({ bench: 'analyses', engine: 'duckdb-wasm (Node)', budgetMs: BUDGET_MS, scales });
} finally {
  await db.close();
}

/**
 * npm run bench:analyses — every dashboard analysis over a generated city at scale 1 (500 programs × 10 years) and
 * scale 10 (5,000 × 10): imported once per scale, then each analysis scoped to the latest year (trends unscoped, for
 * one program), 1 warm-up and 7 timed runs. Medians; the machine is shared, so read them as orders of magnitude.
 * `--json`: one JSON document: per scale, each analysis's median (ms) and row count, the import and prepare times.
 * The strategy analyses too (costs, changes, sheet quality, similar programs); similar programs also as a cold build
 * (words segmented and pairs scored for the year, then kept until the next import), with the pairs it scored against
 * all pairs (the blocking) and the process's resident memory before and after.
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
import { programChanges } from '../src/analyses/changes';
import { costRollup, programCosts, unitCosts } from '../src/analyses/costs';
import { sheetQuality } from '../src/analyses/sheet-quality';
import { consolidationCandidates, dropSimilarity, similarPrograms } from '../src/analyses/similar/similar';
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
const OUTPUT_KEYWORDS = await readFile(fileURLToPath(new URL('../data/output-keywords.csv', import.meta.url)), 'utf8');
/** Cold builds of the similar programs per scale (each drops the words and scores first). */
const BUILDS = 3;

async function dropAll(db: Database) {
  for (const t of [...TABLE_NAMES, 'imports', 'import_files', 'findings', 'rejected_rows']) await db.exec(`DROP TABLE IF EXISTS ${t}`);
}

async function benchScale(db: Database, scale: number) {
  await dropAll(db);
  const files = cityFiles(scale);
  const [, importMs] = await timed(() => importFiles(db, files));
  const [, prepareMs] = await timed(() => prepareAnalyses(db, KEYWORDS, OUTPUT_KEYWORDS));
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
    ['programCosts', () => programCosts(db, scope)],
    ['unitCosts', () => unitCosts(db, scope)],
    ['costRollup', () => costRollup(db, scope)],
    ['programChanges', () => programChanges(db, scope)],
    ['sheetQuality (flags+programs+departments)', async () => (await sheetQuality(db, scope)).flags],
    ['similarPrograms (built)', () => similarPrograms(db, scope)],
    ['consolidationCandidates (built)', () => consolidationCandidates(db, scope)],
  ];

  // similar programs, cold: segmentation, the words table and the scored pairs of the year
  const builds: number[] = [];
  const rssBefore = process.memoryUsage().rss;
  let rssPeak = rssBefore;
  for (let i = 0; i < BUILDS; i++) {
    await dropSimilarity(db);
    const [, t] = await timed(() => similarPrograms(db, scope));
    builds.push(t);
    rssPeak = Math.max(rssPeak, process.memoryUsage().rss);
  }
  const [pairs] = await db.run<{ scored: number; programs: number }>(
    'SELECT count(*) / 2 AS scored, (SELECT count(DISTINCT program_key) FROM program_terms WHERE fiscal_year = $1) AS programs FROM program_similarity WHERE fiscal_year = $1',
    [year],
  );
  const allPairs = (pairs!.programs * (pairs!.programs - 1)) / 2;
  say(
    `  similar programs, cold build: median ${ms(median(builds))} (runs: ${builds.map((x) => x.toFixed(0)).join(', ')}); ` +
      `${pairs!.scored.toLocaleString()} pairs scored of ${allPairs.toLocaleString()} (${((100 * pairs!.scored) / allPairs).toFixed(2)}%); ` +
      `rss ${(rssBefore / 2 ** 20).toFixed(0)} → peak ${(rssPeak / 2 ** 20).toFixed(0)} MB`,
  );

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
      `  ${name.padEnd(42)} median ${ms(m).padStart(7)}  ${String(rows).padStart(6)} rows  (runs: ${times.map((x) => x.toFixed(0)).join(', ')})${flag}`,
    );
  }
  return {
    sheets: latest!.sheets,
    year,
    importMs: round(importMs),
    prepareMs: round(prepareMs),
    analyses: medians,
    similarBuild: { medianMs: round(median(builds)), pairsScored: pairs!.scored, allPairs, rssBeforeMb: round(rssBefore / 2 ** 20, 0), rssPeakMb: round(rssPeak / 2 ** 20, 0) },
  };
}

const db = await openNodeDatabase();
try {
  const scales: Record<string, Awaited<ReturnType<typeof benchScale>>> = {};
  for (const scale of [1, 10]) scales[scale] = await benchScale(db, scale);
  emitJson({ bench: 'analyses', engine: 'duckdb-wasm (Node)', budgetMs: BUDGET_MS, scales });
} finally {
  await db.close();
}

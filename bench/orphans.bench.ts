/**
 * npm run bench:orphans — `analyze` on 20,000 to 200,000 outcome rows, with their sheets rows and without (orphans:
 * issue 11, where the revisions analysis ran out of memory after 2.5 minutes). Outcomes of every sheet share four
 * indicator names, as real sheets do (利用者数, 満足度…): without sheets rows these once merged into four indicators
 * across thousands of sheets, and the target-revisions join grew with the square of the sheets.
 *
 * Two figures per size and kind, each from a process of its own so that peak memory is that size's alone:
 * - `analyze` as a user runs it (node scripts/cli.mjs analyze <folder>): wall time and peak RSS (/usr/bin/time);
 * - the revisions analysis in process on native DuckDB (import, prepareAnalyses, then targetRevisions over all
 *   years, 1 warm-up and 3 timed runs): its median, and the process's peak RSS.
 * Figures are printed, never asserted. `--json`: one JSON document. `--sizes 20000,50000`: other sizes.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { REPO_ROOT } from '../test/e2e/harness';
import { emitJson, round, say } from './report';
import { median } from './stats';

const YEARS = [2020, 2021, 2022, 2023, 2024];
const NAMES = ['利用者数', '参加者数', '満足度', '相談件数'];
const TIME = '/usr/bin/time';
const SELF = path.join(REPO_ROOT, 'bench/orphans.bench.ts');
const TSX = path.join(REPO_ROOT, 'node_modules/.bin/tsx');

/** Outcome files (one a year) and, unless orphans, the sheets file: `rows` outcome rows in all (a multiple of 20). */
function writeCity(dir: string, rows: number, orphans: boolean): void {
  mkdirSync(dir, { recursive: true });
  const sheets = Math.round(rows / YEARS.length / NAMES.length);
  const sheetLines = ['年度,シートNo,事務事業名,課等名'];
  for (const year of YEARS) {
    const lines = ['年度,シートNo,指標名,単位,目標値,実績値'];
    for (let s = 1; s <= sheets; s++) {
      sheetLines.push(`${year},${s},事業${s},課${s % 40}`);
      NAMES.forEach((name, i) => {
        // targets that go down in some years: the revisions analysis has 'lowered' rows to find
        const target = 100 + ((s * 7 + year * 3 + i) % 13);
        lines.push(`${year},${s},${name},人,${target},${target - ((s + i) % 5)}`);
      });
    }
    writeFileSync(path.join(dir, `outcomes-${year}.csv`), lines.join('\n') + '\n');
  }
  if (!orphans) writeFileSync(path.join(dir, 'sheets.csv'), sheetLines.join('\n') + '\n');
}

function analyzeCli(dir: string): { ms: number; rssMB: number | null; exit: number | null; tail: string } {
  const withTime = existsSync(TIME);
  const argv = ['scripts/cli.mjs', 'analyze', dir];
  const t = performance.now();
  const r = withTime
    ? spawnSync(TIME, ['-f', '%M', process.execPath, ...argv], { cwd: REPO_ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
    : spawnSync(process.execPath, argv, { cwd: REPO_ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const ms = performance.now() - t;
  const kb = withTime ? Number(r.stderr.trim().split('\n').pop()) : NaN;
  return { ms, rssMB: Number.isFinite(kb) ? kb / 1024 : null, exit: r.status, tail: r.status === 0 ? '' : r.stderr.trim().split('\n').slice(-3).join(' / ') };
}

/** In a child process: import the folder on native DuckDB, prepare, time targetRevisions; one JSON line out. */
async function revisionsChild(dir: string): Promise<void> {
  const { openNativeDatabase } = await import('../src/db/native');
  const { importFiles } = await import('../src/import/import-files');
  const { prepareAnalyses } = await import('../src/analyses/setup');
  const { targetRevisions } = await import('../src/analyses/revisions');
  const db = await openNativeDatabase();
  const files = readdirSync(dir).map((n) => ({ name: n, bytes: new Uint8Array(readFileSync(path.join(dir, n))) }));
  let t = performance.now();
  await importFiles(db, files);
  const importMs = performance.now() - t;
  t = performance.now();
  await prepareAnalyses(db, readFileSync(path.join(REPO_ROOT, 'data/direction-keywords.csv'), 'utf8'));
  const prepareMs = performance.now() - t;
  let revisions = 0;
  const runs: number[] = [];
  for (let i = 0; i < 4; i++) {
    t = performance.now();
    revisions = (await targetRevisions(db, {})).length;
    if (i > 0) runs.push(performance.now() - t);
  }
  await db.close();
  console.log(JSON.stringify({ importMs, prepareMs, revisionsMs: median(runs), revisions, peakRssMB: process.resourceUsage().maxRSS / 1024 }));
}

function revisionsInProcess(dir: string): { importMs: number; prepareMs: number; revisionsMs: number; revisions: number; peakRssMB: number } | { failed: string } {
  const r = spawnSync(TSX, [SELF, '--child', dir], { cwd: REPO_ROOT, encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
  const line = r.stdout.trim().split('\n').pop() ?? '';
  try {
    return JSON.parse(line) as ReturnType<typeof revisionsInProcess> & object;
  } catch {
    return { failed: `exit ${r.status}: ${r.stderr.trim().split('\n').slice(-2).join(' / ')}` };
  }
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args[0] === '--child') return revisionsChild(args[1]!);
  const at = args.indexOf('--sizes');
  const sizes = at >= 0 ? args[at + 1]!.split(',').map(Number) : [20_000, 100_000, 200_000];
  const root = mkdtempSync(path.join(os.tmpdir(), 'seika-orphans-'));
  const results: Record<string, unknown>[] = [];
  say(`Seika orphans bench — ${os.cpus().length} CPUs, load average ${os.loadavg()[0]!.toFixed(1)}; peak RSS is the whole process's`);
  try {
    for (const rows of sizes) {
      for (const orphans of [false, true]) {
        const dir = path.join(root, `${rows}-${orphans ? 'orphans' : 'sheets'}`);
        writeCity(dir, rows, orphans);
        const cli = analyzeCli(dir);
        const rev = revisionsInProcess(dir);
        const label = `${rows.toLocaleString().padStart(7)} outcome rows, ${orphans ? 'no sheets rows' : 'with sheets   '}`;
        const revText = 'failed' in rev
          ? `revisions FAILED ${rev.failed}`
          : `revisions ${rev.revisionsMs.toFixed(0).padStart(5)} ms (${rev.revisions} rows; import ${(rev.importMs / 1000).toFixed(1)} s, prepare ${(rev.prepareMs / 1000).toFixed(1)} s, peak RSS ${rev.peakRssMB.toFixed(0)} MB)`;
        say(
          `${label}: analyze ${cli.exit === 0 ? 'ok' : `EXIT ${cli.exit} ${cli.tail}`} ${(cli.ms / 1000).toFixed(1).padStart(5)} s, peak RSS ${cli.rssMB === null ? '—' : `${cli.rssMB.toFixed(0)} MB`}; ${revText}`,
        );
        results.push({
          rows,
          sheetsRows: !orphans,
          analyzeExit: cli.exit,
          analyzeSeconds: round(cli.ms / 1000),
          analyzePeakRssMB: cli.rssMB === null ? null : Math.round(cli.rssMB),
          ...('failed' in rev ? { revisionsFailed: rev.failed } : { revisionsMs: round(rev.revisionsMs), revisionRows: rev.revisions, revisionsProcessPeakRssMB: Math.round(rev.peakRssMB) }),
        });
        rmSync(dir, { recursive: true, force: true });
      }
    }
    emitJson({ bench: 'orphans', loadAverage: round(os.loadavg()[0]!), results });
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

await main();

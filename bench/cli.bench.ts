/**
 * npm run bench:cli — the command line's start-up, as a user meets it: `node scripts/cli.mjs check` on a 5-row file
 * (the first 5 rows of test/fixtures/analyses/sheets.csv), and `analyze --json` on the sample; 1 warm-up (which also
 * builds the cached bundle) and 7 timed runs each, wall clock from spawn to exit. Peak memory from /usr/bin/time
 * where the machine has it. `--json`: one JSON document of named figures.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { REPO_ROOT } from '../test/e2e/harness';
import { emitJson, round, say } from './report';
import { median } from './stats';

const RUNS = 7;
const TIME = '/usr/bin/time';

function run(args: string[]): { ms: number; rssMB: number | null } {
  const withTime = existsSync(TIME);
  const cmd = withTime ? TIME : process.execPath;
  const argv = withTime ? ['-f', '%M', process.execPath, 'scripts/cli.mjs', ...args] : ['scripts/cli.mjs', ...args];
  const t = performance.now();
  const r = spawnSync(cmd, argv, { cwd: REPO_ROOT, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const ms = performance.now() - t;
  if (r.status !== 0) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  const kb = withTime ? Number(r.stderr.trim().split('\n').pop()) : NaN;
  return { ms, rssMB: Number.isFinite(kb) ? kb / 1024 : null };
}

function bench(name: string, args: string[]) {
  run(args);
  const runs = Array.from({ length: RUNS }, () => run(args));
  const ms = median(runs.map((r) => r.ms));
  const rss = runs[0]!.rssMB === null ? null : Math.max(...runs.map((r) => r.rssMB!));
  say(`${name.padEnd(34)} median ${ms.toFixed(0).padStart(5)} ms  peak RSS ${rss === null ? '—' : `${rss.toFixed(0)} MB`}  (runs: ${runs.map((r) => r.ms.toFixed(0)).join(', ')})`);
  return { medianMs: round(ms), peakRssMB: rss === null ? null : Math.round(rss) };
}

const dir = mkdtempSync(path.join(os.tmpdir(), 'seika-cli-bench-'));
try {
  const five = path.join(dir, 'five-rows.csv');
  writeFileSync(five, readFileSync(path.join(REPO_ROOT, 'test/fixtures/analyses/sheets.csv'), 'utf8').split('\n').slice(0, 6).join('\n') + '\n');
  say(`Seika CLI bench — native DuckDB, ${os.cpus().length} CPUs, load average ${os.loadavg()[0]!.toFixed(1)}`);
  const check = bench('check, a 5-row file', ['check', five]);
  const analyze = bench('analyze --json, the sample', ['analyze', 'data/sample', '--json']);
  emitJson({ bench: 'cli', loadAverage: round(os.loadavg()[0]!), checkStartMs: check.medianMs, checkPeakRssMB: check.peakRssMB, analyzeSampleMs: analyze.medianMs, analyzePeakRssMB: analyze.peakRssMB });
} finally {
  rmSync(dir, { recursive: true, force: true });
}

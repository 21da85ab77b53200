/**
 * npm run bench:national — the command line on a fictional Japan (src/sample/municipalities.ts: 1,741 municipalities
 * × 10 fiscal years, each with its own 団体コード, written one folder per prefecture by bench/national-data.ts), at
 * fractions of the country: every k-th municipality (`--every 40,10`, the default; `--every 1` is the whole country,
 * ~22 million rows and ~5 GB of CSV, which the import cannot hold today: see docs/analyses.md, 'Scale').
 * For each fraction, through the real CLI in a child process (native DuckDB), one run each:
 *  - `analyze --json` (stdout to a file): wall time, the time until the import summary appears on stderr (the import
 *    and the analyses' preparation; the rest is the analyses and the JSON), peak RSS and CPU time (/usr/bin/time);
 *  - `briefing --out`: the same figures.
 * The import rate is rows loaded ÷ the time to the import summary. The machine is shared: CPU seconds (user + sys)
 * say what the work costs when the wall clock says how busy the machine was. `--json`: one JSON document.
 */
import { spawn } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { everyKth, nationalMunicipalities } from '../src/sample/municipalities';
import { REPO_ROOT } from '../test/e2e/harness';
import { NATIONAL_YEARS, writeNational } from './national-data';
import { emitJson, round, say } from './report';

const TIME = '/usr/bin/time';
const arg = (name: string) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const FRACTIONS = (arg('--every') ?? '40,10').split(',').map(Number).filter((k) => Number.isInteger(k) && k >= 1);
const KEEP = arg('--keep'); // a folder to leave the generated data in (for a later run by hand)

interface Run {
  ok: boolean;
  wallMs: number;
  /** spawn → the import summary on stderr (import + the analyses' preparation) */
  importMs: number | null;
  cpuS: number | null;
  peakRssMB: number | null;
  error?: string;
}

/** Runs `node scripts/cli.mjs …args` under /usr/bin/time, noting when stderr first speaks. */
function cli(args: string[], stdoutFile: string | null): Promise<Run> {
  const withTime = existsSync(TIME);
  const node = [process.execPath, 'scripts/cli.mjs', ...args];
  const [cmd, ...argv] = withTime ? [TIME, '-f', 'SEIKA_TIME %e %U %S %M', ...node] : node;
  // stdout straight into a file (or nowhere): a JSON document of hundreds of MB never passes through this process
  const out = stdoutFile ? openSync(stdoutFile, 'w') : 'ignore';
  return new Promise((resolve) => {
    const t = performance.now();
    let importMs: number | null = null;
    let stderr = '';
    const child = spawn(cmd!, argv, { cwd: REPO_ROOT, stdio: ['ignore', out, 'pipe'] });
    if (typeof out === 'number') closeSync(out);
    child.stderr!.on('data', (chunk: Buffer) => {
      const text = chunk.toString('utf8');
      // the summary's last line: 「■ 合計: …」 (the import is over, the analyses prepared)
      if (importMs === null && text.includes('■ 合計')) importMs = performance.now() - t;
      stderr = (stderr + text).slice(-20_000);
    });
    child.on('close', (code) => {
      const wallMs = performance.now() - t;
      const m = /SEIKA_TIME ([\d.]+) ([\d.]+) ([\d.]+) (\d+)/.exec(stderr);
      resolve({
        ok: code === 0,
        wallMs: Math.round(wallMs),
        importMs: importMs === null ? null : Math.round(importMs),
        cpuS: m ? round(Number(m[2]) + Number(m[3])) : null,
        peakRssMB: m ? Math.round(Number(m[4]) / 1024) : null,
        ...(code === 0 ? {} : { error: `exit ${code}: ${failure(stderr)}` }),
      });
    });
  });
}

const all = nationalMunicipalities();
say(`Seika national bench — native DuckDB, ${os.cpus().length} CPUs, load average ${os.loadavg()[0]!.toFixed(1)}; ${all.length} municipalities, ${all.reduce((n, m) => n + m.programs, 0).toLocaleString('en')} programs in all, ${NATIONAL_YEARS.length} fiscal years`);
const fractions = [];
for (const k of FRACTIONS) {
  const cities = everyKth(all, k);
  const dir = KEEP ? path.join(KEEP, `every-${k}`) : mkdtempSync(path.join(os.tmpdir(), `seika-national-${k}-`));
  try {
    const t = performance.now();
    const data = writeNational(dir, cities);
    const generateMs = Math.round(performance.now() - t);
    const rows = Object.values(data.rows).reduce((a, b) => a + b, 0);
    say(`1/${k}: ${data.municipalities} municipalities, ${data.programs.toLocaleString('en')} programs, ${rows.toLocaleString('en')} rows (${Object.entries(data.rows).map(([n, r]) => `${n} ${r.toLocaleString('en')}`).join(', ')}), ${(data.bytes / 1048576).toFixed(0)} MB of CSV in ${data.files.length} files; generated in ${(generateMs / 1000).toFixed(1)} s`);
    // the outputs go beside the data, never into it: briefing reads the folder, and a 1 GB analyze.json in it is input
    const json = `${dir}-analyze.json`;
    const analyze = await cli(['analyze', dir, '--json'], json);
    const analyzeJsonMB = analyze.ok ? round(statSync(json).size / 1048576) : null;
    say(`  analyze --json  ${describe(analyze)}${analyzeJsonMB === null ? '' : `; ${analyzeJsonMB} MB of JSON`}`);
    const html = `${dir}-briefing.html`;
    const briefing = await cli(['briefing', dir, '--out', html], null);
    say(`  briefing        ${describe(briefing)}${briefing.ok ? `; ${round(statSync(html).size / 1024, 0)} KB of HTML` : ''}`);
    const importRowsPerSec = analyze.importMs ? Math.round(rows / (analyze.importMs / 1000)) : null;
    fractions.push({ every: k, municipalities: data.municipalities, programs: data.programs, rows: data.rows, totalRows: rows, csvMB: round(data.bytes / 1048576), generateMs, analyze: { ...analyze, jsonMB: analyzeJsonMB }, briefing, importRowsPerSec });
  } finally {
    if (!KEEP) for (const p of [dir, `${dir}-analyze.json`, `${dir}-briefing.html`]) rmSync(p, { recursive: true, force: true });
  }
}
emitJson({ bench: 'national', cpus: os.cpus().length, loadAverage: round(os.loadavg()[0]!), years: NATIONAL_YEARS.length, municipalitiesInAll: all.length, fractions });

/** Why a run failed: V8's 'FATAL ERROR' line (heap out of memory) or an Error line, else the last lines. */
function failure(stderr: string): string {
  const lines = stderr.replace(/SEIKA_TIME.*/, '').trim().split('\n');
  return lines.find((l) => /FATAL ERROR|^\w*Error\b/.test(l))?.trim() ?? lines.slice(-3).join(' / ');
}

function describe(r: Run): string {
  if (!r.ok) return `FAILED after ${(r.wallMs / 1000).toFixed(1)} s (peak RSS ${r.peakRssMB ?? '—'} MB): ${r.error}`;
  const imp = r.importMs === null ? '' : `import + preparation ${(r.importMs / 1000).toFixed(1)} s, `;
  return `${(r.wallMs / 1000).toFixed(1)} s (${imp}CPU ${r.cpuS ?? '—'} s), peak RSS ${r.peakRssMB ?? '—'} MB`;
}

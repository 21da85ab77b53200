#!/usr/bin/env node
/**
 * `npm run check|analyze|briefing -- …`: runs src/cli/<command>.ts from one bundled ES module, cached in
 * node_modules/.cache/seika-cli/ and rebuilt (esbuild, ~0.3 s) only when a source file or the lock file is newer.
 * tsx transpiles the TypeScript on every start (~1 s before the first line of our code runs); the bundle starts in
 * about the time Node and native DuckDB need to load, so `check` on a small file answers in well under a second.
 * Plain JavaScript on purpose: this file must run before anything is compiled.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, renameSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const COMMANDS = new Set(['check', 'analyze', 'briefing']);
const HEAP_HUNGRY = new Set(['analyze', 'briefing']);

const [command, ...args] = process.argv.slice(2);
if (!COMMANDS.has(command)) {
  console.error(`usage: node scripts/cli.mjs <${[...COMMANDS].join('|')}> …`);
  process.exit(2);
}

// analyze and briefing hold the analyses' rows in JavaScript: on a whole country (docs/analyses.md, 'Scale') that
// is more than V8's default heap (~4 GB whatever the machine). They run again with half the machine's memory as
// their limit (DuckDB, on disk, keeps to its own limit beside it); check, small and quick, never pays the restart.
const HEAP_MB = Math.floor(os.totalmem() / 1048576 / 2);
if (HEAP_HUNGRY.has(command) && HEAP_MB > 4096 && !process.execArgv.some((a) => a.startsWith('--max-old-space-size'))) {
  const child = spawnSync(process.execPath, [...process.execArgv, `--max-old-space-size=${HEAP_MB}`, fileURLToPath(import.meta.url), command, ...args], { stdio: 'inherit' });
  if (child.signal) process.kill(process.pid, child.signal);
  process.exit(child.status ?? 1);
}

const bundle = path.join(ROOT, 'node_modules', '.cache', 'seika-cli', `${command}.mjs`);

if (!isFresh(bundle)) await rebuild(command, bundle);
process.argv = [process.argv[0], bundle, ...args];
await import(pathToFileURL(bundle).href);

function newestSource(dir, newest = statSync(path.join(ROOT, 'package-lock.json')).mtimeMs) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = newestSource(p, newest);
    else newest = Math.max(newest, statSync(p).mtimeMs);
  }
  return newest;
}

function isFresh(file) {
  try {
    // docs/ holds the JSON Schemas that src/ imports (form templates, import profiles)
    return statSync(file).mtimeMs >= Math.max(newestSource(path.join(ROOT, 'src')), newestSource(path.join(ROOT, 'docs')));
  } catch {
    return false;
  }
}

async function rebuild(name, out) {
  const { build } = await import('esbuild');
  mkdirSync(path.dirname(out), { recursive: true });
  // written beside and renamed: two commands started at once never read a half-written bundle
  const tmp = `${out}.${process.pid}.tmp`;
  await build({
    entryPoints: [path.join(ROOT, 'src', 'cli', `${name}.ts`)],
    outfile: tmp,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // the native binding loads its binary relative to its own package; Node resolves it from the repository
    external: ['@duckdb/node-api'],
    // CommonJS dependencies inside an ES module bundle call require(): give them one
    banner: { js: "import { createRequire as __seikaRequire } from 'node:module'; const require = __seikaRequire(import.meta.url);" },
    logLevel: 'warning',
  });
  renameSync(tmp, out);
}

/**
 * The bad-input corpus (test/fixtures/bad/): `write` regenerates its files and manifest.json from the case
 * definitions in test/support/bad-corpus/; `run` imports every case and prints the figures the issue counts
 * (cases, clear findings, valid rows lost, silent changes, hangs, crashes). `run --src <folder>` runs another
 * checkout's src/ (e.g. `git archive <commit> src | tar -x -C dist-base`) for before/after figures.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { allCases } from '../test/support/bad-corpus/cases';
import { CORPUS_DIR, HANG_MS, readManifest, runCase, summarise, type CorpusEnv } from '../test/support/bad-corpus/runner';

// Files of test/sql/bad-input.test.ts that live here too.
const KEEP = new Set(['README.md', 'shift-jis-header-with-fullwidth-space.csv', 'utf16le-outcomes.txt']);

function write(): void {
  mkdirSync(CORPUS_DIR, { recursive: true });
  for (const n of readdirSync(CORPUS_DIR)) if (!KEEP.has(n)) rmSync(path.join(CORPUS_DIR, n));
  const built = allCases();
  const names = new Set<string>();
  for (const b of built) {
    for (const f of b.files) {
      if (names.has(f.name)) throw new Error(`two cases write ${f.name}`);
      names.add(f.name);
      writeFileSync(path.join(CORPUS_DIR, f.name), f.bytes);
    }
  }
  const cases = built.map((b) => b.case);
  // One case a line: diffs stay readable, and the file small.
  const lines = cases.map((c) => '  ' + JSON.stringify(c));
  writeFileSync(path.join(CORPUS_DIR, 'manifest.json'), `{\n "note": "written by npx tsx scripts/bad-corpus.ts write",\n "cases": [\n${lines.join(',\n')}\n ]\n}\n`);
  console.log(`${cases.length} cases, ${names.size} files → ${CORPUS_DIR}`);
}

async function run(src: string, verbose: boolean, only: string | undefined): Promise<void> {
  const mod = (p: string) => import(pathToFileURL(path.resolve(src, p)).href);
  const { importFiles } = await mod('import/import-files.ts');
  const { openNativeDatabase } = await mod('db/native.ts');
  const { prepareAnalyses } = await mod('analyses/setup.ts');
  const { readFormTemplates } = await mod('cli/form-templates.ts');
  const { readImportProfiles } = await mod('cli/import-profiles.ts');
  const db = await openNativeDatabase();
  const env: CorpusEnv = {
    db,
    importFiles,
    prepareAnalyses,
    templates: await readFormTemplates(),
    profiles: await readImportProfiles(),
    keywords: readFileSync('data/direction-keywords.csv', 'utf8'),
  };
  const cases = readManifest().filter((c) => !only || c.id.includes(only));
  const results = [];
  for (const c of cases) {
    const r = await runCase(env, c);
    results.push(r);
    const bad = r.crashed || r.missingFindings.length || r.lostRows.length || r.silentChanges.length || r.ms > HANG_MS;
    if (verbose || bad) {
      console.error(`${bad ? '✗' : '✓'} ${c.id} (${r.ms.toFixed(0)} ms)`);
      if (r.crashed) console.error(`    crashed: ${r.crashed.split('\n')[0]}`);
      for (const f of r.missingFindings) console.error(`    missing finding: ${f.file}:${f.line} ${f.column ?? ''} ${f.severity} ${f.contains ?? ''}`);
      for (const l of r.lostRows) console.error(`    lost: ${l.row.file}:${l.row.line} ${l.why}`);
      for (const s of r.silentChanges.slice(0, 5)) console.error(`    silent: ${s}`);
    }
  }
  await db.close();
  const f = summarise(cases, results);
  console.log(JSON.stringify({ src, ...f }, null, 2));
}

const [cmd, ...rest] = process.argv.slice(2);
const opt = (name: string) => {
  const i = rest.indexOf(`--${name}`);
  return i >= 0 ? rest[i + 1] : undefined;
};
if (cmd === 'write') write();
else if (cmd === 'run') await run(opt('src') ?? 'src', rest.includes('--verbose'), opt('only'));
else {
  console.error('usage: npx tsx scripts/bad-corpus.ts write | run [--src <folder>] [--only <id part>] [--verbose]');
  process.exit(2);
}

import { readFileSync } from 'node:fs';
import { prepareAnalyses } from '../src/analyses/setup';
import { readFormTemplates } from '../src/cli/form-templates';
import { readImportProfiles } from '../src/cli/import-profiles';
import { openNodeDatabase } from '../src/db/node';
import { importFiles } from '../src/import/import-files';
import { readManifest, runCase } from '../test/support/bad-corpus/runner';
const raw = await openNodeDatabase();
const times = new Map<string, [number, number]>();
let sqlTotal = 0;
const wrap = (name: string, f: (...a: any[]) => Promise<any>) => async (...a: any[]) => {
  const t = performance.now();
  try { return await f(...a); } finally {
    const d = performance.now() - t; sqlTotal += d;
    const key = name + ' ' + String(a[0]).replace(/\s+/g, ' ').slice(0, 60);
    const e = times.get(key) ?? [0, 0]; e[0] += d; e[1]++; times.set(key, e);
  }
};
const db = new Proxy(raw, { get(t, p) { const v = (t as any)[p]; return typeof v === 'function' ? wrap(String(p), v.bind(t)) : v; } });
const env = { db, importFiles: importFiles as never, prepareAnalyses: prepareAnalyses as never, templates: await readFormTemplates(), profiles: await readImportProfiles(), keywords: readFileSync('data/direction-keywords.csv', 'utf8') };
const c0 = process.cpuUsage(); const t0 = performance.now();
for (const c of readManifest()) await runCase(env as never, c);
const cpu = process.cpuUsage(c0);
console.log('wall', (performance.now() - t0).toFixed(0), 'sql wall', sqlTotal.toFixed(0), 'cpu', ((cpu.user + cpu.system) / 1e6).toFixed(1));
console.log([...times].sort((a, b) => b[1][0] - a[1][0]).slice(0, 22).map(([k, [ms, n]]) => `${ms.toFixed(0).padStart(6)} ms ${String(n).padStart(4)}× ${k}`).join('\n'));
process.exit(0);

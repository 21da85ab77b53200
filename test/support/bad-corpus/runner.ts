/**
 * Runs one case of the bad-input corpus against an import (this checkout's, or another's for before/after figures)
 * and says, as the issue counts them: whether the expected findings came, which valid rows were lost, which stored
 * values (or figures computed from them) differ from what was written with no finding to say so, and how long it took.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { CorpusCase, ExpectedFinding, ExpectedRow } from './build';

/** What the runner needs of an import: kept structural so that an older checkout's modules fit. */
export interface CorpusDb {
  run<T = Record<string, unknown>>(sql: string, params?: readonly (string | number | boolean | null)[]): Promise<T[]>;
  exec(sql: string): Promise<void>;
}
interface ReportedFinding {
  file: string;
  line: number | null;
  column: string | null;
  severity: string;
  message: string;
}
export interface CorpusEnv {
  db: CorpusDb;
  importFiles(db: never, files: { name: string; bytes: Uint8Array }[], options: Record<string, unknown>): Promise<{ files: { file: string; findings: ReportedFinding[] }[] }>;
  prepareAnalyses(db: never, keywordsCsv: string): Promise<void>;
  templates: unknown;
  profiles: unknown;
  keywords: string;
}

export interface CaseResult {
  id: string;
  class: number;
  ms: number;
  crashed: string | null;
  /** the case expects at least one finding */
  needsFinding: boolean;
  missingFindings: ExpectedFinding[];
  lostRows: { row: ExpectedRow; why: string }[];
  silentChanges: string[];
}

const TABLES = ['sheets', 'activities', 'outputs', 'outcomes', 'reviews', 'program_money'] as const;
const PROVENANCE = new Set(['import_id', 'source_file', 'source_line', 'row_hash']);

export const CORPUS_DIR = path.resolve(import.meta.dirname, '../../fixtures/bad');

export function readManifest(dir = CORPUS_DIR): CorpusCase[] {
  return (JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as { cases: CorpusCase[] }).cases;
}

export async function runCase(env: CorpusEnv, c: CorpusCase, dir = CORPUS_DIR): Promise<CaseResult> {
  const result: CaseResult = { id: c.id, class: c.class, ms: 0, crashed: null, needsFinding: c.findings.length > 0, missingFindings: [], lostRows: [], silentChanges: [] };
  const db = env.db;
  // one statement list, not ten calls: on the wasm each call costs milliseconds, and the corpus runs in CI
  await db.exec([...TABLES, 'imports', 'import_files', 'findings', 'rejected_rows'].map((t) => `DROP TABLE IF EXISTS ${t};`).join('\n'));
  const files = c.files.map((name) => ({ name, bytes: new Uint8Array(readFileSync(path.join(dir, name))) }));
  const started = performance.now();
  let findings: ReportedFinding[];
  try {
    const report = await env.importFiles(db as never, files, { templates: env.templates, profiles: env.profiles, now: '2025-06-01 10:00:00' });
    findings = report.files.flatMap((f) => f.findings);
    if (c.figures.length) await env.prepareAnalyses(db as never, env.keywords);
  } catch (e) {
    result.ms = performance.now() - started;
    result.crashed = (e as Error).stack ?? String(e);
    result.missingFindings = c.findings;
    result.lostRows = c.rows.filter((r) => r.valid).map((row) => ({ row, why: 'crash' }));
    return result;
  }
  result.ms = performance.now() - started;

  result.missingFindings = c.findings.filter((want) => !findings.some((f) => findingMatches(f, want)));
  const flagged = (file: string, line: number | null) =>
    findings.some((f) => f.file === file && (line === null || f.line === line) && (f.severity === 'error' || f.severity === 'warning'));

  // The case's stored rows: counted in one query (the import creates every table), then read from the tables that
  // hold any. Queries are few because each costs milliseconds on the wasm, and the corpus runs in CI.
  const inCase = c.files.map(() => '?').join(', ');
  const counts = await db
    .run<{ t: string; n: number }>(TABLES.map((t) => `SELECT '${t}' AS t, count(*) AS n FROM ${t} WHERE source_file IN (${inCase})`).join(' UNION ALL '), TABLES.flatMap(() => c.files))
    .catch(() => TABLES.map((t) => ({ t, n: 1 })));
  const storedRows = new Map<string, Record<string, unknown>[]>(TABLES.map((t) => [t, []]));
  for (const { t, n } of counts) {
    if (Number(n) > 0) storedRows.set(t, await db.run(`SELECT * FROM ${t} WHERE source_file IN (${inCase})`, c.files).catch(() => []));
  }
  const storedAt = (table: string, file: string, line: number) => storedRows.get(table)!.filter((s) => s.source_file === file && s.source_line === line);

  // Every valid row is stored, with the values it was written with.
  for (const row of c.rows.filter((r) => r.valid)) {
    const stored = storedAt(row.table, row.file, row.line);
    if (stored.length === 0) result.lostRows.push({ row, why: 'not stored' });
    else if (!stored.some((s) => differences(s, row.values).length === 0)) {
      result.lostRows.push({ row, why: `stored as ${differences(stored[0]!, row.values).join(', ')}` });
    }
  }
  // Every stored row says what was written, or a finding on its line says it may not.
  for (const table of TABLES) {
    for (const s of storedRows.get(table)!) {
      const file = s.source_file as string;
      const line = s.source_line as number;
      const meant = c.rows.filter((r) => r.table === table && r.file === file && r.line === line);
      if (flagged(file, line)) continue;
      if (meant.length === 0) result.silentChanges.push(`${table} ${file}:${line} stored but never written: ${brief(s)}`);
      else if (!meant.some((m) => differences(s, m.values).length === 0)) {
        result.silentChanges.push(`${table} ${file}:${line} ${differences(s, meant[0]!.values).join(', ')}`);
      }
    }
  }
  for (const fig of c.figures) {
    const got = await db.run(fig.sql).then((r) => Object.values(r[0] ?? {})[0], (e: Error) => `SQL failed: ${e.message.split('\n')[0]}`);
    if (same(got, fig.value)) continue;
    if (fig.excusedBy && flagged(fig.excusedBy.file, fig.excusedBy.line)) continue;
    result.silentChanges.push(`figure ${fig.sql.replace(/\s+/g, ' ')} = ${JSON.stringify(got)}, written ${JSON.stringify(fig.value)}`);
  }
  return result;
}

function findingMatches(f: ReportedFinding, want: ExpectedFinding): boolean {
  return (
    f.file === want.file &&
    f.line === want.line &&
    (want.column === undefined || f.column === want.column) &&
    f.severity === want.severity &&
    (want.contains === undefined || f.message.includes(want.contains))
  );
}

function differences(stored: Record<string, unknown>, values: Record<string, unknown>): string[] {
  const out: string[] = [];
  for (const [k, v] of Object.entries(values)) {
    if (!(k in stored)) out.push(`${k} missing (written ${JSON.stringify(v)})`);
    else if (!same(stored[k], v)) out.push(`${k} ${JSON.stringify(stored[k])} (written ${JSON.stringify(v)})`);
  }
  return out;
}

function same(a: unknown, b: unknown): boolean {
  if (typeof a === 'number' && typeof b === 'number') return a === b || Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b));
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => same(x, b[i]));
  return a === b || (a == null && b == null);
}

function brief(row: Record<string, unknown>): string {
  const shown = Object.entries(row).filter(([k, v]) => v !== null && !PROVENANCE.has(k) && !k.endsWith('_raw') && !k.endsWith('_key'));
  return JSON.stringify(Object.fromEntries(shown.slice(0, 8))).slice(0, 200);
}

export interface CorpusFigures {
  cases: number;
  files: number;
  needingFinding: number;
  clearFindings: number;
  validRows: number;
  validRowsLost: number;
  silentChanges: number;
  casesWithSilentChanges: number;
  hangs: number;
  crashes: number;
}

/** A case slower than this is counted as a hang (generous: the slowest case holds 1 MB cells). */
export const HANG_MS = 15_000;

export function summarise(cases: CorpusCase[], results: CaseResult[]): CorpusFigures {
  return {
    cases: results.length,
    files: cases.reduce((n, c) => n + c.files.length, 0),
    needingFinding: results.filter((r) => r.needsFinding).length,
    clearFindings: results.filter((r) => r.needsFinding && r.missingFindings.length === 0 && !r.crashed).length,
    validRows: cases.reduce((n, c) => n + c.validRows, 0),
    validRowsLost: results.reduce((n, r) => n + r.lostRows.length, 0),
    silentChanges: results.reduce((n, r) => n + r.silentChanges.length, 0),
    casesWithSilentChanges: results.filter((r) => r.silentChanges.length > 0).length,
    hangs: results.filter((r) => r.ms > HANG_MS).length,
    crashes: results.filter((r) => r.crashed).length,
  };
}

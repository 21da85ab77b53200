import { useSyncExternalStore } from 'react';
import { get, set, createStore } from 'idb-keyval';
import type { Database } from '../db/database';
import { getDatabase } from '../db/shared';
import { IMPORTED_TABLES, type FileReport, type ImportReport, type InputFile } from '../import/types';
import type { ImportProfile } from '../import/profiles/profile';
import { rememberInputs } from './recent-files';
import { loadSnapshot } from '../db/snapshot';
import type { SampleManifest } from '../queries/sample-figures';
import { queryClient } from './query-client';
import { fetchSampleDatabase, fetchSampleManifest, SAMPLE_FILE, SAMPLE_VERSION } from './sample-data';
import { fetchSampleFormFiles, SAMPLE_FORMS_VERSION } from './sample-forms';
import { clearDataSnapshot, restoreDataSnapshot, saveDataSnapshot } from './data-snapshot';
import { clearStoredFiles, loadStoredFiles, saveStoredFiles } from './stored-files';

/**
 * The page's dataset: which files are loaded (the fictional sample, the user's own, or none), DuckDB's state, and a
 * version that changes whenever the data does — every cached query is keyed by it, so no cache outlives its data.
 */
export type DataSource = 'sample' | 'user' | 'empty';
/** The sample city as the five tables (the default), or as its 801 evaluation-sheet forms. */
export type SampleKind = 'tables' | 'forms';
export type Phase = 'starting' | 'importing' | 'ready' | 'error';

export interface DatasetState {
  phase: Phase;
  source: DataSource;
  sampleKind: SampleKind;
  version: string | null;
  db: Database | null;
  progress: { done: number; total: number; files: FileReport[] } | null;
  lastReport: ImportReport | null;
  /** an import of the user's files in which nothing could be loaded: reported, and the data shown left as it was */
  refused: FileReport[] | null;
  importedAt: string | null;
  error: string | null;
}

const settings = createStore('seika-settings', 'settings');
let state: DatasetState = { phase: 'starting', source: 'sample', sampleKind: 'tables', version: null, db: null, progress: null, lastReport: null, refused: null, importedAt: null, error: null };
const listeners = new Set<() => void>();

function update(patch: Partial<DatasetState>): void {
  state = { ...state, ...patch };
  listeners.forEach((l) => l());
}

export function useDataset(): DatasetState {
  return useSyncExternalStore(
    (cb) => {
      listeners.add(cb);
      return () => listeners.delete(cb);
    },
    () => state,
  );
}

let started: Promise<void> | null = null;

/** Called once at start: the version is known from IndexedDB before DuckDB has started, so cached figures show at once. */
export function startDataset(): Promise<void> {
  started ??= (async () => {
    try {
      // DuckDB-WASM starts at once (its worker compiles ~34 MB of wasm), while the source is looked up; so does the
      // fetch of the sample's figures, the usual first screen (a few KB wasted when the user's own data is shown)
      const starting = getDatabase();
      const sampleManifest = fetchSampleManifest();
      sampleManifest.catch(() => undefined);
      const source = ((await get<DataSource>('source', settings)) ?? 'sample') as DataSource;
      performance.mark('source-known');
      const stored = source === 'user' ? await loadStoredFiles() : null;
      const effective: DataSource = source === 'user' && !stored ? 'sample' : source;
      const sampleKind = ((await get<SampleKind>('sampleKind', settings)) ?? 'tables') as SampleKind;
      const version = versionOf(effective, stored, sampleKind, effective === 'user' ? await userProfiles() : []);
      update({ source: effective, sampleKind, version });
      if (effective === 'sample' && sampleKind === 'tables') {
        // The sample's figures were computed at build time: the first screen shows them before DuckDB has started.
        void sampleManifest.then((m) => seedFigures(m, version), () => undefined);
        const [db, bytes, m] = await Promise.all([starting, fetchSampleDatabase(), sampleManifest]);
        await loadSample(db, bytes, m);
      } else {
        // The tables kept after the last import of these files, if any; else the files are imported again (the forms
        // sample as a user's forms would be, fetched while DuckDB starts).
        const db = await starting;
        if (!(await restoreKept(db, version))) {
          const files = effective === 'sample' ? await fetchSampleFormFiles() : (stored ?? []);
          await load(db, files);
          keepForNextVisit(db);
        }
      }
    } catch (e) {
      update({ phase: 'error', error: (e as Error).message });
    }
  })();
  return started;
}

/** The build's figures under this page's sample version; a figure already in the cache (persisted) is left alone. */
function seedFigures(manifest: SampleManifest, version: string): void {
  for (const f of manifest.figures) {
    const key = [...f.key, version];
    if (queryClient.getQueryData(key) === undefined) queryClient.setQueryData(key, f.data);
  }
  performance.mark('sample-figures'); // read by bench/ui.bench.ts: the build's figures are in the cache
}

/** The sample as the build left it (imported and prepared): copied into DuckDB, no CSV parsed, nothing prepared. */
async function loadSample(db: Database, bytes: Uint8Array, manifest: SampleManifest): Promise<void> {
  update({ phase: 'importing', db: null, progress: null });
  await db.registerBuffer(SAMPLE_FILE, bytes);
  try {
    await loadSnapshot(db, SAMPLE_FILE);
  } finally {
    await db.dropFile(SAMPLE_FILE);
  }
  performance.mark('sample-loaded'); // read by bench/ui.bench.ts: DuckDB ready → sample loaded
  await ready(db, manifest.report);
}

/** The import code, loaded on the first import (a first visit on the sample needs none of it): ./import-pipeline.ts */
const pipeline = () => import('./import-pipeline');

/**
 * The user's own profiles (IndexedDB, each validated against the profile schema): loaded with the import code, as a
 * first visit on the sample needs neither.
 */
const userProfiles = async (): Promise<ImportProfile[]> => (await import('./user-profiles')).userImportProfiles();

async function load(db: Database, files: InputFile[]): Promise<void> {
  // db null while importing: no query may run against half-loaded tables and cache it under the new version.
  update({ phase: 'importing', db: null, progress: { done: 0, total: files.length, files: [] } });
  const p = await pipeline();
  const parsed = await p.parseWithLayouts(files, await userProfiles(), onProgress);
  await finishLoad(db, await p.loadParsed(db, parsed), files.length > 0);
}

/**
 * The imported tables kept by the last visit for this dataset version (./data-snapshot.ts): copied back, and only the
 * analyses prepared again. False when none is kept; a snapshot that fails half-way is dropped with what it restored.
 */
async function restoreKept(db: Database, version: string): Promise<boolean> {
  update({ phase: 'importing', db: null, progress: null });
  try {
    const kept = await restoreDataSnapshot(db, version);
    if (!kept) return false;
    performance.mark('data-restored'); // read by the e2e tests: this visit imported nothing
    await finishLoad(db, kept.report, true);
    return true;
  } catch {
    await resetTables(db);
    await clearDataSnapshot();
    return false;
  }
}

/**
 * Keeps the imported tables for the next visit, once the first screen's queries are through (the copy runs on the
 * same DuckDB connection and would hold them up). Losing it costs the next visit an import, nothing more.
 */
function keepForNextVisit(db: Database): void {
  const { version, lastReport } = state;
  if (!version || version === 'empty') return;
  setTimeout(() => {
    if (state.version !== version || state.phase !== 'ready') return; // the data changed meanwhile: that import keeps its own
    void saveDataSnapshot(db, version, lastReport).then(
      () => performance.mark('data-kept'), // read by the e2e tests: a reload now restores
      () => undefined,
    );
  }, KEEP_AFTER_MS);
}

/** How long after the data is ready its tables are copied for the next visit. */
const KEEP_AFTER_MS = 1500;

/** Each parsed file's report is kept as it comes, so the page lists files (template, sheet, year) while the import runs. */
function onProgress(done: number, total: number, reports: FileReport[]): void {
  update({ progress: { done, total, files: [...(state.progress?.files ?? []), ...reports] } });
}

async function finishLoad(db: Database, report: ImportReport | null, keepReport: boolean): Promise<void> {
  performance.mark('data-imported'); // the marks split a cold start into its phases (see bench/ui.bench.ts)
  await (await pipeline()).prepareAnalyses(db);
  performance.mark('analyses-prepared');
  await ready(db, keepReport ? report : state.lastReport);
}

async function ready(db: Database, lastReport: ImportReport | null): Promise<void> {
  const [meta] = await db.run<{ at: string | null }>('-- last-import\nSELECT strftime(max(imported_at), \'%Y-%m-%d %H:%M\') AS at FROM imports');
  update({ phase: 'ready', db, progress: null, lastReport, importedAt: meta?.at ?? null });
}

async function resetTables(db: Database): Promise<void> {
  for (const t of IMPORTED_TABLES) {
    await db.exec(`DROP TABLE IF EXISTS ${t} CASCADE`);
  }
}

/**
 * The user's files: they replace the sample, and add to earlier user files (re-dropping a file doubles nothing).
 * They are parsed before anything changes: when not one row can be loaded, the import is refused with its reports
 * (state.refused) and the data shown stays as it was — no switch to an empty 「自分のデータ」.
 */
export async function importUserFiles(files: InputFile[]): Promise<'loaded' | 'refused'> {
  const db = await getDatabase();
  const before = { phase: state.phase, db: state.db };
  update({ phase: 'importing', refused: null, progress: { done: 0, total: files.length, files: [] } });
  rememberInputs(files);
  const p = await pipeline();
  const parsed = await p.parseWithLayouts(files, await userProfiles(), onProgress);
  if (p.parsedRowCount(parsed) === 0) {
    update({ ...before, progress: null, refused: parsed.map((p) => p.report) });
    return 'refused';
  }
  const previous = state.source === 'user' ? ((await loadStoredFiles()) ?? []) : [];
  update({ db: null });
  if (state.source !== 'user') await resetTables(db);
  // a file dropped again (say, once a profile for it was made) is kept once: on a reload it is read once
  const all = [...previous, ...files.filter((f) => !previous.some((p) => sameFile(p, f)))];
  await saveStoredFiles(all);
  await set('source', 'user', settings);
  update({ source: 'user', version: versionOf('user', all, 'tables', await userProfiles()) });
  await finishLoad(db, await p.loadParsed(db, parsed), true);
  keepForNextVisit(db);
  return 'loaded';
}

/** Closes the notice of a refused import. */
export function dismissRefused(): void {
  update({ refused: null });
}

export async function loadSampleData(kind: SampleKind = 'tables'): Promise<void> {
  await set('sampleKind', kind, settings);
  update({ sampleKind: kind });
  await switchTo('sample');
}


export async function clearUserData(): Promise<void> {
  await switchTo('empty');
}

async function switchTo(source: 'sample' | 'empty'): Promise<void> {
  const db = await getDatabase();
  await clearStoredFiles();
  await clearDataSnapshot();
  await set('source', source, settings);
  await resetTables(db);
  update({ source, version: versionOf(source, null, state.sampleKind), lastReport: null, refused: null });
  if (source === 'sample' && state.sampleKind === 'tables') {
    const [bytes, manifest] = await Promise.all([fetchSampleDatabase(), fetchSampleManifest()]);
    await loadSample(db, bytes, manifest);
  } else if (source === 'sample') {
    await load(db, await fetchSampleFormFiles());
    keepForNextVisit(db);
  } else {
    await load(db, []);
  }
}

function sameFile(a: InputFile, b: InputFile): boolean {
  return a.name === b.name && a.bytes.length === b.bytes.length && a.bytes.every((x, i) => x === b.bytes[i]);
}

/**
 * The dataset's version: every cached figure is keyed by it. The user's files are read with the user's profiles, so
 * both are in it (a profile made later reads a stored file differently on the next start).
 */
function versionOf(source: DataSource, files: InputFile[] | null, sampleKind: SampleKind = 'tables', profiles: readonly ImportProfile[] = []): string {
  // 'sample:' opens every sample version: the briefing prints 架空 on it (src/queries/briefing-queries.ts).
  if (source === 'sample') return sampleKind === 'forms' ? `sample:${SAMPLE_FORMS_VERSION}` : `sample:${SAMPLE_VERSION}`;
  if (source === 'empty') return 'empty';
  let h = 0x811c9dc5;
  for (const f of files ?? []) {
    for (let i = 0; i < f.name.length; i++) h = Math.imul(h ^ f.name.charCodeAt(i), 16777619);
    for (let i = 0; i < f.bytes.length; i++) h = Math.imul(h ^ f.bytes[i]!, 16777619);
  }
  const stamp = profiles.length ? JSON.stringify(profiles) : '';
  for (let i = 0; i < stamp.length; i++) h = Math.imul(h ^ stamp.charCodeAt(i), 16777619);
  return `user:${(files ?? []).length}:${(h >>> 0).toString(36)}`;
}

import { createStore, del, get, set } from 'idb-keyval';
import type { Database } from '../db/database';
import { dumpTables, restoreTables, type TableDump } from '../db/table-dump';
import { IMPORTED_TABLES, type ImportReport } from '../import/types';

/**
 * The imported tables of the data on screen (the user's files, or the sample as forms), kept in this browser's
 * IndexedDB after an import, so that the next visit copies them back instead of parsing and importing every file
 * again (大船渡市's workbook: ~16 s each visit). Only the analyses' preparation runs again (~1 s).
 *
 * Kept under the dataset's version (the files and the profiles read with them) and this build's id: another build may
 * read the same files differently, and then imports them again. Never sent anywhere, like the files themselves.
 */
const store = createStore('seika-snapshot', 'tables');
const KEY = 'imported-tables';

interface DataSnapshot {
  version: string;
  build: string;
  tables: TableDump[];
  report: ImportReport | null;
}

/** Puts the snapshot kept for `version` into the database; false when there is none for it (or it cannot be read). */
export async function restoreDataSnapshot(db: Database, version: string): Promise<{ report: ImportReport | null } | false> {
  let snapshot: DataSnapshot | undefined;
  try {
    snapshot = await get<DataSnapshot>(KEY, store);
  } catch {
    return false; // IndexedDB unavailable (some private modes): import as before
  }
  if (!snapshot || snapshot.version !== version || snapshot.build !== __BUILD_ID__) return false;
  await restoreTables(db, snapshot.tables);
  return { report: snapshot.report };
}

/** Keeps the imported tables now in the database for the next visit, replacing any earlier snapshot. */
export async function saveDataSnapshot(db: Database, version: string, report: ImportReport | null): Promise<void> {
  const tables = await dumpTables(db, IMPORTED_TABLES);
  await set(KEY, { version, build: __BUILD_ID__, tables, report } satisfies DataSnapshot, store);
}

export async function clearDataSnapshot(): Promise<void> {
  await del(KEY, store).catch(() => undefined);
}

import type { Database } from './database';
import { openBrowserDatabase } from './browser';

let shared: Promise<Database> | null = null;

/** The page's one DuckDB, started on first use behind one shared promise. */
export function getDatabase(): Promise<Database> {
  shared ??= openBrowserDatabase();
  return shared;
}

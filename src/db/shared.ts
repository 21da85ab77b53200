import type { Database } from './database';

let shared: Promise<Database> | null = null;

/**
 * The page's one DuckDB, started on first use behind one shared promise. Loaded as its own chunk: the first screen
 * (and persisted figures on a revisit) can show before DuckDB-WASM's JavaScript has even arrived.
 */
export function getDatabase(): Promise<Database> {
  shared ??= import('./browser').then((m) => m.openBrowserDatabase());
  return shared;
}

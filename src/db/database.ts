/**
 * The one interface every layer uses to talk to DuckDB-WASM, in the browser (worker) and in Node (blocking build).
 * Values are always bound as parameters; rows come back as plain JS values (see ./plain-rows.ts).
 */
export type SqlValue = string | number | boolean | null;
export type Row = Record<string, unknown>;

export interface Database {
  /** Run one statement with bound parameters and return its rows as plain objects. */
  run<T = Row>(sql: string, params?: readonly SqlValue[]): Promise<T[]>;
  /** Run one or more statements that need no parameters (DDL, scripts). */
  exec(sql: string): Promise<void>;
  /** Make a text file visible to SQL (read_csv) under `name`. */
  registerText(name: string, text: string): Promise<void>;
  dropFile(name: string): Promise<void>;
  close(): Promise<void>;
}

/**
 * Settings applied right after connecting, on every platform.
 * autoload off: json/parquet/icu are not linked into the wasm and, offline, DuckDB would try to download them —
 * Chromium then fails with a misleading error and Node hangs forever (duckdb-wasm#2252).
 */
export const STARTUP_SQL = [
  'SET autoload_known_extensions = false',
  'SET autoinstall_known_extensions = false',
];

/** Result casts set once at open, so no BigInt or unscaled DECIMAL ever leaves the db module. */
export const QUERY_CONFIG = { castBigIntToDouble: true, castDecimalToDouble: true } as const;

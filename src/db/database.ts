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
  /** Make a binary file (a DuckDB database: see ./snapshot.ts) visible to SQL under `name`; the bytes may be taken over. */
  registerBuffer(name: string, bytes: Uint8Array): Promise<void>;
  dropFile(name: string): Promise<void>;
  /**
   * The rows of `sql` as a CSV file's bytes (header, every non-NULL value quoted, so NULL and '' stay apart): what
   * ./table-dump.ts keeps of a table. Each engine writes where it can and reads the file back.
   */
  exportCsv(sql: string): Promise<Uint8Array>;
  close(): Promise<void>;
  /** A separate connection for the SQL console (src/console/), so its transactions never touch the app's queries. */
  openConsole(): Promise<ConsoleConnection>;
}

/** One result column of a console query; `numeric` when its values are JS numbers (right-aligned, chartable). */
export interface ConsoleColumn {
  name: string;
  /** the Arrow type as text (Int32, Float64, Utf8, Date32<DAY>…) */
  type: string;
  numeric: boolean;
}

/**
 * A console result, column by column: one plain array per column instead of one object per row — for 100,000 rows
 * that is a handful of arrays rather than 100,000 objects, and the grid reads values[column][row] as it scrolls.
 */
export interface ConsoleResult {
  columns: ConsoleColumn[];
  values: unknown[][];
  rowCount: number;
  /** more rows existed than were kept (the console keeps at most maxRows) */
  truncated: boolean;
}

/** The console's own connection. The safety policy (what may run, in a transaction always rolled back) is in src/console/. */
export interface ConsoleConnection {
  /** Throws unless `sql` is exactly one statement (DuckDB cannot prepare several); nothing is run. */
  checkOneStatement(sql: string): Promise<void>;
  /** Runs a statement without a result (BEGIN, ROLLBACK). */
  exec(sql: string): Promise<void>;
  /** Runs one statement, streaming its result; keeps at most maxRows rows. cancel() makes it throw. */
  query(sql: string, maxRows: number): Promise<ConsoleResult>;
  /** Cancels the running query; false when nothing could be cancelled (the Node build blocks, it never has one). */
  cancel(): Promise<boolean>;
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

/** The COPY options of exportCsv, the same on every engine (./table-dump.ts reads them back with matching options). */
export const EXPORT_CSV_OPTIONS = "(FORMAT csv, HEADER, DELIMITER ',', QUOTE '\"', ESCAPE '\"', FORCE_QUOTE *)";

/** Result casts set once at open, so no BigInt or unscaled DECIMAL ever leaves the db module. */
export const QUERY_CONFIG = { castBigIntToDouble: true, castDecimalToDouble: true } as const;

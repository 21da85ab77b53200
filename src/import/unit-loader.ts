import type { Database } from '../db/database';
import { bulkInsert, readCsvSql, toCsvText, type BulkColumn } from '../db/bulk-insert';
import type { DbRecord } from './build-records';
import type { ParsedUnit, RejectedRow } from './parsed-unit';
import { DB_COLUMNS } from './schema';
import { TABLE_NAMES, type FileReport, type TableName } from './types';

/**
 * Records are inserted this many at a time: the CSV text handed to DuckDB's reader, the staging table and the
 * JavaScript that builds them stay bounded whatever the size of the import (the whole country on the command line,
 * ~22 million rows; a scale-10 city in the browser, where one chunk is one bounded main-thread task).
 */
const CHUNK_RECORDS = 20_000;

/** What the loader keeps of a unit once its records are in the database: its report and rejected rows, small. */
export interface LoadedUnit {
  report: FileReport;
  rejected: RejectedRow[];
}

let hashFiles = 0;

/** A macrotask: awaiting a resolved promise would not let the browser paint or handle a click in between. */
const yieldToEventLoop = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
const HASH_COLUMN: BulkColumn[] = [{ name: 'row_hash', type: 'VARCHAR' }];

/**
 * Loads parsed units into the five tables as they come (file by file, so that a caller never holds every parsed row
 * at once), skipping rows already imported: by content hash (src/import/row-hash.ts), so the same sheet exported
 * twice, or as CSV and as xlsx, doubles nothing. The first occurrence wins, in the order the units arrive.
 *
 * Rows of the units added since the last flush are compared among themselves in JavaScript, and with the rows
 * already in the table in SQL (the chunk's hashes looked up in the table), so no set of every hash ever lives in
 * the JavaScript heap. Each unit's report counts its rows loaded and already imported.
 */
export class UnitLoader {
  readonly units: LoadedUnit[] = [];
  readonly tablesLoaded = new Set<TableName>();
  /** units added since the last flush, with their place in `units` */
  private pending: { unit: ParsedUnit; index: number }[] = [];
  private pendingRecords = 0;

  constructor(
    private readonly db: Database,
    readonly importId: number,
    private readonly chunkRecords = CHUNK_RECORDS,
  ) {}

  /** Takes units in order; their records are loaded once a chunk's worth is waiting (or at flush). */
  async add(units: readonly ParsedUnit[]): Promise<void> {
    for (const unit of units) {
      this.pending.push({ unit, index: this.units.length });
      this.units.push({ report: unit.report, rejected: unit.rejected });
      for (const rows of Object.values(unit.records)) this.pendingRecords += rows?.length ?? 0;
    }
    if (this.pendingRecords >= this.chunkRecords) await this.flush();
  }

  /** Loads everything waiting. */
  async flush(): Promise<void> {
    const units = this.pending;
    this.pending = [];
    this.pendingRecords = 0;
    for (const table of TABLE_NAMES) await this.loadTable(table, units);
  }

  private async loadTable(table: TableName, units: readonly { unit: ParsedUnit; index: number }[]): Promise<void> {
    // Duplicates among the waiting units are settled here; the first occurrence is the one compared with the table.
    const seen = new Set<string>();
    let walked = 0;
    const fresh: DbRecord[] = [];
    const freshUnit: number[] = [];
    for (const { unit, index } of units) {
      const records = unit.records[table];
      if (!records?.length) continue;
      for (const record of records) {
        // the page stays responsive: a long table is gone through a chunk at a time, the event loop let in between
        if (++walked % this.chunkRecords === 0) await yieldToEventLoop();
        const hash = record.row_hash as string;
        if (seen.has(hash)) {
          unit.report.alreadyImported++;
          continue;
        }
        seen.add(hash);
        record.import_id = this.importId;
        fresh.push(record);
        freshUnit.push(index);
      }
      // The records are in the chunk now: the unit no longer holds them (the whole import never sits in memory).
      delete unit.records[table];
    }
    if (fresh.length === 0) return;
    // Compared with the table once for the whole flush (its rows are unique among themselves by now), then inserted
    // a chunk at a time.
    const known = await this.alreadyInTable(table, fresh);
    const toInsert: DbRecord[] = [];
    fresh.forEach((record, i) => {
      const report = this.units[freshUnit[i]!]!.report;
      if (known.has(record.row_hash as string)) {
        report.alreadyImported++;
      } else {
        report.loaded++;
        toInsert.push(record);
      }
    });
    for (let from = 0; from < toInsert.length; from += this.chunkRecords) {
      await bulkInsert(this.db, table, DB_COLUMNS[table], toInsert.slice(from, from + this.chunkRecords));
      this.tablesLoaded.add(table);
    }
  }

  /**
   * The chunk's hashes already in the table (normally none). Only the hashes go to DuckDB, as a CSV its reader
   * reads (no staging table: copying the rows there first and anti-joining cost twice the import's CPU at 1/10 of
   * the country), and the table is probed for them, the small chunk being the join's build side: one scan of row_hash.
   */
  private async alreadyInTable(table: TableName, records: readonly DbRecord[]): Promise<Set<string>> {
    if (!this.tablesLoaded.has(table)) {
      // count(*) of the whole table: DuckDB answers it from its metadata. (The same over `SELECT 1 … LIMIT 1` on an
      // empty table corrupts DuckDB-WASM 1.32's memory: later COPY … TO files come out empty, then 'memory access out
      // of bounds'. test/sql/table-dump.test.ts caught it.)
      const [{ n: existing } = { n: 0 }] = await this.db.run<{ n: number }>(`-- table-has-rows\nSELECT count(*)::INTEGER AS n FROM ${table}`);
      if (existing === 0) return new Set(); // every first import: nothing to compare with
    }
    const file = `seika_hashes_${++hashFiles}.csv`;
    await this.db.registerText(file, toCsvText(HASH_COLUMN, records));
    try {
      const rows = await this.db.run<{ row_hash: string }>(`-- chunk-already-imported
SELECT DISTINCT row_hash FROM ${table}
WHERE row_hash IN (SELECT row_hash FROM ${readCsvSql(HASH_COLUMN, file)})`);
      return new Set(rows.map((r) => r.row_hash));
    } finally {
      await this.db.dropFile(file);
    }
  }
}

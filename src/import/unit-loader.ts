import type { Database } from '../db/database';
import { bulkInsert, type BulkColumn } from '../db/bulk-insert';
import type { DbRecord } from './build-records';
import type { ParsedUnit, RejectedRow } from './parsed-unit';
import { DB_COLUMNS } from './schema';
import { TABLE_NAMES, type FileReport, type TableName } from './types';

/**
 * Records are inserted this many at a time: the CSV text handed to DuckDB's reader, the staging table and the
 * JavaScript that builds them stay bounded whatever the size of the import (the whole country on the command line,
 * ~22 million rows; a scale-10 city in the browser, where one chunk is one bounded main-thread task).
 */
export const CHUNK_RECORDS = 20_000;

/** What the loader keeps of a unit once its records are in the database: its report and rejected rows, small. */
export interface LoadedUnit {
  report: FileReport;
  rejected: RejectedRow[];
}

const STAGING = 'seika_staging';
const UNIT = 'seika_unit';

/**
 * Loads parsed units into the five tables as they come (file by file, so that a caller never holds every parsed row
 * at once), skipping rows already imported: by content hash (src/import/row-hash.ts), so the same sheet exported
 * twice, or as CSV and as xlsx, doubles nothing. The first occurrence wins, in the order the units arrive.
 *
 * Rows of the units added since the last flush are compared among themselves in JavaScript, and with the rows
 * already in the table in SQL (a staging table anti-joined on row_hash), so no set of every hash ever lives in the
 * JavaScript heap. Each unit's report counts its rows loaded and already imported.
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
    const fresh: DbRecord[] = [];
    const freshUnit: number[] = [];
    for (const { unit, index } of units) {
      const records = unit.records[table];
      if (!records?.length) continue;
      for (const record of records) {
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
    for (let from = 0; from < fresh.length; from += this.chunkRecords) {
      await this.insertChunk(table, fresh.slice(from, from + this.chunkRecords), freshUnit.slice(from, from + this.chunkRecords));
    }
  }

  private async insertChunk(table: TableName, records: DbRecord[], unitOf: number[]): Promise<void> {
    const columns = DB_COLUMNS[table];
    const [{ n: existing } = { n: 0 }] = await this.db.run<{ n: number }>(`-- table-has-rows\nSELECT count(*)::INTEGER AS n FROM (SELECT 1 FROM ${table} LIMIT 1)`);
    if (existing === 0) {
      // An empty table (every first import) has nothing to compare with: straight in.
      await bulkInsert(this.db, table, columns, records);
      for (const u of unitOf) this.units[u]!.report.loaded++;
      this.tablesLoaded.add(table);
      return;
    }
    const staged = records.map((r, i) => ({ ...r, [UNIT]: unitOf[i] }));
    const stagingColumns: BulkColumn[] = [...columns, { name: UNIT, type: 'INTEGER' }];
    await this.db.exec(`-- staging-create\nCREATE OR REPLACE TEMP TABLE ${STAGING} AS SELECT *, NULL::INTEGER AS ${UNIT} FROM ${table} LIMIT 0`);
    try {
      await bulkInsert(this.db, STAGING, stagingColumns, staged);
      const known = await this.db.run<{ unit: number; n: number }>(`-- staged-already-imported
SELECT s.${UNIT} AS unit, count(*)::INTEGER AS n
FROM ${STAGING} AS s SEMI JOIN ${table} AS t ON t.row_hash = s.row_hash
GROUP BY s.${UNIT}`);
      const knownByUnit = new Map(known.map((k) => [k.unit, k.n]));
      const names = columns.map((c) => `"${c.name}"`).join(', ');
      await this.db.exec(`-- staged-insert-fresh
INSERT INTO ${table} (${names})
SELECT ${names} FROM ${STAGING} AS s ANTI JOIN ${table} AS t ON t.row_hash = s.row_hash`);
      const perUnit = new Map<number, number>();
      for (const u of unitOf) perUnit.set(u, (perUnit.get(u) ?? 0) + 1);
      for (const [u, n] of perUnit) {
        const already = knownByUnit.get(u) ?? 0;
        const report = this.units[u]!.report;
        report.alreadyImported += already;
        report.loaded += n - already;
        if (n > already) this.tablesLoaded.add(table);
      }
    } finally {
      await this.db.exec(`-- staging-drop\nDROP TABLE IF EXISTS ${STAGING}`);
    }
  }
}

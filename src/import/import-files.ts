import type { Database } from '../db/database';
import { bulkInsert } from '../db/bulk-insert';
import { schemaDdl } from './ddl';
import { findDuplicateKeys } from './duplicate-keys';
import { findOrphans } from './orphans';
import type { FormTemplate } from './forms/template';
import type { ImportProfile } from './profiles/profile';
import { parseInput, type ParseContext } from './parse-file';
import { UnitLoader, type LoadedUnit } from './unit-loader';
import { emptyReport, fileError, recordCount, type ParsedUnit } from './parsed-unit';
import { type FileReport, type ImportReport, type InputFile, type TableName, type UnreadFile } from './types';

export async function ensureSchema(db: Database): Promise<void> {
  await db.exec(schemaDdl());
}

export interface ImportOptions {
  /** called after each file is parsed, for progress bars */
  onFileParsed?: (done: number, total: number, reports: FileReport[]) => void;
  /** the import's time as 'YYYY-MM-DD HH:MM:SS' wall-clock time (tests pin it); default: now, local time */
  now?: string;
  /** form templates (data/forms/*.json) for evaluation sheets that arrive as forms; none: tables only */
  templates?: readonly FormTemplate[];
  /** import profiles (data/profiles/*.json, the user's own) for list-style exports in a city's own layout */
  profiles?: readonly ImportProfile[];
}

/**
 * The whole import, file by file: each file is parsed and its rows handed to the loader before the next is read, so
 * memory holds one file's parse and one chunk's rows, not the whole import (the command line on a whole country).
 */
export async function importFiles(db: Database, files: readonly (InputFile | UnreadFile)[], options: ImportOptions = {}): Promise<ImportReport> {
  const ctx = { templates: options.templates ?? [], profiles: options.profiles ?? [] };
  const loader = await beginLoad(db);
  for (const [i, file] of files.entries()) {
    const units = await parseOne(file, ctx);
    options.onFileParsed?.(i + 1, files.length, units.map((u) => u.report));
    await loader.add(units);
  }
  return finishLoad(db, loader, options);
}

/** A file that cannot be read (gone, no permission) is one error finding; the import goes on with the others. */
async function parseOne(file: InputFile | UnreadFile, ctx: ParseContext): Promise<ParsedUnit[]> {
  if ('bytes' in file) return parseInput(file, ctx);
  let bytes: Uint8Array;
  try {
    bytes = await file.read();
  } catch (e) {
    const report = emptyReport(file.name);
    report.findings.push(fileError(file.name, `ファイルを読み込めません: ${(e as Error).message}`));
    return [{ report, records: {}, rejected: [] }];
  }
  return parseInput({ name: file.name, bytes }, ctx);
}

/**
 * Every file parsed on its own (a bad file never stops the others) into units: a file, a worksheet, a file in a
 * zip. Nothing touches the database, so a caller can see that nothing would load before changing what is shown.
 */
export async function parseFiles(files: readonly InputFile[], options: Pick<ImportOptions, 'onFileParsed' | 'templates' | 'profiles'> = {}): Promise<ParsedUnit[]> {
  const ctx = { templates: options.templates ?? [], profiles: options.profiles ?? [] };
  const parsed: ParsedUnit[] = [];
  for (const [i, file] of files.entries()) {
    const units = await parseInput(file, ctx);
    parsed.push(...units);
    if (options.onFileParsed) {
      options.onFileParsed(i + 1, files.length, units.map((u) => u.report));
      // Let the page paint the progress bar between files.
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
  }
  return parsed;
}

/** Rows parsed in all units: what 'nothing loaded' is measured against before anything is loaded. */
export function parsedRowCount(parsed: readonly ParsedUnit[]): number {
  return parsed.reduce((n, u) => n + recordCount(u), 0);
}

/**
 * Loads units parsed beforehand (the app parses first, to refuse an import in which nothing would load), in
 * chunks (src/import/unit-loader.ts). The units' records are handed over: they are emptied as they are loaded.
 */
export async function loadParsed(db: Database, parsed: readonly ParsedUnit[], options: Pick<ImportOptions, 'now'> = {}): Promise<ImportReport> {
  const loader = await beginLoad(db);
  await loader.add(parsed);
  return finishLoad(db, loader, options);
}

async function beginLoad(db: Database): Promise<UnitLoader> {
  await ensureSchema(db);
  const [row] = await db.run<{ next: number }>('-- next-import-id\nSELECT coalesce(max(import_id), 0) + 1 AS next FROM imports');
  return new UnitLoader(db, row!.next);
}

/** The last rows loaded, then the bookkeeping: the import and its files, duplicate keys, orphans, findings. */
async function finishLoad(db: Database, loader: UnitLoader, options: Pick<ImportOptions, 'now'>): Promise<ImportReport> {
  await loader.flush();
  const { importId, units: parsed, tablesLoaded: loaded } = loader;
  await recordImportFiles(db, importId, parsed, options.now ?? localTimestamp(new Date()));
  await recordDuplicateKeys(db, importId, parsed, loaded);
  await recordOrphans(db, importId, parsed, loaded);
  await recordFindings(db, importId, parsed);
  return { importId, files: parsed.map((p) => p.report) };
}

async function recordDuplicateKeys(db: Database, importId: number, parsed: readonly LoadedUnit[], loaded: ReadonlySet<TableName>): Promise<void> {
  const byFile = new Map(parsed.map((p) => [p.report.file, p.report]));
  for (const d of await findDuplicateKeys(db, importId, loaded)) {
    byFile.get(d.file)?.findings.push({
      file: d.file,
      line: d.line,
      column: null,
      raw: d.key,
      expected: null,
      severity: 'warning',
      message: `同じキー（${d.key}）の行が別にあります: ${d.otherFile} ${d.otherLine}行目。両方とも取り込み、分析では後から取り込んだこの行を使います`,
    });
  }
}

async function recordOrphans(db: Database, importId: number, parsed: readonly LoadedUnit[], loaded: ReadonlySet<TableName>): Promise<void> {
  const byFile = new Map(parsed.map((p) => [p.report.file, p.report]));
  for (const f of await findOrphans(db, importId, loaded)) byFile.get(f.file)?.findings.push(f);
}

/**
 * Local wall-clock time, as the user reads a clock: a briefing printed in Tokyo says 17:05, not the UTC 08:05.
 * TIMESTAMP has no zone (TIMESTAMPTZ needs ICU, not linked offline), so the stored value is the local time itself.
 */
export function localTimestamp(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}`;
}

async function recordImportFiles(db: Database, importId: number, parsed: readonly LoadedUnit[], now: string): Promise<void> {
  await db.run('-- record-import\nINSERT INTO imports VALUES (?, CAST(? AS TIMESTAMP), ?)', [importId, now, parsed.length]);
  const fileRows = parsed.map(({ report: r }, i) => ({
    import_id: importId,
    file_no: i + 1,
    file: r.file,
    encoding: r.encoding,
    table_name: r.table,
    sheet: r.sheet,
    format: r.format,
    kind: r.kind,
    template: r.template,
    form_fiscal_year: r.fiscalYear,
    form_sheet_no: r.sheetNo,
    rows: r.rows,
    loaded: r.loaded,
    blank: r.blank,
    rejected: r.rejected,
    already_imported: r.alreadyImported,
  }));
  await bulkInsert(db, 'import_files', IMPORT_FILE_COLUMNS, fileRows);
}

async function recordFindings(db: Database, importId: number, parsed: readonly LoadedUnit[]): Promise<void> {
  const findings = parsed.flatMap((p) => p.report.findings.map((f) => ({ import_id: importId, ...f })));
  await bulkInsert(db, 'findings', FINDING_COLUMNS, findings);
  const rejected = parsed.flatMap((p) => p.rejected.map((r) => ({ import_id: importId, ...r })));
  await bulkInsert(db, 'rejected_rows', REJECTED_COLUMNS, rejected);
}

const cols = (spec: string) => spec.split(',').map((s) => {
  const [name, type] = s.trim().split(' ');
  return { name: name!, type: type! };
});
const IMPORT_FILE_COLUMNS = cols('import_id INTEGER, file_no INTEGER, file VARCHAR, encoding VARCHAR, table_name VARCHAR, sheet VARCHAR, format VARCHAR, kind VARCHAR, template VARCHAR, form_fiscal_year INTEGER, form_sheet_no VARCHAR, rows INTEGER, loaded INTEGER, blank INTEGER, rejected INTEGER, already_imported INTEGER');
const FINDING_COLUMNS = cols('import_id INTEGER, file VARCHAR, line INTEGER, column VARCHAR, raw VARCHAR, expected VARCHAR, severity VARCHAR, message VARCHAR');
const REJECTED_COLUMNS = cols('import_id INTEGER, source_file VARCHAR, source_line INTEGER, table_name VARCHAR, reason VARCHAR, raw_cells VARCHAR');

export type { TableName };

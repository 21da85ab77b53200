import type { DbRecord } from './build-records';
import type { Grid } from './grid';
import type { FileReport, Finding, TableName } from './types';

/** A row that could not be stored (no year or sheet number), kept with its cells exactly as read. */
export interface RejectedRow {
  source_file: string;
  source_line: number;
  table_name: TableName | null;
  reason: string;
  /** the row's cells as a JSON array of strings, exactly as read */
  raw_cells: string;
}

export type TableRecords = Partial<Record<TableName, DbRecord[]>>;

/**
 * What one unit of input became: a CSV/TSV file, one worksheet, one HTML page, or a file that could not be read.
 * A table unit feeds one table; a form unit (one evaluation sheet) feeds all five.
 */
export interface ParsedUnit {
  report: FileReport;
  records: TableRecords;
  rejected: RejectedRow[];
}

export function emptyReport(file: string, grid: Grid | null = null): FileReport {
  return {
    file,
    sheet: grid?.sheet ?? null,
    format: grid?.format ?? null,
    encoding: grid?.encoding ?? null,
    kind: null,
    table: null,
    template: null,
    fiscalYear: null,
    sheetNo: null,
    rows: 0,
    loaded: 0,
    blank: 0,
    rejected: 0,
    alreadyImported: 0,
    findings: [],
  };
}

export function recordCount(unit: ParsedUnit): number {
  let n = 0;
  for (const rows of Object.values(unit.records)) n += rows?.length ?? 0;
  return n;
}

export function fileError(file: string, message: string, severity: Finding['severity'] = 'error'): Finding {
  return { file, line: null, column: null, raw: null, expected: null, severity, message };
}

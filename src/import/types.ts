/** Shared types of the import: what a file becomes, and what is reported about it. */

export type TableName = 'sheets' | 'activities' | 'outputs' | 'outcomes' | 'reviews';
export const TABLE_NAMES: readonly TableName[] = ['sheets', 'activities', 'outputs', 'outcomes', 'reviews'];

export type Severity = 'error' | 'warning' | 'info';

/** One thing worth telling the user about an input file. line is 1-based as an editor shows it (header = line 1). */
export interface Finding {
  file: string;
  line: number | null;
  column: string | null;
  raw: string | null;
  expected: string | null;
  severity: Severity;
  message: string;
}

/** How a file was written. UTF-16 is detected with or without its BOM. */
export type Encoding = 'utf-8' | 'utf-8-bom' | 'shift_jis' | 'euc-jp' | 'iso-2022-jp' | 'utf-16le' | 'utf-16be';

export interface InputFile {
  name: string;
  bytes: Uint8Array;
}

export interface FileReport {
  file: string;
  encoding: Encoding | null;
  table: TableName | null;
  /** data rows read (header excluded, blank rows included) */
  rows: number;
  loaded: number;
  blank: number;
  rejected: number;
  /** rows already present from an earlier import of the same content, skipped so no figure doubles */
  alreadyImported: number;
  findings: Finding[];
}

export interface ImportReport {
  importId: number;
  files: FileReport[];
}

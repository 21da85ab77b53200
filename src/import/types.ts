/** Shared types of the import: what a file becomes, and what is reported about it. */

export type TableName = 'sheets' | 'activities' | 'outputs' | 'outcomes' | 'reviews' | 'program_money';
/** The sheet's five tables, and program-level money per year (予算・決算・人件費・トータルコスト, by funding source). */
export const TABLE_NAMES: readonly TableName[] = ['sheets', 'activities', 'outputs', 'outcomes', 'reviews', 'program_money'];

/** Every table an import writes (the data tables and the bookkeeping): what a reset drops and a snapshot keeps. */
export const IMPORTED_TABLES: readonly string[] = [...TABLE_NAMES, 'imports', 'import_files', 'findings', 'rejected_rows'];

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

/** A file whose bytes are read only when its turn comes (the command line on thousands of files, gigabytes in all). */
export interface UnreadFile {
  name: string;
  read(): Promise<Uint8Array>;
}

/** How a unit was recognised: as one of the five tables, or as an evaluation-sheet form (all five from one sheet). */
export type UnitKind = 'table' | 'form' | 'profile';

/**
 * The report of one unit of input: a file, or one worksheet of a workbook (`book.xlsx#シート名`), or a file inside a
 * zip (`sheets.zip/2024/124.csv`).
 */
export interface FileReport {
  file: string;
  /** the worksheet, for a workbook's sheet */
  sheet: string | null;
  /** csv, tsv, xlsx, xls, ods, html (or pdf, json, zip… for a file that could not be read) */
  format: string | null;
  encoding: string | null;
  kind: UnitKind | null;
  /** the table a table unit feeds */
  table: TableName | null;
  /** the form template a form unit was read with (its name) */
  template: string | null;
  /** a form's fiscal year and sheet number */
  fiscalYear: number | null;
  sheetNo: string | null;
  /** data rows read (header excluded, blank rows included); for a form, the rows its sheet makes in the five tables */
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

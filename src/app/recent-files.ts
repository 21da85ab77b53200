import type { FileReport, InputFile } from '../import/types';

/**
 * The files of the last import, held in memory (they are already, while the import runs) so that the data page can
 * offer 取込設定を作る for a file that nothing recognised — refused imports are not stored in IndexedDB.
 */
let recent: InputFile[] = [];

export function rememberInputs(files: InputFile[]): void {
  recent = files;
}

/**
 * The input file a unit's report is about, and its worksheet: `book.xlsx#一覧` is the sheet 一覧 of book.xlsx. A file
 * inside a zip is not found (its bytes are the zip's): the data page's own 取込設定を作る entry takes it.
 */
export function inputOf(report: Pick<FileReport, 'file' | 'sheet'>): { file: InputFile; sheet: string | null } | null {
  const base = report.sheet !== null && report.file.endsWith(`#${report.sheet}`) ? report.file.slice(0, -report.sheet.length - 1) : report.file;
  const file = recent.find((f) => f.name === base);
  return file ? { file, sheet: report.sheet } : null;
}

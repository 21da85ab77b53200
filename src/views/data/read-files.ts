import { isSystemFile } from '../../import/sources/archive';
import type { InputFile } from '../../import/types';

/** What a folder's files may be (as for `npm run check`): tables and forms as text, workbooks, web pages, zips. */
export const ACCEPTED_EXTENSIONS = ['.csv', '.tsv', '.txt', '.xlsx', '.xlsm', '.xls', '.ods', '.html', '.htm', '.zip'];

export interface PickedFiles {
  files: InputFile[];
  /** files inside dropped or picked folders that are not data files, by name */
  skipped: string[];
}

/**
 * Picked or dropped files and folders as the importer takes them. Nothing leaves the page: the bytes are read
 * locally. Inside a folder only data files are taken (a PDF beside the CSVs is listed as skipped, by name); a file
 * picked or dropped on its own is always handed to the importer, which says what it is.
 */
export async function readInputFiles(files: FileList | readonly File[]): Promise<PickedFiles> {
  const out: PickedFiles = { files: [], skipped: [] };
  for (const f of Array.from(files)) {
    // A folder picked with <input webkitdirectory> gives its files with their relative path.
    const path = f.webkitRelativePath || f.name;
    await take(out, path, f, f.webkitRelativePath !== '');
  }
  return out;
}

/** Dropped files and folders, as the items' entries (DataTransferItem.webkitGetAsEntry, in every current browser). */
export async function readDroppedEntries(entries: readonly FileSystemEntry[]): Promise<PickedFiles> {
  const out: PickedFiles = { files: [], skipped: [] };
  for (const entry of entries) await walk(out, entry, false);
  return out;
}

async function walk(out: PickedFiles, entry: FileSystemEntry, inFolder: boolean): Promise<void> {
  if (entry.isDirectory) {
    const reader = (entry as FileSystemDirectoryEntry).createReader();
    const children: FileSystemEntry[] = [];
    // readEntries returns at most 100 entries a call: read until it returns none.
    for (;;) {
      const batch = await new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject));
      if (batch.length === 0) break;
      children.push(...batch);
    }
    children.sort((a, b) => a.name.localeCompare(b.name, 'ja'));
    for (const child of children) await walk(out, child, true);
    return;
  }
  const file = await new Promise<File>((resolve, reject) => (entry as FileSystemFileEntry).file(resolve, reject));
  await take(out, entry.fullPath.replace(/^\//, ''), file, inFolder);
}

async function take(out: PickedFiles, path: string, file: File, inFolder: boolean): Promise<void> {
  if (inFolder && isSystemFile(path)) return;
  const ext = path.slice(path.lastIndexOf('.')).toLowerCase();
  if (inFolder && !ACCEPTED_EXTENSIONS.includes(ext)) {
    out.skipped.push(path);
    return;
  }
  out.files.push({ name: path, bytes: new Uint8Array(await file.arrayBuffer()) });
}

/** A CSV cell list as stored in rejected_rows.raw_cells (JSON array), shown back as the cells the user wrote. */
export function rawCells(json: string): string[] {
  try {
    const cells: unknown = JSON.parse(json);
    return Array.isArray(cells) ? cells.map((c) => String(c)) : [json];
  } catch {
    return [json];
  }
}

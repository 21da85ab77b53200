import type { InputFile } from '../../import/types';

/** Picked or dropped files as the importer takes them. Nothing leaves the page: the bytes are read locally. */
export async function readInputFiles(files: FileList | readonly File[]): Promise<InputFile[]> {
  return Promise.all(Array.from(files).map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })));
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

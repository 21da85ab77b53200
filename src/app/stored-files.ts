import { createStore, del, get, set } from 'idb-keyval';
import type { InputFile } from '../import/types';

/** The user's imported CSV files, kept in this browser's IndexedDB until they clear them. Never sent anywhere. */
const store = createStore('seika-data', 'files');
const KEY = 'user-files';

export async function loadStoredFiles(): Promise<InputFile[] | null> {
  const files = await get<InputFile[]>(KEY, store);
  return files && files.length > 0 ? files : null;
}

export async function saveStoredFiles(files: InputFile[]): Promise<void> {
  await set(KEY, files, store);
}

export async function clearStoredFiles(): Promise<void> {
  await del(KEY, store);
}

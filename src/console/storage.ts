import { createStore, get, set } from 'idb-keyval';

/**
 * The console's memory in this browser (IndexedDB, never sent anywhere): the last editor text, the last runs and the
 * queries the user saved by name. Survives a reload; separate from the imported data and the figure cache.
 */
const store = createStore('seika-console', 'state');

export interface HistoryEntry {
  sql: string;
  at: string;
  outcome: 'result' | 'error' | 'refused' | 'cancelled';
  rows?: number;
  elapsedMs?: number;
}

export interface SavedQuery {
  name: string;
  sql: string;
  savedAt: string;
}

export const HISTORY_LIMIT = 50;

export async function loadDraft(): Promise<string | null> {
  return (await get<string>('draft', store)) ?? null;
}

export async function saveDraft(sql: string): Promise<void> {
  await set('draft', sql, store);
}

export async function loadHistory(): Promise<HistoryEntry[]> {
  return (await get<HistoryEntry[]>('history', store)) ?? [];
}

/** Newest first; running the same text again moves it to the top instead of repeating it. */
export function addToHistory(history: readonly HistoryEntry[], entry: HistoryEntry): HistoryEntry[] {
  return [entry, ...history.filter((h) => h.sql !== entry.sql)].slice(0, HISTORY_LIMIT);
}

export async function saveHistory(history: readonly HistoryEntry[]): Promise<void> {
  await set('history', history, store);
}

export async function loadSaved(): Promise<SavedQuery[]> {
  return (await get<SavedQuery[]>('saved', store)) ?? [];
}

/** A name saved again replaces the older query of that name. */
export function withSaved(saved: readonly SavedQuery[], query: SavedQuery): SavedQuery[] {
  return [query, ...saved.filter((s) => s.name !== query.name)];
}

export async function saveSaved(saved: readonly SavedQuery[]): Promise<void> {
  await set('saved', saved, store);
}

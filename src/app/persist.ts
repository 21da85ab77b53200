import { dehydrate, type QueryClient } from '@tanstack/react-query';
import { createAsyncStoragePersister } from '@tanstack/query-async-storage-persister';
import type { PersistedClient } from '@tanstack/react-query-persist-client';
import { createStore, del, get, set } from 'idb-keyval';

/**
 * The query cache kept in IndexedDB, so a revisit shows the last figures before DuckDB has started.
 * TanStack's persister writes at most every 500 ms (serialising the whole cache each time), so the figures that came
 * last may still wait for their write when the page is closed or reloaded: then the next visit found none of them and
 * started cold. The page's own 'hidden'/'pagehide' moment writes the cache at once, as it is.
 */
const store = createStore('seika-cache', 'queries');
const KEY = 'REACT_QUERY_OFFLINE_CACHE'; // the async-storage persister's default key: both write the same entry
const storage = {
  getItem: (k: string) => get<string>(k, store).then((v) => v ?? null),
  setItem: (k: string, v: string) => set(k, v, store),
  removeItem: (k: string) => del(k, store),
};

export const persister = createAsyncStoragePersister({ storage, key: KEY, throttleTime: 500 });
export const MAX_AGE = 1000 * 60 * 60 * 24 * 7;

let restored = false;
/** PersistQueryClientProvider's onSuccess/onError: from now on the cache in memory holds what was persisted. */
export function markRestored(): void {
  restored = true;
}

/**
 * Writes the cache now whenever the page is hidden or left (tab closed, reload, navigation, app switch). Not before
 * the persisted cache was restored: a reload during start-up would otherwise overwrite it with an empty one.
 */
export function persistWhenLeaving(queryClient: QueryClient, buster: string): void {
  const persistNow = () => {
    if (!restored) return;
    const client: PersistedClient = { buster, timestamp: Date.now(), clientState: dehydrate(queryClient) };
    void storage.setItem(KEY, JSON.stringify(client));
  };
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') persistNow();
  });
  window.addEventListener('pagehide', persistNow);
}

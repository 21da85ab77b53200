import type { PersistedClient, Persister } from '@tanstack/react-query-persist-client';
import { createStore, del, get, set } from 'idb-keyval';

/**
 * The query cache kept in IndexedDB, so a revisit shows the last figures before DuckDB has started.
 *
 * Written once the cache has been quiet for a moment (250 ms), and when the page is hidden or left:
 *  - TanStack's async-storage persister serialises the whole cache on the main thread at most every 500 ms while
 *    anything changes: with a large city's figures that was 30–100 ms inside every filter change; after the last
 *    query of a change has answered, the one write no longer competes with drawing the charts;
 *  - its last write could still be waiting when the page was closed or reloaded, so the next visit found none of the
 *    figures it had just shown. 'hidden' and 'pagehide' write what is pending, but an IndexedDB write started while
 *    the page unloads does not always finish (a reload 0.3 s after the figures lost them every time with a 1 s wait
 *    in bench:ui): hence the short quiet period, not a long one.
 * Same key and format as TanStack's persister ({ buster, timestamp, clientState }).
 */
const store = createStore('seika-cache', 'queries');
const KEY = 'REACT_QUERY_OFFLINE_CACHE';
const QUIET_MS = 250;
export const MAX_AGE = 1000 * 60 * 60 * 24 * 7;

let pending: PersistedClient | null = null;
let timer: ReturnType<typeof setTimeout> | undefined;

function writePending(): void {
  clearTimeout(timer);
  timer = undefined;
  if (!pending) return;
  const client = pending;
  pending = null;
  void set(KEY, JSON.stringify(client), store);
}

export const persister: Persister = {
  // called on every cache change once the persisted cache was restored (never before: nothing can overwrite it early)
  persistClient(client) {
    pending = client;
    clearTimeout(timer);
    timer = setTimeout(writePending, QUIET_MS);
  },
  async restoreClient() {
    const text = await get<string>(KEY, store);
    return text ? (JSON.parse(text) as PersistedClient) : undefined;
  },
  async removeClient() {
    pending = null;
    clearTimeout(timer);
    await del(KEY, store);
  },
};

/** Writes what is pending whenever the page is hidden or left (tab closed, reload, navigation, app switch). */
export function persistWhenLeaving(): void {
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') writePending();
  });
  window.addEventListener('pagehide', writePending);
}

import { isValidPercent, THRESHOLD_NAMES, type ThresholdPercents } from '../analyses/thresholds';
import { parseUrlState, toSearch } from './url-state';

/**
 * A city's own thresholds, remembered in this browser (localStorage: a few bytes, read before the first render).
 * It only pre-fills the URL of a visit that names no thresholds, so every permalink still carries the setting it was
 * read under and opens the same figures on another PC.
 */
const KEY = 'seika:thresholds';

export function loadThresholdPreference(storage: Pick<Storage, 'getItem'> = localStorage): ThresholdPercents | null {
  try {
    const raw = JSON.parse(storage.getItem(KEY) ?? 'null') as Partial<Record<string, unknown>> | null;
    if (!raw || typeof raw !== 'object') return null;
    const pref = Object.fromEntries(
      THRESHOLD_NAMES.map((n) => {
        const v = raw[n];
        return [n, typeof v === 'number' && isValidPercent(n, v) ? v : null];
      }),
    ) as ThresholdPercents;
    return THRESHOLD_NAMES.some((n) => pref[n] !== null) ? pref : null;
  } catch {
    return null; // unreadable: as if nothing were remembered
  }
}

/** Remembers the setting (null values = the defaults); nothing non-default → forgets it. */
export function saveThresholdPreference(pref: ThresholdPercents | null, storage: Pick<Storage, 'setItem' | 'removeItem'> = localStorage): void {
  try {
    if (!pref || THRESHOLD_NAMES.every((n) => pref[n] === null)) storage.removeItem(KEY);
    else storage.setItem(KEY, JSON.stringify(pref));
  } catch {
    // storage full or disabled: the setting still applies to this visit through the URL
  }
}

/** The search string a visit should start with: its own, or — when it names no thresholds — with the remembered ones. */
export function searchWithPreference(search: string, pref: ThresholdPercents | null): string {
  const state = parseUrlState(search);
  if (!pref || THRESHOLD_NAMES.some((n) => state[n] !== null)) return search;
  return toSearch({ ...state, ...pref });
}

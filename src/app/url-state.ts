import { useCallback, useSyncExternalStore } from 'react';
import { DEFAULT_PERCENTS, percentText, readThresholdPercent, THRESHOLD_NAMES } from '../analyses/thresholds';

/** Everything a view depends on lives in the URL, so any screen is a permalink that reopens exactly. */
export type ViewName =
  | 'overview'
  | 'policy'
  | 'programs'
  | 'program'
  | 'gaps'
  | 'zero-cost'
  | 'budget'
  | 'cost'
  | 'similar'
  | 'quality'
  | 'changes'
  | 'briefing'
  | 'console'
  | 'data';
export const VIEW_NAMES: readonly ViewName[] = [
  'overview',
  'policy',
  'programs',
  'program',
  'gaps',
  'zero-cost',
  'budget',
  'cost',
  'similar',
  'quality',
  'changes',
  'briefing',
  'console',
  'data',
];

export interface UrlState {
  view: ViewName;
  year: number | null;
  pillar: string | null;
  department: string | null;
  status: string | null;
  goal: string | null;
  measure: string | null;
  program: string | null;
  q: string | null;
  /** the briefing's optional pages, comma-separated (?pages=costs,similar): see src/briefing/optional-pages.ts */
  pages: string | null;
  /** the roll-up level of the cost view (?by=department; pillar when absent) */
  by: string | null;
  /** the kind of change the changes view lists (?change=money_up; all when absent) */
  change: string | null;
  /** a municipality_key, with several cities loaded; '' is the data that names no city (?municipality=), null all */
  municipality: string | null;
  /** evaluation thresholds in percent (?near=75&under=60&over=120); null = the default (80, 70, 100) */
  near: number | null;
  under: number | null;
  over: number | null;
  lang: 'ja' | 'en';
}

const KEYS = ['year', 'pillar', 'department', 'status', 'goal', 'measure', 'program', 'q', 'pages', 'by', 'change'] as const;

export function parseUrlState(search: string): UrlState {
  const p = new URLSearchParams(search);
  const view = p.get('view') as ViewName | null;
  const year = Number(p.get('year'));
  return {
    view: view && VIEW_NAMES.includes(view) ? view : 'overview',
    year: Number.isInteger(year) && year > 0 ? year : null,
    pillar: p.get('pillar'),
    department: p.get('department'),
    status: p.get('status'),
    goal: p.get('goal'),
    measure: p.get('measure'),
    program: p.get('program'),
    q: p.get('q'),
    pages: p.get('pages'),
    by: p.get('by'),
    change: p.get('change'),
    municipality: p.get('municipality'),
    // an invalid value (near=120, under=abc) is ignored: the default applies, as if it were absent
    near: readThresholdPercent('near', p.get('near')),
    under: readThresholdPercent('under', p.get('under')),
    over: readThresholdPercent('over', p.get('over')),
    lang: p.get('lang') === 'en' ? 'en' : 'ja',
  };
}

export function toSearch(s: UrlState): string {
  const p = new URLSearchParams();
  if (s.view !== 'overview') p.set('view', s.view);
  for (const k of KEYS) {
    const v = s[k];
    if (v !== null && v !== '') p.set(k, String(v));
  }
  // '' is a city too (the data that names none): written as ?municipality=
  if (s.municipality !== null) p.set('municipality', s.municipality);
  // a default is not written: permalinks stay short, and a link without them follows the defaults
  for (const k of THRESHOLD_NAMES) {
    const v = s[k];
    if (v !== null && v !== DEFAULT_PERCENTS[k]) p.set(k, percentText(v));
  }
  if (s.lang === 'en') p.set('lang', 'en');
  const q = p.toString();
  return q ? `?${q}` : '';
}

function subscribe(cb: () => void): () => void {
  window.addEventListener('popstate', cb);
  window.addEventListener('seika:navigate', cb);
  return () => {
    window.removeEventListener('popstate', cb);
    window.removeEventListener('seika:navigate', cb);
  };
}

export function navigate(patch: Partial<UrlState>, { replace = false } = {}): void {
  const next = { ...parseUrlState(window.location.search), ...patch };
  const url = `${window.location.pathname}${toSearch(next)}`;
  if (replace) window.history.replaceState(null, '', url);
  else window.history.pushState(null, '', url);
  window.dispatchEvent(new Event('seika:navigate'));
}

export function useUrlState(): [UrlState, typeof navigate] {
  // the server snapshot ('' = the defaults, Japanese) lets views render to static HTML (the public edition)
  const search = useSyncExternalStore(subscribe, () => window.location.search, () => '');
  const state = useCallback(() => parseUrlState(search), [search])();
  return [state, navigate];
}

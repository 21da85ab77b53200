import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { defaultYear, type DefaultYear } from '../analyses/dimensions';
import type { Scope, Thresholds } from '../analyses/scope';
import { thresholdsFromPercents } from '../analyses/thresholds';
import { dimensionsQuery } from '../queries/analysis-queries';
import { useDataset } from './dataset';
import { useUrlState } from './url-state';

/** The evaluation thresholds of the URL as ratios (defaults where unset), one object per setting for memo deps. */
export function useThresholds(): Thresholds {
  const [url] = useUrlState();
  const { near, under, over } = url;
  return useMemo(() => thresholdsFromPercents({ near, under, over }), [near, under, over]);
}

/**
 * The global filters as an analysis scope, and the thresholds every analysis is computed with. The year defaults to
 * the latest in the data (of the chosen city), or the latest with results when that one has none (defaultYear).
 * `municipality` is in the scope only when chosen: the first screen's query keys (seeded at build time) stay as
 * they were for one city's data.
 */
export function useScope(): { scope: Scope; thresholds: Thresholds; ready: boolean; fallback: DefaultYear } {
  const ds = useDataset();
  const [url] = useUrlState();
  const thresholds = useThresholds();
  const dims = useQuery(dimensionsQuery(ds));
  const fallback = defaultYear(dims.data, url.municipality);
  const year = url.year ?? fallback.year;
  const scope: Scope = { year, pillar: url.pillar, department: url.department, ...(url.municipality !== null ? { municipality: url.municipality } : {}) };
  return { scope, thresholds, ready: year !== null || dims.data !== undefined, fallback: url.year === null ? fallback : { ...fallback, fellBack: false } };
}

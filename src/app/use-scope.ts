import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
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

/** The global filters as an analysis scope, and the thresholds every analysis is computed with; the year defaults to the latest in the data. */
export function useScope(): { scope: Scope; thresholds: Thresholds; ready: boolean } {
  const ds = useDataset();
  const [url] = useUrlState();
  const thresholds = useThresholds();
  const dims = useQuery(dimensionsQuery(ds));
  const year = url.year ?? dims.data?.years[0] ?? null;
  return { scope: { year, pillar: url.pillar, department: url.department }, thresholds, ready: year !== null || dims.data !== undefined };
}

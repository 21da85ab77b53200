import { useQuery } from '@tanstack/react-query';
import type { Scope } from '../analyses/scope';
import { dimensionsQuery } from '../queries/analysis-queries';
import { useDataset } from './dataset';
import { useUrlState } from './url-state';

/** The global filters as an analysis scope; the year defaults to the latest in the data. */
export function useScope(): { scope: Scope; ready: boolean } {
  const ds = useDataset();
  const [url] = useUrlState();
  const dims = useQuery(dimensionsQuery(ds));
  const year = url.year ?? dims.data?.years[0] ?? null;
  return { scope: { year, pillar: url.pillar, department: url.department }, ready: year !== null || dims.data !== undefined };
}

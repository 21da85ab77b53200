import { queryOptions } from '@tanstack/react-query';
import { loadBriefing } from '../briefing/load';
import type { BriefingScope } from '../briefing/model';
import type { OptionalPage } from '../briefing/optional-pages';
import type { Thresholds } from '../analyses/scope';
import type { DataRef } from './analysis-queries';

/**
 * The council briefing's model: every analysis of the scope, formatted and paged (src/briefing/model.ts). The version
 * names the data (sample or the user's files), so it also decides the 架空 label: a sample version is the sample.
 */
export const briefingQuery = (ds: DataRef, scope: BriefingScope, t: Thresholds, pages: readonly OptionalPage[] = []) =>
  queryOptions({
    queryKey: ['analysis', 'briefing', { ...scope, thresholds: t, pages }, ds.version] as const,
    queryFn: () => loadBriefing(ds.db!, scope, ds.version?.startsWith('sample:') ?? false, t, pages),
    enabled: ds.db !== null && ds.version !== null,
  });

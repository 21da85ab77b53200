import { QueryClient } from '@tanstack/react-query';

// Results are cheap to recompute once DuckDB runs; what is worth keeping is the last figures, so a revisit shows
// them at once while DuckDB (~3 s) starts. Query keys carry the dataset version: a cache never outlives its data.
export const queryClient = new QueryClient({
  defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false, staleTime: Infinity, gcTime: 1000 * 60 * 60 * 24 * 7 } },
});

import type { Thresholds } from '../analyses/scope';
import { DEFAULT_THRESHOLDS } from '../analyses/scope';
import { dimensionsQuery, policyQuery, programTreeQuery, underperformersQuery, type DataRef } from './analysis-queries';

/**
 * The queries the first screen (概要, default filters and thresholds) runs, exactly as OverviewView and useScope
 * build them: computed once at build time on the bundled sample (scripts/build-sample.ts) and handed to the query
 * cache on a first visit, so the overview shows before DuckDB has started. The keys come from the same factories, so
 * a view asking for anything else (another year, a pillar, ?near=75) simply finds nothing seeded and waits for DuckDB.
 */
export function firstScreenQueries(ds: DataRef, year: number | null, t: Thresholds = DEFAULT_THRESHOLDS) {
  // useScope: { year: url.year ?? defaultYear(…), pillar: url.pillar, department: url.department } — null when not in
  // the URL; no municipality key unless one is chosen
  const scope = { year, pillar: null, department: null };
  return [dimensionsQuery(ds), policyQuery(ds, scope, t), programTreeQuery(ds, scope, t), underperformersQuery(ds, scope, t, 10)];
}

/** One seeded figure: a query key without its dataset version (the page adds its own) and the query's data. */
export interface SeededFigure {
  key: readonly unknown[];
  data: unknown;
}

/** What scripts/build-sample.ts writes beside the sample's database file (generated/sample.json). */
export interface SampleManifest {
  /** the CSV files the database was built from, with their SHA-256 (the e2e test compares them with data/sample) */
  sources: { file: string; sha256: string }[];
  /** the build's import report, shown on the data page as the sample's last import */
  report: import('../import/types').ImportReport;
  figures: SeededFigure[];
}

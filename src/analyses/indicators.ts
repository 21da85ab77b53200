import type { Database } from '../db/database';
import { DEFAULT_THRESHOLDS, SCOPE_WHERE, SHEET_ORDER, scopeParams, type Scope, type Thresholds } from './scope';
import type { ProgramPlace } from './program-place';

export type Status = 'achieved' | 'near' | 'missed' | 'not_measured';

export interface IndicatorResult extends ProgramPlace {
  kind: 'outcome' | 'output';
  activity: string | null;
  indicator: string | null;
  indicator_id: string;
  unit: string | null;
  ordinal: number;
  target: number | null;
  target_raw: string | null;
  target_year: number | null;
  actual: number | null;
  actual_raw: string | null;
  baseline: number | null;
  direction: 'up' | 'down';
  direction_source: 'given' | 'keyword' | 'default';
  direction_keyword: string | null;
  achievement: number | null;
  status: Status;
  reason: string | null;
  gap: number | null;
  gap_share: number | null;
  is_interim: boolean;
  expected: number | null;
  on_track: boolean | null;
}

const SQL = `
-- indicator-results
SELECT kind, fiscal_year, sheet_no, program, program_key, department, pillar, goal, measure,
       activity, indicator, indicator_id, unit, ordinal,
       target, target_raw, target_year, actual, actual_raw, baseline,
       direction, direction_source, direction_keyword,
       achievement, status, reason, gap, gap_share, is_interim, expected, on_track
FROM indicator_results($8)
WHERE ${SCOPE_WHERE}
ORDER BY fiscal_year, ${SHEET_ORDER}, kind, activity_no NULLS FIRST, source_line`;

export function indicatorResults(db: Database, scope: Scope = {}, t: Thresholds = DEFAULT_THRESHOLDS): Promise<IndicatorResult[]> {
  return db.run<IndicatorResult>(SQL, [...scopeParams(scope), t.near]);
}

/** The SQL text, for the SQL console's examples (src/console/examples.ts): $1–$7 scope, $8 near. */
export const INDICATOR_RESULTS_SQL = SQL;

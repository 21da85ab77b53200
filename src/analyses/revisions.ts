import type { Database } from '../db/database';
import { SCOPE_WHERE, SHEET_ORDER, scopeParams, type Scope } from './scope';

export interface TargetRevision {
  revision: 'next_easier' | 'lowered';
  kind: 'outcome' | 'output';
  fiscal_year: number;
  sheet_no: string;
  program: string | null;
  program_key: string | null;
  department: string | null;
  pillar: string | null;
  activity: string | null;
  indicator: string | null;
  indicator_id: string;
  unit: string | null;
  direction: 'up' | 'down';
  from_year: number;
  from_target: number;
  to_year: number;
  to_target: number;
}

const SQL = `
-- target-revisions
WITH next_easier AS (
  -- this year's sheet already plans an easier target for next year (outputs carry 翌年度目標値)
  SELECT 'next_easier' AS revision, f.*,
         f.fiscal_year AS from_year, f.target AS from_target,
         f.fiscal_year + 1 AS to_year, f.next_target AS to_target
  FROM indicator_facts AS f
  WHERE f.target IS NOT NULL AND f.next_target IS NOT NULL
    AND CASE f.direction WHEN 'down' THEN f.next_target > f.target ELSE f.next_target < f.target END
),
previous_year AS (
  -- Each indicator's target per year, where that year has one: an identity two sheets of one year share (two
  -- programs of the same name) names no single target, and is left out. One row per identity and year, so the
  -- join below yields at most one row per indicator: a bounded plan however the data repeats itself.
  SELECT indicator_id, fiscal_year, any_value(target) AS target
  FROM indicator_facts
  GROUP BY indicator_id, fiscal_year
  HAVING count(*) = 1
),
lowered AS (
  -- the same indicator's target, one year's sheet to the next, made easier
  SELECT 'lowered' AS revision, f.*,
         prev.fiscal_year AS from_year, prev.target AS from_target,
         f.fiscal_year AS to_year, f.target AS to_target
  FROM indicator_facts AS f
  JOIN previous_year AS prev
    ON prev.indicator_id = f.indicator_id AND prev.fiscal_year = f.fiscal_year - 1
  WHERE f.target IS NOT NULL AND prev.target IS NOT NULL
    AND CASE f.direction WHEN 'down' THEN f.target > prev.target ELSE f.target < prev.target END
)
-- Ordered as the sheet reads (outcomes, then each activity's outputs), not by file line: a form and the five
-- tables put the same indicators on different lines.
SELECT revision, kind, fiscal_year, sheet_no, program, program_key, department, pillar, activity,
       indicator, indicator_id, unit, direction, from_year, from_target, to_year, to_target
FROM (SELECT * FROM next_easier UNION ALL BY NAME SELECT * FROM lowered)
WHERE ${SCOPE_WHERE}
ORDER BY fiscal_year, ${SHEET_ORDER}, revision, kind, activity_no NULLS FIRST, source_line`;

export function targetRevisions(db: Database, scope: Scope = {}): Promise<TargetRevision[]> {
  return db.run<TargetRevision>(SQL, scopeParams(scope));
}

/**
 * program_scorecard(near_threshold, under_threshold): one row per program and year with its outcome statuses,
 * money, review boxes, self-assessment check, missed streak and underperformance score (docs/analyses.md).
 * A macro, not a view, because the thresholds are settings; analyses filter its rows by scope.
 * It stands on program_base, materialised after each import with everything that does not depend on a threshold:
 * the per-sheet sums then cost nothing per query, only the near/missed split, the streaks and the score do.
 */
import type { Database } from '../db/database';
import { DEFAULT_THRESHOLDS, type Thresholds } from './scope';

export const SCORECARD_MACRO_SQL = `
CREATE OR REPLACE TABLE program_base AS
WITH outcome_stats AS (
  SELECT municipality_key, fiscal_year, sheet_no,
         count(*)                                         AS outcomes,
         count(*) FILTER (WHERE achievement >= 1)          AS achieved,
         count(*) FILTER (WHERE achievement IS NULL)       AS not_measured,
         -- in file order, on every engine: a float sum depends on its order, and native DuckDB aggregates on
         -- several threads (the wasm on one, in insertion order); the reference check adds them in file order too.
         -- indicator_id breaks ties (two files of one sheet): current_outcomes comes out of a window, in no set order.
         avg(achievement ORDER BY source_line, indicator_id) AS mean_achievement,
         -- the rates below 100%, in the same order: near or missed, depending on the near threshold
         list(achievement ORDER BY source_line, indicator_id) FILTER (WHERE achievement < 1) AS short_rates
  FROM indicator_rated
  WHERE kind = 'outcome'
  GROUP BY municipality_key, fiscal_year, sheet_no
),
activity_stats AS (
  SELECT municipality_key, fiscal_year, sheet_no,
         count(*)                                              AS activities,
         sum(budget)                                           AS budget,
         sum(spend)                                            AS spend,
         count(*) FILTER (WHERE budget = 0 AND spend = 0)       AS zero_cost_activities,
         count(*) FILTER (WHERE budget IS NULL AND spend IS NULL) AS cost_not_stated_activities
  FROM current_activities
  GROUP BY municipality_key, fiscal_year, sheet_no
),
program_money_stats AS (
  -- A sheet that states its money for the whole program rather than per activity: 予算 (else 計画) is its budget,
  -- 決算 (else 決算見込) its spend. Used only where no activity states any money.
  SELECT municipality_key, fiscal_year, sheet_no,
         coalesce(any_value(project_cost) FILTER (WHERE money_kind = '予算'), any_value(project_cost) FILTER (WHERE money_kind = '計画')) AS budget,
         coalesce(any_value(project_cost) FILTER (WHERE money_kind = '決算'), any_value(project_cost) FILTER (WHERE money_kind = '決算見込')) AS spend
  FROM current_program_money
  GROUP BY municipality_key, fiscal_year, sheet_no
),
money AS (
  SELECT s.municipality_key, s.fiscal_year, s.sheet_no,
         a.budget IS NOT NULL OR a.spend IS NOT NULL AS by_activity,
         CASE WHEN a.budget IS NOT NULL OR a.spend IS NOT NULL THEN a.budget ELSE pm.budget END AS budget,
         CASE WHEN a.budget IS NOT NULL OR a.spend IS NOT NULL THEN a.spend ELSE pm.spend END AS spend
  FROM current_sheets AS s
  LEFT JOIN activity_stats AS a USING (municipality_key, fiscal_year, sheet_no)
  LEFT JOIN program_money_stats AS pm USING (municipality_key, fiscal_year, sheet_no)
)
SELECT s.municipality_key, s.municipality, s.fiscal_year, s.sheet_no, s.program, s.program_id, s.program_key,
       s.department, s.pillar, s.goal, s.measure,
       coalesce(o.outcomes, 0) AS outcomes, coalesce(o.achieved, 0) AS achieved,
       coalesce(o.short_rates, []::DOUBLE[]) AS short_rates,
       coalesce(o.not_measured, 0) AS not_measured, o.mean_achievement,
       coalesce(a.activities, 0) AS activities, m.budget, m.spend,
       CASE WHEN m.budget > 0 THEN m.spend / m.budget END AS execution,
       coalesce(a.zero_cost_activities, 0) AS zero_cost_activities,
       coalesce(a.cost_not_stated_activities, 0) AS cost_not_stated_activities,
       coalesce(a.activities, 0) > 0 AND a.zero_cost_activities = a.activities AS zero_cost,
       r.improve_cost, r.improve_activity, r.improve_outcome, r.improve_other
FROM current_sheets AS s
LEFT JOIN outcome_stats AS o USING (municipality_key, fiscal_year, sheet_no)
LEFT JOIN activity_stats AS a USING (municipality_key, fiscal_year, sheet_no)
LEFT JOIN money AS m USING (municipality_key, fiscal_year, sheet_no)
LEFT JOIN current_reviews AS r USING (municipality_key, fiscal_year, sheet_no);

CREATE OR REPLACE MACRO program_scorecard(near_threshold, under_threshold) AS TABLE
WITH program_years AS (
  SELECT b.municipality_key, b.municipality, b.fiscal_year, b.sheet_no, b.program, b.program_id, b.program_key,
         b.department, b.pillar, b.goal, b.measure,
         b.outcomes, b.achieved,
         len(list_filter(b.short_rates, x -> x >= near_threshold)) AS near,
         len(list_filter(b.short_rates, x -> x < near_threshold)) AS missed,
         b.not_measured, b.mean_achievement,
         b.activities, b.budget, b.spend, b.execution,
         b.zero_cost_activities, b.cost_not_stated_activities, b.zero_cost,
         b.improve_cost, b.improve_activity, b.improve_outcome, b.improve_other
  FROM program_base AS b
),
missed_years AS (
  -- Gaps and islands: consecutive missed years share (year − rank); a year without a sheet breaks the streak.
  SELECT program_key, fiscal_year,
         fiscal_year - row_number() OVER (PARTITION BY program_key ORDER BY fiscal_year) AS island
  FROM (SELECT DISTINCT program_key, fiscal_year FROM program_years WHERE missed > 0)
),
streaks AS (
  SELECT program_key, fiscal_year,
         row_number() OVER (PARTITION BY program_key, island ORDER BY fiscal_year) AS missed_streak
  FROM missed_years
),
checked AS (
  SELECT p.*,
         coalesce(st.missed_streak, 0) AS missed_streak,
         CASE WHEN p.missed > 0 AND p.improve_outcome = false THEN 'missed_unticked'
              WHEN p.improve_outcome AND p.outcomes - p.not_measured > 0 AND p.achieved = p.outcomes - p.not_measured
                THEN 'ticked_all_achieved'
         END AS self_check
  FROM program_years AS p
  LEFT JOIN streaks AS st USING (program_key, fiscal_year)
),
scored AS (
  SELECT c.*,
         10 * c.missed AS points_missed,
         3 * c.near AS points_near,
         CASE WHEN c.missed_streak >= 3 THEN 20 WHEN c.missed_streak = 2 THEN 10 ELSE 0 END AS points_streak,
         CASE WHEN c.mean_achievement < 1 THEN least(20, (1 - c.mean_achievement) * 20) ELSE 0 END AS points_mean,
         CASE WHEN c.execution < under_threshold THEN 5 ELSE 0 END AS points_execution,
         CASE WHEN c.self_check = 'missed_unticked' THEN 5 ELSE 0 END AS points_self_check
  FROM checked AS c
)
SELECT s.*,
       round(s.points_missed + s.points_near + s.points_streak + s.points_mean + s.points_execution + s.points_self_check, 1)
         AS score,
       -- percentages rounded half up, as formatPercent (src/format/ja.ts) shows them: 0.5625 → 56.3%, never 56.2%
       list_filter([
         CASE WHEN s.missed > 0 THEN '成果指標' || s.missed || '件が未達' END,
         CASE WHEN s.missed_streak >= 2 THEN s.missed_streak || '年連続で未達' END,
         CASE WHEN s.near > 0 THEN '成果指標' || s.near || '件が目標にあと一歩' END,
         CASE WHEN s.mean_achievement < 1 THEN '平均達成率' || printf('%.1f%%', round(s.mean_achievement * 1000) / 10) END,
         CASE WHEN s.execution < under_threshold THEN '執行率' || printf('%.1f%%', round(s.execution * 1000) / 10) END,
         CASE WHEN s.self_check = 'missed_unticked' THEN '未達だが「成果」の改善余地に☑なし' END
       ], x -> x IS NOT NULL) AS reasons
FROM scored AS s;

-- The macro's rows, kept per thresholds (see scorecardFrom): the default ones at once, others on first use.
CREATE OR REPLACE TABLE program_scorecard_cache AS
SELECT {{NEAR}}::DOUBLE AS near_threshold, {{UNDER}}::DOUBLE AS under_threshold, *
FROM program_scorecard({{NEAR}}::DOUBLE, {{UNDER}}::DOUBLE);
`.replaceAll('{{NEAR}}', String(DEFAULT_THRESHOLDS.near)).replaceAll('{{UNDER}}', String(DEFAULT_THRESHOLDS.under));

/**
 * The dashboard's drop-in for `program_scorecard($near, $under)`: the same rows, read from program_scorecard_cache.
 * Every call of the macro recomputes the streaks and scores of every program and year (a window over all years, then
 * the scope's filter): ~30 ms per query in DuckDB-WASM at 5,000 program-years, and the overview alone runs three such
 * queries per filter change. Computed once per thresholds instead (ensureScorecard), a query only scans and filters.
 * The console's examples keep the macro (src/console/examples.ts): the same rows for any thresholds, cached or not.
 */
export function scorecardFrom(near: string, under: string): string {
  return `(SELECT * EXCLUDE (near_threshold, under_threshold) FROM program_scorecard_cache
       WHERE near_threshold = ${near}::DOUBLE AND under_threshold = ${under}::DOUBLE)`;
}

const ENSURE_SQL = `
-- program-scorecard-cache
INSERT INTO program_scorecard_cache
SELECT $1::DOUBLE, $2::DOUBLE, * FROM program_scorecard($1::DOUBLE, $2::DOUBLE)
WHERE NOT EXISTS (SELECT 1 FROM program_scorecard_cache WHERE near_threshold = $1::DOUBLE AND under_threshold = $2::DOUBLE)`;

/** Computes the scorecard for these thresholds into the cache unless it is there (the defaults always are). */
export async function ensureScorecard(db: Database, t: Thresholds): Promise<void> {
  if (t.near === DEFAULT_THRESHOLDS.near && t.under === DEFAULT_THRESHOLDS.under) return;
  await db.run(ENSURE_SQL, [t.near, t.under]);
}

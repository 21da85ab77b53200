import type { Database } from '../db/database';
import { ensureScorecard, scorecardFrom } from './scorecard-macro';
import { DEFAULT_THRESHOLDS, SCOPE_WHERE, scopeParams, type Scope, type Thresholds } from './scope';

export interface PolicyRow {
  fiscal_year: number;
  level: 'city' | 'pillar' | 'goal' | 'measure';
  pillar: string | null;
  goal: string | null;
  measure: string | null;
  programs: number;
  outcomes: number;
  achieved: number;
  near: number;
  missed: number;
  not_measured: number;
  budget: number | null;
  spend: number | null;
  execution: number | null;
  activities: number;
  zero_cost_activities: number;
  zero_cost_share: number | null;
}

const sql = (scorecard: string) => `
-- policy-rollup
SELECT fiscal_year,
       CASE WHEN grouping(pillar) = 1 THEN 'city'
            WHEN grouping(goal) = 1 THEN 'pillar'
            WHEN grouping(measure) = 1 THEN 'goal'
            ELSE 'measure' END AS level,
       pillar, goal, measure,
       count(*)                   AS programs,
       sum(outcomes)              AS outcomes,
       sum(achieved)              AS achieved,
       sum(near)                  AS near,
       sum(missed)                AS missed,
       sum(not_measured)          AS not_measured,
       sum(budget)                AS budget,
       sum(spend)                 AS spend,
       sum(spend) / nullif(sum(budget), 0) AS execution,
       sum(activities)            AS activities,
       sum(zero_cost_activities)  AS zero_cost_activities,
       sum(zero_cost_activities) / nullif(sum(activities), 0) AS zero_cost_share
FROM ${scorecard}
WHERE ${SCOPE_WHERE}
GROUP BY GROUPING SETS ((fiscal_year), (fiscal_year, pillar), (fiscal_year, pillar, goal), (fiscal_year, pillar, goal, measure))
ORDER BY fiscal_year, grouping(pillar) DESC, pillar NULLS FIRST, grouping(goal) DESC, goal NULLS FIRST,
         grouping(measure) DESC, measure NULLS FIRST`;

/** Per year: the whole city, each pillar, goal and measure — the tree from the city down. */
export async function policyRollup(db: Database, scope: Scope = {}, t: Thresholds = DEFAULT_THRESHOLDS): Promise<PolicyRow[]> {
  await ensureScorecard(db, t);
  return db.run<PolicyRow>(SQL, [...scopeParams(scope), t.near, t.under]);
}
const SQL = sql(scorecardFrom('$8', '$9'));

/** The SQL text, for the SQL console's examples (src/console/examples.ts): $1–$7 scope, $8 near, $9 under. */
export const POLICY_ROLLUP_SQL = sql('program_scorecard($8, $9)');

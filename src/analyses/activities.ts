import type { Database } from '../db/database';
import { ensureScorecard, scorecardFrom } from './scorecard-macro';
import { DEFAULT_THRESHOLDS, SCOPE_WHERE, SHEET_ORDER, scopeParams, type Scope, type Thresholds } from './scope';
import type { ProgramPlace } from './program-place';

export interface ActivityCost extends ProgramPlace {
  activity_no: number;
  activity: string | null;
  lead_department: string | null;
  budget: number | null;
  spend: number | null;
  execution: number | null;
  cost_case: 'zero_cost' | 'cost_not_stated' | 'stated';
  execution_flag: 'under' | 'over' | null;
  program_all_zero_cost: boolean;
}

const SQL = `
-- activity-costs
WITH costed AS (
  SELECT a.*,
         CASE WHEN a.budget = 0 AND a.spend = 0 THEN 'zero_cost'
              WHEN a.budget IS NULL AND a.spend IS NULL THEN 'cost_not_stated'
              ELSE 'stated' END AS cost_case,
         CASE WHEN a.budget > 0 THEN a.spend / a.budget END AS execution,
         -- over all the sheet's activities, before any filter
         count(*) FILTER (WHERE a.budget = 0 AND a.spend = 0) OVER sheet = count(*) OVER sheet AS program_all_zero_cost
  FROM current_activities AS a
  WINDOW sheet AS (PARTITION BY a.municipality_key, a.fiscal_year, a.sheet_no)
)
SELECT fiscal_year, sheet_no, program, program_key, department, pillar, goal, measure,
       activity_no, activity, lead_department, budget, spend, execution, cost_case,
       CASE WHEN execution < $8 THEN 'under' WHEN execution > $9 THEN 'over' END AS execution_flag,
       program_all_zero_cost
FROM costed
WHERE ${SCOPE_WHERE}
ORDER BY fiscal_year, ${SHEET_ORDER}, activity_no`;

/** Every activity with its cost case and execution flag; zero-cost and budget views filter these rows. */
export function activityCosts(db: Database, scope: Scope = {}, t: Thresholds = DEFAULT_THRESHOLDS): Promise<ActivityCost[]> {
  return db.run<ActivityCost>(SQL, [...scopeParams(scope), t.under, t.over]);
}

export interface ProgramBudget {
  fiscal_year: number;
  sheet_no: string;
  program: string | null;
  program_key: string | null;
  department: string | null;
  pillar: string | null;
  budget: number | null;
  spend: number | null;
  execution: number | null;
  execution_flag: 'under' | 'over' | null;
  zero_cost: boolean;
}

const programBudgetSql = (scorecard: string) => `
-- program-budget
SELECT fiscal_year, sheet_no, program, program_key, department, pillar, budget, spend, execution,
       CASE WHEN execution < $9 THEN 'under' WHEN execution > $10 THEN 'over' END AS execution_flag,
       zero_cost
FROM ${scorecard}
WHERE ${SCOPE_WHERE}
ORDER BY fiscal_year, ${SHEET_ORDER}`;
const BUDGET_SQL = programBudgetSql(scorecardFrom('$8', '$9'));

/** Budget execution per program (sums of its activities) with under/over flags. */
export async function programBudgets(db: Database, scope: Scope = {}, t: Thresholds = DEFAULT_THRESHOLDS): Promise<ProgramBudget[]> {
  await ensureScorecard(db, t);
  return db.run<ProgramBudget>(BUDGET_SQL, [...scopeParams(scope), t.near, t.under, t.over]);
}

/** The SQL texts, for the SQL console's examples (src/console/examples.ts). Activity costs: $1–$7 scope, $8 under, $9 over; program budgets: $8 near, $9 under, $10 over. */
export const ACTIVITY_COSTS_SQL = SQL;
export const PROGRAM_BUDGET_SQL = programBudgetSql('program_scorecard($8, $9)');

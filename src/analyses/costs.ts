import type { Database } from '../db/database';
import { SCOPE_WHERE, SHEET_ORDER, scopeParams, type Scope } from './scope';
import type { ProgramPlace } from './program-place';

/**
 * The scope with its year and the years before: analyses that compare a year with earlier ones read them all, then
 * keep the scope's year. Parameters $1–$7 as SCOPE_WHERE.
 */
export const SCOPE_WHERE_AND_PREVIOUS_YEAR = SCOPE_WHERE.replace('fiscal_year = $1', 'fiscal_year <= $1::INTEGER');
if (SCOPE_WHERE_AND_PREVIOUS_YEAR === SCOPE_WHERE) throw new Error('SCOPE_WHERE changed: the previous-years scope no longer applies');

/** One program and year: what its total cost is made of (src/analyses/cost-base.ts), and how it moved from last year. */
export interface ProgramCost extends ProgramPlace {
  municipality_key: string;
  municipality: string | null;
  /** 'program': the sheet's program-level 事業費; 'activities': the sum of its activities; null: no money stated */
  cost_source: 'program' | 'activities' | null;
  /** the kind of money the figures are: 決算, 決算見込, 予算 or 計画 */
  money_kind: string | null;
  project_cost: number | null;
  personnel_cost: number | null;
  personnel_known: boolean;
  staff: number | null;
  national: number | null;
  prefectural: number | null;
  bonds: number | null;
  other_sources: number | null;
  general_fund: number | null;
  general_fund_share: number | null;
  stated_total_cost: number | null;
  total_cost: number | null;
  /** the same program's total cost the year before (followed by program_key), and the change as a ratio (0.1 = +10%) */
  previous_total_cost: number | null;
  total_cost_change: number | null;
  /** indicators whose cost per unit rose two years running while the result fell (see unitCosts) */
  rising_unit_cost: string[];
}

const PROGRAM_COSTS_SQL = `
-- program-costs
WITH scoped AS (
  SELECT * FROM program_costs WHERE ${SCOPE_WHERE_AND_PREVIOUS_YEAR}
),
trended AS (
  SELECT c.*,
         CASE WHEN lag(c.fiscal_year) OVER w = c.fiscal_year - 1 THEN lag(c.total_cost) OVER w END AS previous_total_cost
  FROM scoped AS c
  WINDOW w AS (PARTITION BY c.municipality_key, c.program_key ORDER BY c.fiscal_year)
),
flags AS (
  SELECT municipality_key, fiscal_year, sheet_no, list(indicator ORDER BY kind DESC, indicator) AS rising_unit_cost
  FROM (${unitCostSql('$1', '$2', '$3', '$4', '$5', '$6', '$7')})
  WHERE rising_cost_falling_result
  GROUP BY ALL
)
SELECT t.municipality_key, t.municipality, t.fiscal_year, t.sheet_no, t.program, t.program_key, t.department,
       t.pillar, t.goal, t.measure, t.cost_source, t.money_kind, t.project_cost, t.personnel_cost, t.personnel_known,
       t.staff, t.national, t.prefectural, t.bonds, t.other_sources, t.general_fund, t.general_fund_share,
       t.stated_total_cost, t.total_cost, t.previous_total_cost,
       CASE WHEN t.previous_total_cost > 0 THEN t.total_cost / t.previous_total_cost - 1 END AS total_cost_change,
       coalesce(f.rising_unit_cost, []::VARCHAR[]) AS rising_unit_cost
FROM trended AS t
LEFT JOIN flags AS f USING (municipality_key, fiscal_year, sheet_no)
WHERE ${SCOPE_WHERE}
ORDER BY fiscal_year, municipality_key, ${SHEET_ORDER}`;

/** Every program's total cost per year, with last year's and the indicators flagged for rising cost per result. */
export function programCosts(db: Database, scope: Scope = {}): Promise<ProgramCost[]> {
  return db.run<ProgramCost>(PROGRAM_COSTS_SQL, scopeParams(scope));
}

/** One indicator and year: the program's total cost per unit of its actual (千円 per 件, 人 …) and its trend. */
export interface UnitCost {
  kind: 'outcome' | 'output';
  indicator_kind: string | null;
  municipality_key: string;
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
  actual: number;
  total_cost: number;
  money_kind: string | null;
  /** total cost ÷ actual, 千円 per unit */
  unit_cost: number;
  previous_actual: number | null;
  previous_unit_cost: number | null;
  /** unit_cost ÷ previous_unit_cost − 1 */
  unit_cost_change: number | null;
  /** unit cost up this year and last year, while the actual went down both years */
  rising_cost_falling_result: boolean;
  /** the indicator's unit cost in every year up to this one that has one (for its trend) */
  history: { fiscal_year: number; unit_cost: number }[];
}

/**
 * The rows of unitCosts, for a scope bound at $1–$7 given as parameter names (the program-costs query reuses it).
 * Only 'higher is better' indicators other than rates (%): a cost per accident or per percentage point is no unit cost.
 */
function unitCostSql(...p: string[]): string {
  const where = SCOPE_WHERE_AND_PREVIOUS_YEAR.replace(/\$(\d)/g, (_, n: string) => p[Number(n) - 1]!);
  return `
WITH costed AS (
  SELECT f.kind, f.indicator_kind, f.municipality_key, f.fiscal_year, f.sheet_no, f.program, f.program_key,
         f.department, f.pillar, f.goal, f.measure, f.activity, f.indicator, f.indicator_id, f.unit, f.actual, f.source_line,
         f.activity_no, c.total_cost, c.money_kind, c.total_cost / f.actual AS unit_cost
  FROM indicator_facts AS f
  JOIN program_costs AS c USING (municipality_key, fiscal_year, sheet_no)
  WHERE f.direction = 'up' AND coalesce(f.unit, '') NOT IN ('%', '％')
    AND f.actual > 0 AND c.total_cost IS NOT NULL
),
scoped AS (SELECT * FROM costed WHERE ${where}),
trended AS (
  SELECT s.*,
         CASE WHEN lag(s.fiscal_year) OVER w = s.fiscal_year - 1 THEN lag(s.actual) OVER w END AS previous_actual,
         CASE WHEN lag(s.fiscal_year) OVER w = s.fiscal_year - 1 THEN lag(s.unit_cost) OVER w END AS previous_unit_cost,
         CASE WHEN lag(s.fiscal_year, 2) OVER w = s.fiscal_year - 2 THEN lag(s.actual, 2) OVER w END AS actual_2,
         CASE WHEN lag(s.fiscal_year, 2) OVER w = s.fiscal_year - 2 THEN lag(s.unit_cost, 2) OVER w END AS unit_cost_2,
         list({'fiscal_year': s.fiscal_year, 'unit_cost': s.unit_cost}) OVER (w ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS history
  FROM scoped AS s
  WINDOW w AS (PARTITION BY s.indicator_id ORDER BY s.fiscal_year)
)
SELECT t.*,
       CASE WHEN t.previous_unit_cost > 0 THEN t.unit_cost / t.previous_unit_cost - 1 END AS unit_cost_change,
       coalesce(t.unit_cost > t.previous_unit_cost AND t.previous_unit_cost > t.unit_cost_2
                AND t.actual < t.previous_actual AND t.previous_actual < t.actual_2, false) AS rising_cost_falling_result
FROM trended AS t
WHERE ${SCOPE_WHERE.replace(/\$(\d)/g, (_, n: string) => p[Number(n) - 1]!)}`;
}

const UNIT_COSTS_SQL = `
-- unit-costs
SELECT kind, indicator_kind, municipality_key, fiscal_year, sheet_no, program, program_key, department, pillar,
       activity, indicator, indicator_id, unit, actual, total_cost, money_kind, unit_cost, previous_actual,
       previous_unit_cost, unit_cost_change, rising_cost_falling_result, history
FROM (${unitCostSql('$1', '$2', '$3', '$4', '$5', '$6', '$7')})
ORDER BY fiscal_year, municipality_key, ${SHEET_ORDER}, kind, activity_no NULLS FIRST, source_line`;

/** Cost per unit of every outcome and output with an actual, and its change from the year before. */
export function unitCosts(db: Database, scope: Scope = {}): Promise<UnitCost[]> {
  return db.run<UnitCost>(UNIT_COSTS_SQL, scopeParams(scope));
}

/** The scope's total cost rolled up: the whole city, each pillar, each department. */
export interface CostRollup {
  level: 'city' | 'pillar' | 'department';
  fiscal_year: number;
  pillar: string | null;
  department: string | null;
  programs: number;
  /** programs with a total cost */
  costed: number;
  /** programs whose personnel cost is known */
  with_personnel: number;
  project_cost: number | null;
  personnel_cost: number | null;
  total_cost: number | null;
  national: number | null;
  prefectural: number | null;
  bonds: number | null;
  other_sources: number | null;
  general_fund: number | null;
  /** 一般財源 ÷ 事業費, over the programs that state their funding */
  general_fund_share: number | null;
  previous_total_cost: number | null;
  total_cost_change: number | null;
}

const ROLLUP_SQL = `
-- cost-rollup
WITH scoped AS (
  SELECT * FROM program_costs WHERE ${SCOPE_WHERE_AND_PREVIOUS_YEAR}
),
grouped AS (
  SELECT CASE WHEN grouping(pillar) = 0 THEN 'pillar' WHEN grouping(department) = 0 THEN 'department' ELSE 'city' END AS level,
         fiscal_year, pillar, department,
         count(*) AS programs,
         count(total_cost) AS costed,
         count(personnel_cost) AS with_personnel,
         sum(project_cost) AS project_cost,
         sum(personnel_cost) AS personnel_cost,
         sum(total_cost) AS total_cost,
         sum(national) AS national,
         sum(prefectural) AS prefectural,
         sum(bonds) AS bonds,
         sum(other_sources) AS other_sources,
         sum(general_fund) AS general_fund,
         sum(project_cost) FILTER (WHERE general_fund IS NOT NULL) AS funded_project_cost
  FROM scoped
  GROUP BY GROUPING SETS ((fiscal_year), (fiscal_year, pillar), (fiscal_year, department))
),
trended AS (
  SELECT g.*,
         CASE WHEN lag(g.fiscal_year) OVER w = g.fiscal_year - 1 THEN lag(g.total_cost) OVER w END AS previous_total_cost
  FROM grouped AS g
  WINDOW w AS (PARTITION BY g.level, g.pillar, g.department ORDER BY g.fiscal_year)
)
SELECT level, fiscal_year, pillar, department, programs, costed, with_personnel, project_cost, personnel_cost,
       total_cost, national, prefectural, bonds, other_sources, general_fund,
       CASE WHEN funded_project_cost > 0 THEN general_fund / funded_project_cost END AS general_fund_share,
       previous_total_cost,
       CASE WHEN previous_total_cost > 0 THEN total_cost / previous_total_cost - 1 END AS total_cost_change
FROM trended
WHERE $1::INTEGER IS NULL OR fiscal_year = $1
ORDER BY fiscal_year, CASE level WHEN 'city' THEN 0 WHEN 'pillar' THEN 1 ELSE 2 END, pillar NULLS LAST, department NULLS LAST`;

/** Total cost, its parts and the funding mix by city, pillar and department, with the change from the year before. */
export function costRollup(db: Database, scope: Scope = {}): Promise<CostRollup[]> {
  return db.run<CostRollup>(ROLLUP_SQL, scopeParams(scope));
}

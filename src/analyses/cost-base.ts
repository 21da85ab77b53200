/**
 * program_costs: one row per sheet (municipality, year, sheet) with the money its total cost is made of, materialised
 * by prepareAnalyses after each import (docs/analyses.md, トータルコスト). No threshold takes part, so it is a table.
 *
 * - The program-level money (program_money) of one kind: 決算, else 決算見込, else 予算, else 計画 — a settled figure is
 *   what a year cost; a plan is all a year not yet closed has.
 * - 事業費 (project cost): that row's 事業費計; where the sheet states no program-level project cost, the sum of its
 *   activities' 決算額 (else 予算額), as the rest of Seika counts a sheet's money.
 * - トータルコスト = project cost + 人件費 where the personnel cost is known (else the project cost alone, marked
 *   personnel_known = false); a stated トータルコスト is used only when no project cost is known at all.
 */
export const COST_BASE_SQL = `
CREATE OR REPLACE TABLE program_costs AS
WITH picked AS (
  SELECT m.*
  FROM current_program_money AS m
  WHERE m.project_cost IS NOT NULL OR m.personnel_cost IS NOT NULL OR m.total_cost IS NOT NULL OR m.general_fund IS NOT NULL
  QUALIFY row_number() OVER (
    PARTITION BY m.municipality_key, m.fiscal_year, m.sheet_no
    ORDER BY CASE m.money_kind WHEN '決算' THEN 1 WHEN '決算見込' THEN 2 WHEN '予算' THEN 3 WHEN '計画' THEN 4 ELSE 5 END) = 1
),
activity_money AS (
  SELECT municipality_key, fiscal_year, sheet_no, sum(spend) AS spend, sum(budget) AS budget
  FROM current_activities
  GROUP BY municipality_key, fiscal_year, sheet_no
),
costed AS (
  SELECT s.municipality_key, s.municipality, s.fiscal_year, s.sheet_no, s.program, s.program_key, s.department,
         s.pillar, s.goal, s.measure,
         CASE WHEN p.project_cost IS NOT NULL THEN 'program'
              WHEN a.spend IS NOT NULL OR a.budget IS NOT NULL THEN 'activities'
              WHEN p.total_cost IS NOT NULL THEN 'program' END AS cost_source,
         CASE WHEN p.project_cost IS NOT NULL THEN p.money_kind
              WHEN a.spend IS NOT NULL THEN '決算'
              WHEN a.budget IS NOT NULL THEN '予算'
              ELSE p.money_kind END AS money_kind,
         coalesce(p.project_cost, a.spend, a.budget) AS project_cost,
         p.personnel_cost, p.staff,
         p.national, p.prefectural, p.bonds, p.other_sources, p.general_fund,
         p.total_cost AS stated_total_cost
  FROM current_sheets AS s
  LEFT JOIN picked AS p USING (municipality_key, fiscal_year, sheet_no)
  LEFT JOIN activity_money AS a USING (municipality_key, fiscal_year, sheet_no)
)
SELECT c.*,
       c.personnel_cost IS NOT NULL AS personnel_known,
       CASE WHEN c.project_cost IS NOT NULL THEN c.project_cost + coalesce(c.personnel_cost, 0)
            ELSE c.stated_total_cost END AS total_cost,
       CASE WHEN c.project_cost > 0 AND c.general_fund IS NOT NULL THEN c.general_fund / c.project_cost END AS general_fund_share
FROM costed AS c;
`;

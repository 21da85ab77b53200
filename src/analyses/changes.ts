import type { Database } from '../db/database';
import { SCOPE_WHERE, scopeParams, type Scope } from './scope';

export type ChangeKind =
  | 'new'
  | 'ended'
  | 'renamed'
  | 'renumbered'
  | 'department_changed'
  | 'measure_changed'
  | 'money_up'
  | 'money_down'
  | 'target_moved'
  | 'indicator_added'
  | 'indicator_dropped';

/** The order changes are listed in: programs first, then their money, then their indicators. */
export const CHANGE_ORDER: readonly ChangeKind[] = [
  'new',
  'ended',
  'renamed',
  'renumbered',
  'department_changed',
  'measure_changed',
  'money_up',
  'money_down',
  'target_moved',
  'indicator_added',
  'indicator_dropped',
];

/** A total cost that moved by at least this share from last year is a change worth listing (0.2 = 20%). */
export const DEFAULT_MONEY_CHANGE = 0.2;

/** One change of a program from the year before to this year (docs/analyses.md, 前年度からの変化). */
export interface ProgramChange {
  change: ChangeKind;
  municipality_key: string;
  /** the year compared with the one before */
  fiscal_year: number;
  program_key: string | null;
  /** this year's name (last year's for an ended program) */
  program: string | null;
  sheet_no: string | null;
  previous_sheet_no: string | null;
  department: string | null;
  pillar: string | null;
  measure: string | null;
  /** outcome / output, for the indicator changes */
  kind: 'outcome' | 'output' | null;
  indicator: string | null;
  unit: string | null;
  /** what it was and what it is: the name, sheet number, department or 施策; for money, the kind of money (決算…) */
  from_text: string | null;
  to_text: string | null;
  /** a target or a total cost, last year and this year */
  from_value: number | null;
  to_value: number | null;
  /** to ÷ from − 1 (money) */
  change_ratio: number | null;
  /** a moved target that is easier to reach (lower for 'higher is better', higher for 'lower is better') */
  easier: boolean | null;
  /** a new program that had a sheet before last year: the last year it had one */
  last_seen_year: number | null;
}

const SQL = `
-- program-changes
WITH params AS (
  SELECT coalesce($1::INTEGER, (SELECT max(fiscal_year) FROM current_sheets)) AS y, $8::DOUBLE AS money_change
),
cur AS (SELECT c.* FROM program_costs AS c, params WHERE c.fiscal_year = params.y),
prev AS (SELECT c.* FROM program_costs AS c, params WHERE c.fiscal_year = params.y - 1),
pairs AS (
  SELECT coalesce(cur.municipality_key, prev.municipality_key) AS municipality_key,
         coalesce(cur.program_key, prev.program_key) AS program_key,
         cur.program_key IS NOT NULL AS in_cur, prev.program_key IS NOT NULL AS in_prev,
         coalesce(cur.program, prev.program) AS program,
         coalesce(cur.sheet_no, prev.sheet_no) AS sheet_no,
         prev.sheet_no AS previous_sheet_no,
         coalesce(cur.department, prev.department) AS department,
         coalesce(cur.pillar, prev.pillar) AS pillar,
         coalesce(cur.goal, prev.goal) AS goal,
         coalesce(cur.measure, prev.measure) AS measure,
         cur.program AS cur_program, prev.program AS prev_program,
         cur.department AS cur_department, prev.department AS prev_department,
         cur.measure AS cur_measure, prev.measure AS prev_measure,
         cur.sheet_no AS cur_sheet_no,
         cur.total_cost AS cur_total, prev.total_cost AS prev_total,
         cur.money_kind AS cur_money_kind, prev.money_kind AS prev_money_kind
  FROM cur FULL JOIN prev ON cur.municipality_key = prev.municipality_key AND cur.program_key = prev.program_key
),
seen AS (
  SELECT c.municipality_key, c.program_key, max(c.fiscal_year) AS last_seen_year
  FROM program_costs AS c, params WHERE c.fiscal_year < params.y - 1
  GROUP BY ALL
),
program_changes AS (
  SELECT p.*, 'new' AS change, NULL AS from_text, NULL AS to_text, NULL::DOUBLE AS from_value, NULL::DOUBLE AS to_value
  FROM pairs AS p WHERE p.in_cur AND NOT p.in_prev
  UNION ALL BY NAME
  SELECT p.*, 'ended' AS change FROM pairs AS p WHERE p.in_prev AND NOT p.in_cur
  UNION ALL BY NAME
  SELECT p.*, 'renamed' AS change, p.prev_program AS from_text, p.cur_program AS to_text
  FROM pairs AS p WHERE p.in_cur AND p.in_prev AND p.cur_program IS DISTINCT FROM p.prev_program
  UNION ALL BY NAME
  SELECT p.*, 'renumbered' AS change, p.previous_sheet_no AS from_text, p.cur_sheet_no AS to_text
  FROM pairs AS p WHERE p.in_cur AND p.in_prev AND p.cur_sheet_no IS DISTINCT FROM p.previous_sheet_no
  UNION ALL BY NAME
  SELECT p.*, 'department_changed' AS change, p.prev_department AS from_text, p.cur_department AS to_text
  FROM pairs AS p WHERE p.in_cur AND p.in_prev AND p.cur_department IS DISTINCT FROM p.prev_department
  UNION ALL BY NAME
  SELECT p.*, 'measure_changed' AS change, p.prev_measure AS from_text, p.cur_measure AS to_text
  FROM pairs AS p WHERE p.in_cur AND p.in_prev AND p.cur_measure IS DISTINCT FROM p.prev_measure
  UNION ALL BY NAME
  SELECT p.*, CASE WHEN p.cur_total > p.prev_total THEN 'money_up' ELSE 'money_down' END AS change,
         p.prev_money_kind AS from_text, p.cur_money_kind AS to_text, p.prev_total AS from_value, p.cur_total AS to_value
  FROM pairs AS p, params
  WHERE p.in_cur AND p.in_prev AND p.prev_total > 0 AND abs(p.cur_total / p.prev_total - 1) >= params.money_change
),
facts AS (
  -- indicators of the programs that have a sheet in both years
  SELECT f.*, f.fiscal_year = params.y AS is_cur
  FROM indicator_facts AS f, params
  WHERE f.fiscal_year IN (params.y, params.y - 1)
    AND (f.municipality_key, f.program_key) IN (SELECT (municipality_key, program_key) FROM pairs WHERE in_cur AND in_prev)
),
indicator_pairs AS (
  SELECT coalesce(c.indicator_id, p.indicator_id) AS indicator_id,
         coalesce(c.municipality_key, p.municipality_key) AS municipality_key,
         coalesce(c.program_key, p.program_key) AS program_key,
         coalesce(c.kind, p.kind) AS kind, coalesce(c.indicator, p.indicator) AS indicator, coalesce(c.unit, p.unit) AS unit,
         coalesce(c.direction, p.direction) AS direction,
         c.indicator_id IS NOT NULL AS in_cur, p.indicator_id IS NOT NULL AS in_prev,
         c.target AS cur_target, p.target AS prev_target,
         coalesce(c.activity_no, p.activity_no) AS activity_no, coalesce(c.source_line, p.source_line) AS source_line
  FROM (SELECT * FROM facts WHERE is_cur) AS c
  FULL JOIN (SELECT * FROM facts WHERE NOT is_cur) AS p USING (indicator_id)
),
indicator_changes AS (
  SELECT i.*, CASE WHEN i.in_cur AND NOT i.in_prev THEN 'indicator_added'
                   WHEN i.in_prev AND NOT i.in_cur THEN 'indicator_dropped'
                   ELSE 'target_moved' END AS change,
         CASE WHEN i.in_cur AND i.in_prev THEN i.prev_target END AS from_value,
         CASE WHEN i.in_cur AND i.in_prev THEN i.cur_target END AS to_value,
         CASE WHEN i.in_cur AND i.in_prev THEN
           CASE i.direction WHEN 'down' THEN i.cur_target > i.prev_target ELSE i.cur_target < i.prev_target END END AS easier
  FROM indicator_pairs AS i
  WHERE NOT (i.in_cur AND i.in_prev)
     OR (i.cur_target IS NOT NULL AND i.prev_target IS NOT NULL AND i.cur_target <> i.prev_target)
),
everything AS (
  SELECT pc.change, pc.municipality_key, params.y AS fiscal_year, pc.program_key, pc.program, pc.sheet_no,
         pc.previous_sheet_no, pc.department, pc.pillar, pc.goal, pc.measure,
         NULL AS kind, NULL AS indicator, NULL AS unit, pc.from_text, pc.to_text, pc.from_value, pc.to_value,
         CASE WHEN pc.from_value > 0 THEN pc.to_value / pc.from_value - 1 END AS change_ratio,
         NULL::BOOLEAN AS easier,
         CASE WHEN pc.change = 'new' THEN s.last_seen_year END AS last_seen_year,
         NULL::INTEGER AS activity_no, NULL::INTEGER AS source_line
  FROM program_changes AS pc
  CROSS JOIN params
  LEFT JOIN seen AS s USING (municipality_key, program_key)
  UNION ALL BY NAME
  SELECT ic.change, ic.municipality_key, params.y AS fiscal_year, ic.program_key, p.program, p.sheet_no,
         p.previous_sheet_no, p.department, p.pillar, p.goal, p.measure,
         ic.kind, ic.indicator, ic.unit, NULL AS from_text, NULL AS to_text, ic.from_value, ic.to_value,
         NULL::DOUBLE AS change_ratio, ic.easier, NULL::INTEGER AS last_seen_year, ic.activity_no, ic.source_line
  FROM indicator_changes AS ic
  CROSS JOIN params
  JOIN pairs AS p USING (municipality_key, program_key)
)
SELECT change, municipality_key, fiscal_year, program_key, program, sheet_no, previous_sheet_no, department, pillar,
       measure, kind, indicator, unit, from_text, to_text, from_value, to_value, change_ratio, easier, last_seen_year
FROM everything
WHERE ${SCOPE_WHERE}
ORDER BY list_position(${`['${CHANGE_ORDER.join("', '")}']`}, change), municipality_key,
         try_cast(sheet_no AS INTEGER) NULLS LAST, sheet_no, kind NULLS FIRST, activity_no NULLS FIRST, source_line, indicator`;

/**
 * What changed from the year before to the scope's year (the latest when no year is given): programs new, ended,
 * renamed, renumbered or moved; total costs up or down by at least `moneyChange`; targets moved; indicators added or
 * dropped. Programs are followed by program_key, indicators by identity (docs/analyses.md).
 */
export function programChanges(db: Database, scope: Scope = {}, moneyChange = DEFAULT_MONEY_CHANGE): Promise<ProgramChange[]> {
  return db.run<ProgramChange>(SQL, [...scopeParams(scope), moneyChange]);
}

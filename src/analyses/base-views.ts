import type { Database } from '../db/database';

/**
 * What every analysis stands on, materialised as tables by prepareAnalyses after each import (they read the import
 * tables, so they must be rebuilt whenever those change). Tables, not views: as views, every dashboard query
 * re-ran the dedup windows, the keyword join and the start points over all years (~0.3–0.6 s at 5,000 sheets).
 * - current_*: one row per key (indicators: per identity); of two different rows with the same key the last imported
 *   wins (docs/analyses.md).
 * - indicator_facts: every outcome and output, with their program, policy place, identity and direction.
 * - indicator_rated: for outcomes, and outputs with an actual: achievement, reason, gap and the interim straight line.
 * - indicator_results(near_threshold): indicator_rated with its status (the near threshold is a setting).
 */
export const BASE_VIEWS_SQL = `
CREATE OR REPLACE TABLE current_sheets AS
SELECT s.*
FROM sheets AS s
JOIN import_files AS f ON f.import_id = s.import_id AND f.file = s.source_file
QUALIFY row_number() OVER (PARTITION BY s.municipality_key, s.fiscal_year, s.sheet_no ORDER BY s.import_id DESC, f.file_no DESC, s.source_line DESC) = 1;

CREATE OR REPLACE TABLE current_reviews AS
SELECT r.*
FROM reviews AS r
JOIN import_files AS f ON f.import_id = r.import_id AND f.file = r.source_file
QUALIFY row_number() OVER (PARTITION BY r.municipality_key, r.fiscal_year, r.sheet_no ORDER BY r.import_id DESC, f.file_no DESC, r.source_line DESC) = 1;

CREATE OR REPLACE TABLE current_activities AS
SELECT a.*,
       s.program, s.program_key, s.department, s.pillar, s.goal, s.measure
FROM activities AS a
JOIN import_files AS f ON f.import_id = a.import_id AND f.file = a.source_file
LEFT JOIN current_sheets AS s USING (municipality_key, fiscal_year, sheet_no)
QUALIFY row_number() OVER (PARTITION BY a.municipality_key, a.fiscal_year, a.sheet_no, a.activity_no ORDER BY a.import_id DESC, f.file_no DESC, a.source_line DESC) = 1;

-- Indicators: one row per identity (sheet, activity for outputs, name, unit, ordinal). The same indicator from two
-- files, with different figures, is one indicator: the last import wins, as for sheets (the import reported it).
CREATE OR REPLACE TABLE current_outcomes AS
SELECT o.*
FROM outcomes AS o
JOIN import_files AS f ON f.import_id = o.import_id AND f.file = o.source_file
QUALIFY row_number() OVER (PARTITION BY o.municipality_key, o.fiscal_year, o.sheet_no, o.indicator_key, coalesce(o.unit, ''), o.ordinal
                           ORDER BY o.import_id DESC, f.file_no DESC, o.source_line DESC) = 1;

CREATE OR REPLACE TABLE current_outputs AS
SELECT o.*
FROM outputs AS o
JOIN import_files AS f ON f.import_id = o.import_id AND f.file = o.source_file
QUALIFY row_number() OVER (PARTITION BY o.municipality_key, o.fiscal_year, o.sheet_no, coalesce(o.activity_key, CAST(o.activity_no AS VARCHAR)),
                                        o.indicator_key, coalesce(o.unit, ''), o.ordinal
                           ORDER BY o.import_id DESC, f.file_no DESC, o.source_line DESC) = 1;

-- Program-level money (予算・決算・決算見込・計画 per year), the last import of each kind winning as for sheets.
CREATE OR REPLACE TABLE current_program_money AS
SELECT m.*
FROM program_money AS m
JOIN import_files AS f ON f.import_id = m.import_id AND f.file = m.source_file
QUALIFY row_number() OVER (PARTITION BY m.municipality_key, m.fiscal_year, m.sheet_no, m.money_kind ORDER BY m.import_id DESC, f.file_no DESC, m.source_line DESC) = 1;

CREATE OR REPLACE TABLE indicator_facts AS
WITH indicators AS (
  SELECT 'outcome' AS kind, municipality_key, fiscal_year, sheet_no, indicator_kind,
         NULL::INTEGER AS activity_no, NULL::VARCHAR AS activity, NULL::VARCHAR AS activity_key,
         indicator, indicator_key, unit, ordinal,
         target, target_raw, NULL::DOUBLE AS next_target, target_year, actual, actual_raw, baseline,
         direction AS given_direction, row_hash, source_line
  FROM current_outcomes
  UNION ALL
  SELECT 'output' AS kind, municipality_key, fiscal_year, sheet_no, indicator_kind,
         activity_no, activity, activity_key,
         indicator, indicator_key, unit, ordinal,
         target, target_raw, next_target, target_year, actual, actual_raw, NULL::DOUBLE AS baseline,
         NULL::VARCHAR AS given_direction, row_hash, source_line
  FROM current_outputs
),
first_keyword AS (
  SELECT i.kind, i.row_hash, k.keyword, k.direction
  FROM indicators AS i
  JOIN direction_keywords AS k ON contains(i.indicator_key, k.keyword)
  QUALIFY row_number() OVER (PARTITION BY i.kind, i.row_hash ORDER BY k.priority) = 1
)
SELECT i.kind, i.municipality_key, s.municipality, i.fiscal_year, i.sheet_no, i.indicator_kind,
       s.program, s.program_key, s.department, s.pillar, s.goal, s.measure,
       i.activity_no, i.activity, i.activity_key,
       i.indicator, i.indicator_key, i.unit, i.ordinal,
       -- A sheet with no program to follow (no sheets row, or one without a name or ID) is followed no further than
       -- itself: its indicators never merge with another sheet's of the same name (a 'target lowered' between
       -- unrelated sheets).
       concat_ws('|', i.kind, coalesce(s.program_key, '#' || i.municipality_key || '#' || i.fiscal_year || '#' || i.sheet_no),
                 coalesce(i.activity_key, ''), i.indicator_key, coalesce(i.unit, ''), i.ordinal) AS indicator_id,
       i.target, i.target_raw, i.next_target, i.target_year, i.actual, i.actual_raw, i.baseline, i.source_line,
       coalesce(i.given_direction, fk.direction, 'up') AS direction,
       CASE WHEN i.given_direction IS NOT NULL THEN 'given'
            WHEN fk.direction IS NOT NULL THEN 'keyword'
            ELSE 'default' END AS direction_source,
       CASE WHEN i.given_direction IS NULL THEN fk.keyword END AS direction_keyword
FROM indicators AS i
LEFT JOIN first_keyword AS fk USING (kind, row_hash)
LEFT JOIN current_sheets AS s USING (municipality_key, fiscal_year, sheet_no);

CREATE OR REPLACE TABLE indicator_rated AS
WITH reasoned AS (
  SELECT f.*,
         CASE
           -- a cell that only says 'nothing here' (empty, a dash, なし, 該当なし: see isNotApplicable) gives no words of its own
           WHEN f.actual IS NULL AND (f.actual_raw IS NULL OR regexp_matches(f.actual_raw, '^[\\s\u3000]*([\\-—―‐–−－]*|なし|該当なし)[\\s\u3000]*$')) THEN '実績値なし'
           WHEN f.actual IS NULL THEN trim(f.actual_raw)
           WHEN f.target IS NULL THEN '目標値なし'
           WHEN f.target = 0 THEN '目標値が0'
           WHEN f.direction = 'down' AND f.actual = 0 THEN '実績値が0'
         END AS reason
  FROM indicator_facts AS f
  -- Many cities leave outputs without actuals: those are plans, not results, and are not rated.
  WHERE f.kind = 'outcome' OR f.actual IS NOT NULL
),
rated AS (
  SELECT r.*,
         CASE WHEN r.reason IS NULL THEN
           CASE r.direction WHEN 'down' THEN r.target / r.actual ELSE r.actual / r.target END
         END AS achievement,
         CASE r.direction WHEN 'down' THEN r.target - r.actual ELSE r.actual - r.target END AS gap
  FROM reasoned AS r
),
start_points AS (
  -- Where the straight line to an interim target starts: the earliest actual, else the baseline the year before
  -- the indicator first appears.
  SELECT indicator_id,
         arg_min(fiscal_year, fiscal_year) FILTER (WHERE actual IS NOT NULL) AS first_actual_year,
         arg_min(actual, fiscal_year) FILTER (WHERE actual IS NOT NULL) AS first_actual,
         min(fiscal_year) - 1 AS baseline_year
  FROM indicator_facts
  GROUP BY indicator_id
),
lined AS (
  SELECT r.*,
         r.target_year IS NOT NULL AND r.target_year > r.fiscal_year AS is_interim,
         CASE WHEN sp.first_actual_year < r.fiscal_year THEN sp.first_actual_year
              WHEN r.baseline IS NOT NULL THEN sp.baseline_year END AS start_year,
         CASE WHEN sp.first_actual_year < r.fiscal_year THEN sp.first_actual
              WHEN r.baseline IS NOT NULL THEN r.baseline END AS start_value
  FROM rated AS r
  LEFT JOIN start_points AS sp USING (indicator_id)
),
projected AS (
  SELECT l.* EXCLUDE (start_year, start_value),
         CASE WHEN l.target <> 0 THEN l.gap / l.target END AS gap_share,
         l.start_year, l.start_value,
         CASE WHEN l.is_interim AND l.start_value IS NOT NULL AND l.target IS NOT NULL AND l.target_year > l.start_year
              THEN l.start_value + (l.target - l.start_value) * (l.fiscal_year - l.start_year) / (l.target_year - l.start_year)
         END AS expected
  FROM lined AS l
)
SELECT p.*,
       CASE WHEN p.expected IS NULL OR p.actual IS NULL THEN NULL
            WHEN p.direction = 'down' THEN p.actual <= p.expected
            ELSE p.actual >= p.expected END AS on_track
FROM projected AS p;

CREATE OR REPLACE MACRO indicator_results(near_threshold) AS TABLE
SELECT r.* EXCLUDE (gap_share, start_year, start_value, expected, on_track),
       CASE WHEN r.achievement IS NULL THEN 'not_measured'
            WHEN r.achievement >= 1 THEN 'achieved'
            WHEN r.achievement >= near_threshold THEN 'near'
            ELSE 'missed' END AS status,
       r.gap_share, r.start_year, r.start_value, r.expected, r.on_track
FROM indicator_rated AS r;
`;

export async function createBaseViews(db: Database): Promise<void> {
  await db.exec(BASE_VIEWS_SQL);
}

/**
 * The SQL of シートの質 (docs/analyses.md): every flag of every sheet, one row per flag, over all years (the streaks
 * need them), the copied-text comparison only for the scope's year. $1 year (null: all), $8 near threshold.
 * The text normalisation and the copy thresholds are constants here, never values from the data.
 */

/** Points a flag takes off a sheet's 100 (each kind once per sheet): what the department scores average. */
export const FLAG_POINTS = {
  easy_target: 20,
  no_target: 20,
  no_actual: 20,
  output_as_outcome: 10,
  copied_reflection: 20,
  copied_purpose: 10,
  rating_inconsistent: 20,
} as const;

export type QualityFlag = keyof typeof FLAG_POINTS;
export const QUALITY_FLAGS = Object.keys(FLAG_POINTS) as QualityFlag[];

/** Years in a row: achieved with an unchanged or easier target; no target; no actual. */
export const EASY_TARGET_YEARS = 3;
export const MISSING_YEARS = 2;
/**
 * 'Nearly identical': texts of at least NEAR_MIN_CHARS sharing this share of their two-character pieces (Jaccard over
 * the sets of character bigrams). Linear in the text's length: an edit distance would be quadratic, and DuckDB's
 * levenshtein counts bytes, three to a Japanese character.
 */
export const NEAR_JACCARD = 0.8;
export const NEAR_MIN_CHARS = 40;

/**
 * A text as compared from year to year: without spaces, punctuation, figures and years (令和6年度 → 年度), so a text
 * copied with only its year and figures updated reads as the same text.
 */
const normalised = (col: string) =>
  `regexp_replace(coalesce(${col}, ''), '(令和|平成|昭和)(元|[0-9０-９]+)|[RrＲ][0-9０-９]+|[0-9０-９]+([.,．，][0-9０-９]+)*|[\\s\\x{3000}。、，．,.・「」『』（）()【】［］!！?？:：;；〜～…]', '', 'g')`;

/** The points of the flag in `column`, as SQL (constant text from FLAG_POINTS). */
export const pointsCase = (column: string) => `CASE ${column} ${Object.entries(FLAG_POINTS).map(([k, v]) => `WHEN '${k}' THEN ${v}`).join(' ')} END`;

export const FLAGS_SQL = `
WITH facts AS (
  -- rated indicators (outcomes, outputs with an actual) with their achievement, and the outputs without an actual
  SELECT * FROM indicator_rated WHERE program_key IS NOT NULL
  UNION ALL BY NAME
  SELECT *, NULL::DOUBLE AS achievement FROM indicator_facts WHERE kind = 'output' AND actual IS NULL AND program_key IS NOT NULL
),
stepped AS (
  SELECT f.*,
         lag(f.fiscal_year) OVER w = f.fiscal_year - 1 AS follows,
         lag(f.achievement) OVER w AS prev_achievement,
         lag(f.target) OVER w AS prev_target,
         lag(f.target IS NULL) OVER w AS prev_no_target,
         lag(f.actual IS NULL) OVER w AS prev_no_actual
  FROM facts AS f
  WINDOW w AS (PARTITION BY f.indicator_id ORDER BY f.fiscal_year, f.source_line)
),
runs AS (
  SELECT s.*,
         -- a year continues an easy run: achieved, after an achieved year, with a target no harder than last year's
         coalesce(s.achievement >= 1 AND s.follows AND s.prev_achievement >= 1
                  AND CASE s.direction WHEN 'down' THEN s.target >= s.prev_target ELSE s.target <= s.prev_target END, false) AS easy_step,
         coalesce(s.target IS NULL AND s.follows AND s.prev_no_target, false) AS no_target_step,
         coalesce(s.actual IS NULL AND s.follows AND s.prev_no_actual, false) AS no_actual_step
  FROM stepped AS s
),
islands AS (
  SELECT r.*,
         sum(CASE WHEN r.easy_step THEN 0 ELSE 1 END) OVER w AS easy_island,
         sum(CASE WHEN r.no_target_step THEN 0 ELSE 1 END) OVER w AS no_target_island,
         sum(CASE WHEN r.no_actual_step THEN 0 ELSE 1 END) OVER w AS no_actual_island
  FROM runs AS r
  WINDOW w AS (PARTITION BY r.indicator_id ORDER BY r.fiscal_year, r.source_line ROWS UNBOUNDED PRECEDING)
),
streaks AS (
  SELECT i.*,
         CASE WHEN i.achievement >= 1 THEN count(*) OVER (PARTITION BY i.indicator_id, i.easy_island ORDER BY i.fiscal_year, i.source_line) ELSE 0 END AS easy_years,
         CASE WHEN i.target IS NULL THEN count(*) OVER (PARTITION BY i.indicator_id, i.no_target_island ORDER BY i.fiscal_year, i.source_line) ELSE 0 END AS no_target_years,
         CASE WHEN i.actual IS NULL THEN count(*) OVER (PARTITION BY i.indicator_id, i.no_actual_island ORDER BY i.fiscal_year, i.source_line) ELSE 0 END AS no_actual_years
  FROM islands AS i
),
indicator_flags AS (
  SELECT 'easy_target' AS flag, s.*, s.easy_years AS years, NULL AS detail FROM streaks AS s WHERE s.easy_years >= ${EASY_TARGET_YEARS}
  UNION ALL BY NAME
  -- targets and actuals are asked of outcomes: many cities leave outputs without actuals (plans) and 対象 without targets
  SELECT 'no_target' AS flag, s.*, s.no_target_years AS years, NULL AS detail FROM streaks AS s
  WHERE s.kind = 'outcome' AND s.no_target_years >= ${MISSING_YEARS}
  UNION ALL BY NAME
  SELECT 'no_actual' AS flag, s.*, s.no_actual_years AS years, NULL AS detail FROM streaks AS s
  WHERE s.kind = 'outcome' AND s.no_actual_years >= ${MISSING_YEARS}
  UNION ALL BY NAME
  SELECT 'output_as_outcome' AS flag, s.*, NULL::BIGINT AS years, k.keyword AS detail
  FROM streaks AS s
  JOIN output_keywords AS k ON contains(s.indicator_key, k.keyword)
  WHERE s.kind = 'outcome'
  QUALIFY row_number() OVER (PARTITION BY s.indicator_id, s.fiscal_year, s.source_line ORDER BY k.priority) = 1
),
sheet_texts AS (
  SELECT s.municipality_key, s.fiscal_year, s.sheet_no, s.program_key,
         ${normalised("s.background || '｜' || coalesce(s.objective, '')")} AS purpose,
         ${normalised('r.reflection')} AS reflection,
         s.import_id AS sheet_import, s.source_file AS sheet_file, s.source_line AS sheet_line,
         r.import_id AS review_import, r.source_file AS review_file, r.source_line AS review_line
  FROM current_sheets AS s
  LEFT JOIN current_reviews AS r USING (municipality_key, fiscal_year, sheet_no)
  WHERE s.program_key IS NOT NULL
),
text_pairs AS (
  -- this year's texts beside last year's, when they come from different rows (a list that repeats one row per year
  -- for earlier years, as a year-block workbook does, copied nothing)
  SELECT c.municipality_key, c.fiscal_year, c.sheet_no, 'reflection' AS field, c.reflection AS now, p.reflection AS before
  FROM sheet_texts AS c JOIN sheet_texts AS p
    ON p.municipality_key = c.municipality_key AND p.program_key = c.program_key AND p.fiscal_year = c.fiscal_year - 1
  WHERE ($1::INTEGER IS NULL OR c.fiscal_year = $1)
    AND (c.review_import, c.review_file, c.review_line) IS DISTINCT FROM (p.review_import, p.review_file, p.review_line)
  UNION ALL
  SELECT c.municipality_key, c.fiscal_year, c.sheet_no, 'purpose' AS field, c.purpose AS now, p.purpose AS before
  FROM sheet_texts AS c JOIN sheet_texts AS p
    ON p.municipality_key = c.municipality_key AND p.program_key = c.program_key AND p.fiscal_year = c.fiscal_year - 1
  WHERE ($1::INTEGER IS NULL OR c.fiscal_year = $1)
    AND (c.sheet_import, c.sheet_file, c.sheet_line) IS DISTINCT FROM (p.sheet_import, p.sheet_file, p.sheet_line)
),
grams AS (
  SELECT t.*,
         CASE WHEN t.now <> t.before AND least(length(t.now), length(t.before)) >= ${NEAR_MIN_CHARS}
                   AND least(length(t.now), length(t.before)) >= ${NEAR_JACCARD} * greatest(length(t.now), length(t.before)) THEN
           struct_pack(
             a := list_distinct(list_transform(range(1, length(t.now)), i -> substring(t.now, i, 2))),
             b := list_distinct(list_transform(range(1, length(t.before)), i -> substring(t.before, i, 2))))
         END AS g
  FROM text_pairs AS t
  WHERE length(t.now) >= 5
),
copies AS (
  SELECT g.*,
         CASE WHEN g.now = g.before THEN 'identical'
              WHEN len(list_intersect(g.g.a, g.g.b)) >= ${NEAR_JACCARD} * (len(g.g.a) + len(g.g.b) - len(list_intersect(g.g.a, g.g.b))) THEN 'nearly'
         END AS copy
  FROM grams AS g
),
rated AS (
  SELECT b.municipality_key, b.fiscal_year, b.sheet_no, b.achieved, b.outcomes - b.not_measured AS measured,
         len(list_filter(b.short_rates, x -> x < $8)) AS missed,
         CASE WHEN regexp_matches(coalesce(s.grade, ''), '^[\\s\\x{3000}]*[AaＡａ]') THEN 'A'
              WHEN regexp_matches(coalesce(s.grade, ''), '^[\\s\\x{3000}]*[DdＤｄEeＥｅFfＦｆ]') THEN trim(s.grade) END AS grade_mark,
         r.next_direction_category AS category
  FROM program_base AS b
  JOIN current_sheets AS s USING (municipality_key, fiscal_year, sheet_no)
  LEFT JOIN current_reviews AS r USING (municipality_key, fiscal_year, sheet_no)
),
rating_flags AS (
  SELECT r.municipality_key, r.fiscal_year, r.sheet_no, 'rating_inconsistent' AS flag,
         CASE WHEN (r.grade_mark = 'A' OR r.category = '拡充') AND r.missed > 0 AND r.achieved = 0
              THEN 'high:' || CASE WHEN r.grade_mark = 'A' THEN '評価A' ELSE '拡充' END
              ELSE 'low:' || CASE WHEN r.category IN ('縮小', '休止', '廃止') THEN r.category ELSE '評価' || r.grade_mark END
         END AS detail, r.missed, r.measured, r.achieved
  FROM rated AS r
  WHERE ((r.grade_mark = 'A' OR r.category = '拡充') AND r.missed > 0 AND r.achieved = 0)
     OR (((r.grade_mark IS NOT NULL AND r.grade_mark <> 'A') OR r.category IN ('縮小', '休止', '廃止'))
         AND r.measured > 0 AND r.achieved = r.measured)
),
all_flags AS (
  SELECT f.flag, f.municipality_key, f.fiscal_year, f.sheet_no, f.kind, f.indicator, f.unit, f.indicator_id,
         f.years, f.detail, f.target, f.prev_target AS previous_target, f.actual,
         NULL::INTEGER AS missed, NULL::INTEGER AS measured, f.activity_no, f.source_line
  FROM indicator_flags AS f
  UNION ALL BY NAME
  SELECT 'copied_' || c.field AS flag, c.municipality_key, c.fiscal_year, c.sheet_no, c.copy AS detail
  FROM copies AS c WHERE c.copy IS NOT NULL
  UNION ALL BY NAME
  SELECT rf.flag, rf.municipality_key, rf.fiscal_year, rf.sheet_no, rf.detail, rf.missed, rf.measured
  FROM rating_flags AS rf
)
SELECT a.*, ${pointsCase('a.flag')} AS points,
       s.program, s.program_key, s.department, s.pillar, s.goal, s.measure
FROM all_flags AS a
JOIN current_sheets AS s USING (municipality_key, fiscal_year, sheet_no)`;

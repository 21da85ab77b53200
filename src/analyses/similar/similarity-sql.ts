/**
 * The SQL that scores similar programs of one year ($1) into program_similarity (docs/analyses.md, 類似事業):
 * 1. TF-IDF weights per field: (1 + ln n) × ln((N + 1) / (df + 0.5)), N the city's programs that year; a word in every
 *    program weighs almost nothing.
 * 2. Blocking, never all pairs: each program's BLOCK_TERMS heaviest words that at most blockCap programs share find its
 *    candidates; the CANDIDATES_PER_PROGRAM best by those words alone are kept, plus its SAME_MEASURE_CANDIDATES
 *    nearest in cost under the same 施策. Work grows with programs × BLOCK_TERMS × blockCap, not programs².
 * 3. For the candidate pairs: cosine per field over all words, the policy tree and the cost, and the reasons.
 * The weights and limits are constants (this file), never values from the data.
 */

export const FIELD_WEIGHTS = { name: 0.3, purpose: 0.3, activities: 0.2, indicators: 0.2 } as const;
export const SCORE_WEIGHTS = { text: 0.7, tree: 0.2, cost: 0.1 } as const;
/** Tree nearness: the same 施策, the same 施策の目標, the same 施策の大綱. */
export const TREE_NEARNESS = { measure: 1, goal: 0.5, pillar: 0.2 } as const;
/** 規模が近い: total costs within this factor of each other. */
export const COST_FACTOR = 1.5;
/** Field similarities from which a reason is given. */
export const REASON_SIMILARITY = { name: 0.5, purpose: 0.4, activities: 0.5 } as const;
export const BLOCK_TERMS = 12;
export const CANDIDATES_PER_PROGRAM = 15;
export const SAME_MEASURE_CANDIDATES = 5;
/** A word that more programs share does not find candidates (it still counts in the cosine): at least this many. */
export const MIN_BLOCK_CAP = 10;
/** An indicator name more programs use is generic (参加人数): sharing it is no reason. At least this many. */
export const MIN_GENERIC_CAP = 3;
export const GENERIC_SHARE = 0.03;

const fieldWeight = (col: string) => `CASE ${col} ${Object.entries(FIELD_WEIGHTS).map(([f, w]) => `WHEN '${f}' THEN ${w}`).join(' ')} END`;

export const SIMILARITY_TABLE_SQL = `
CREATE TABLE IF NOT EXISTS program_similarity (
  municipality_key VARCHAR, fiscal_year INTEGER, program_key VARCHAR, other_program_key VARCHAR,
  score DOUBLE, text_score DOUBLE, name_similarity DOUBLE, purpose_similarity DOUBLE, activities_similarity DOUBLE,
  indicators_similarity DOUBLE, tree VARCHAR, cost_ratio DOUBLE, shared_indicators VARCHAR[], shared_targets VARCHAR[],
  reasons VARCHAR[]);
CREATE TABLE IF NOT EXISTS program_similarity_years (fiscal_year INTEGER);`;

/** $1 year. Inserts both directions of every scored pair. */
export const SIMILARITY_INSERT_SQL = `
-- similar-score
INSERT INTO program_similarity
WITH sheets AS (
  SELECT * FROM program_costs WHERE fiscal_year = $1 AND program_key IS NOT NULL
  QUALIFY row_number() OVER (PARTITION BY municipality_key, program_key ORDER BY sheet_no) = 1
),
city AS (SELECT municipality_key, count(*) AS n FROM sheets GROUP BY ALL),
terms AS (SELECT * FROM program_terms WHERE fiscal_year = $1),
df AS (SELECT municipality_key, field, term, count(*) AS df FROM terms GROUP BY ALL),
weighted AS (
  SELECT t.municipality_key, t.program_key, t.field, t.term, df.df,
         (1 + ln(t.n)) * ln((c.n + 1) / (df.df + 0.5)) AS w
  FROM terms AS t
  JOIN df USING (municipality_key, field, term)
  JOIN city AS c USING (municipality_key)
),
norms AS (
  SELECT municipality_key, program_key, field, sqrt(sum(w * w)) AS norm FROM weighted GROUP BY ALL
),
blocking AS (
  SELECT w.*
  FROM weighted AS w JOIN city AS c USING (municipality_key)
  WHERE w.df >= 2 AND w.df <= greatest(${MIN_BLOCK_CAP}, ceil(sqrt(c.n)))
  QUALIFY row_number() OVER (PARTITION BY w.municipality_key, w.program_key ORDER BY w.w * ${fieldWeight('w.field')} DESC, w.field, w.term) <= ${BLOCK_TERMS}
),
word_pairs AS (
  SELECT a.municipality_key, a.program_key AS a_key, b.program_key AS b_key,
         sum(a.w * b.w * ${fieldWeight('a.field')}) AS partial
  FROM blocking AS a
  JOIN weighted AS b ON b.municipality_key = a.municipality_key AND b.field = a.field AND b.term = a.term
                    AND b.program_key <> a.program_key
  GROUP BY ALL
),
by_words AS (
  SELECT * FROM word_pairs
  QUALIFY row_number() OVER (PARTITION BY municipality_key, a_key ORDER BY partial DESC, b_key) <= ${CANDIDATES_PER_PROGRAM}
),
by_tree AS (
  SELECT a.municipality_key, a.program_key AS a_key, b.program_key AS b_key
  FROM sheets AS a
  JOIN sheets AS b ON b.municipality_key = a.municipality_key AND b.pillar IS NOT DISTINCT FROM a.pillar
                  AND b.goal IS NOT DISTINCT FROM a.goal AND b.measure = a.measure AND b.program_key <> a.program_key
  QUALIFY row_number() OVER (
    PARTITION BY a.municipality_key, a.program_key
    ORDER BY CASE WHEN a.total_cost > 0 AND b.total_cost > 0 THEN abs(ln(a.total_cost / b.total_cost)) END NULLS LAST, b.program_key
  ) <= ${SAME_MEASURE_CANDIDATES}
),
pairs AS (
  -- unordered: a < b
  SELECT DISTINCT municipality_key, least(a_key, b_key) AS a_key, greatest(a_key, b_key) AS b_key
  FROM (SELECT municipality_key, a_key, b_key FROM by_words UNION ALL SELECT municipality_key, a_key, b_key FROM by_tree)
),
dots AS (
  SELECT p.municipality_key, p.a_key, p.b_key, wa.field, sum(wa.w * wb.w) AS dot
  FROM pairs AS p
  JOIN weighted AS wa ON wa.municipality_key = p.municipality_key AND wa.program_key = p.a_key
  JOIN weighted AS wb ON wb.municipality_key = p.municipality_key AND wb.program_key = p.b_key
                     AND wb.field = wa.field AND wb.term = wa.term
  GROUP BY ALL
),
fields AS (
  -- every field both programs have words in, with its cosine (0 when they share none)
  SELECT p.municipality_key, p.a_key, p.b_key, na.field,
         coalesce(d.dot, 0) / (na.norm * nb.norm) AS cosine
  FROM pairs AS p
  JOIN norms AS na ON na.municipality_key = p.municipality_key AND na.program_key = p.a_key
  JOIN norms AS nb ON nb.municipality_key = p.municipality_key AND nb.program_key = p.b_key AND nb.field = na.field
  LEFT JOIN dots AS d ON d.municipality_key = p.municipality_key AND d.a_key = p.a_key AND d.b_key = p.b_key AND d.field = na.field
  WHERE na.norm > 0 AND nb.norm > 0
),
texts AS (
  SELECT municipality_key, a_key, b_key,
         sum(cosine * ${fieldWeight('field')}) / sum(${fieldWeight('field')}) AS text_score,
         any_value(cosine) FILTER (WHERE field = 'name') AS name_similarity,
         any_value(cosine) FILTER (WHERE field = 'purpose') AS purpose_similarity,
         any_value(cosine) FILTER (WHERE field = 'activities') AS activities_similarity,
         any_value(cosine) FILTER (WHERE field = 'indicators') AS indicators_similarity
  FROM fields GROUP BY ALL
),
indicator_names AS (
  -- one row per program and indicator name: 対象 (who the program is for) apart from the other indicators
  SELECT DISTINCT f.municipality_key, f.program_key, f.indicator_kind = '対象' AS is_target, f.indicator_key,
         first(f.indicator) OVER (PARTITION BY f.municipality_key, f.program_key, f.indicator_kind = '対象', f.indicator_key ORDER BY f.source_line) AS indicator
  FROM indicator_facts AS f
  WHERE f.fiscal_year = $1 AND f.program_key IS NOT NULL AND f.indicator_key IS NOT NULL AND f.indicator_key <> ''
),
specific_names AS (
  SELECT i.* FROM indicator_names AS i JOIN city AS c USING (municipality_key)
  QUALIFY count(*) OVER (PARTITION BY i.municipality_key, i.is_target, i.indicator_key) <= greatest(${MIN_GENERIC_CAP}, ceil(${GENERIC_SHARE} * c.n))
),
shared AS (
  SELECT p.municipality_key, p.a_key, p.b_key,
         list(DISTINCT ia.indicator ORDER BY ia.indicator) FILTER (WHERE NOT ia.is_target) AS shared_indicators,
         list(DISTINCT ia.indicator ORDER BY ia.indicator) FILTER (WHERE ia.is_target) AS shared_targets
  FROM pairs AS p
  JOIN specific_names AS ia ON ia.municipality_key = p.municipality_key AND ia.program_key = p.a_key
  JOIN specific_names AS ib ON ib.municipality_key = p.municipality_key AND ib.program_key = p.b_key
                           AND ib.is_target = ia.is_target AND ib.indicator_key = ia.indicator_key
  GROUP BY ALL
),
scored AS (
  SELECT p.municipality_key, p.a_key, p.b_key,
         coalesce(t.text_score, 0) AS text_score, t.name_similarity, t.purpose_similarity, t.activities_similarity,
         t.indicators_similarity,
         CASE WHEN sa.measure IS NOT NULL AND sa.measure = sb.measure AND sa.goal IS NOT DISTINCT FROM sb.goal
                   AND sa.pillar IS NOT DISTINCT FROM sb.pillar THEN 'measure'
              WHEN sa.goal IS NOT NULL AND sa.goal = sb.goal AND sa.pillar IS NOT DISTINCT FROM sb.pillar THEN 'goal'
              WHEN sa.pillar IS NOT NULL AND sa.pillar = sb.pillar THEN 'pillar' END AS tree,
         CASE WHEN sa.total_cost > 0 AND sb.total_cost > 0 THEN greatest(sa.total_cost, sb.total_cost) / least(sa.total_cost, sb.total_cost) END AS cost_ratio,
         coalesce(sh.shared_indicators, []::VARCHAR[]) AS shared_indicators,
         coalesce(sh.shared_targets, []::VARCHAR[]) AS shared_targets
  FROM pairs AS p
  JOIN sheets AS sa ON sa.municipality_key = p.municipality_key AND sa.program_key = p.a_key
  JOIN sheets AS sb ON sb.municipality_key = p.municipality_key AND sb.program_key = p.b_key
  LEFT JOIN texts AS t ON t.municipality_key = p.municipality_key AND t.a_key = p.a_key AND t.b_key = p.b_key
  LEFT JOIN shared AS sh ON sh.municipality_key = p.municipality_key AND sh.a_key = p.a_key AND sh.b_key = p.b_key
),
final AS (
  SELECT s.*,
         ${SCORE_WEIGHTS.text} * s.text_score
         + ${SCORE_WEIGHTS.tree} * CASE s.tree WHEN 'measure' THEN ${TREE_NEARNESS.measure} WHEN 'goal' THEN ${TREE_NEARNESS.goal} WHEN 'pillar' THEN ${TREE_NEARNESS.pillar} ELSE 0 END
         + ${SCORE_WEIGHTS.cost} * coalesce(greatest(0, 1 - ln(s.cost_ratio) / ln(10)), 0) AS score,
         list_filter([
           CASE WHEN s.tree = 'measure' THEN 'same_measure' WHEN s.tree = 'goal' THEN 'same_goal' END,
           CASE WHEN s.name_similarity >= ${REASON_SIMILARITY.name} THEN 'name' END,
           CASE WHEN s.purpose_similarity >= ${REASON_SIMILARITY.purpose} THEN 'purpose' END,
           CASE WHEN s.activities_similarity >= ${REASON_SIMILARITY.activities} THEN 'activities' END,
           CASE WHEN len(s.shared_indicators) > 0 THEN 'indicators' END,
           CASE WHEN len(s.shared_targets) > 0 THEN 'targets' END,
           CASE WHEN s.cost_ratio <= ${COST_FACTOR} THEN 'cost' END
         ], x -> x IS NOT NULL) AS reasons
  FROM scored AS s
)
SELECT municipality_key, $1, a_key, b_key, score, text_score, name_similarity, purpose_similarity, activities_similarity,
       indicators_similarity, tree, cost_ratio, shared_indicators, shared_targets, reasons
FROM final
UNION ALL
SELECT municipality_key, $1, b_key, a_key, score, text_score, name_similarity, purpose_similarity, activities_similarity,
       indicators_similarity, tree, cost_ratio, shared_indicators, shared_targets, reasons
FROM final`;

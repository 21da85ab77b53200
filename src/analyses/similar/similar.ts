import type { Database } from '../../db/database';
import { SCOPE_WHERE, scopeParams, type Scope } from '../scope';
import { ensureProgramTerms, forgetProgramTerms } from './program-terms';
import { SIMILARITY_INSERT_SQL, SIMILARITY_TABLE_SQL } from './similarity-sql';

/** Why two programs are alike, as codes; src/format/similar-reasons.ts words them (同じ施策, 目的の文が近い …). */
export type SimilarReason = 'same_measure' | 'same_goal' | 'name' | 'purpose' | 'activities' | 'indicators' | 'targets' | 'cost';

/** One program beside one of the programs most like it (in the same city and year). */
export interface SimilarProgram {
  municipality_key: string;
  fiscal_year: number;
  program_key: string;
  program: string | null;
  sheet_no: string;
  department: string | null;
  pillar: string | null;
  measure: string | null;
  total_cost: number | null;
  other_program_key: string;
  other_program: string | null;
  other_sheet_no: string;
  other_department: string | null;
  other_pillar: string | null;
  other_measure: string | null;
  other_total_cost: number | null;
  /** 1 = the most alike for this program */
  rank: number;
  /** 0–1: 0.7 × text + 0.2 × policy tree + 0.1 × cost (docs/analyses.md) */
  score: number;
  text_score: number;
  name_similarity: number | null;
  purpose_similarity: number | null;
  activities_similarity: number | null;
  indicators_similarity: number | null;
  /** the nearest level of the policy tree they share */
  tree: 'measure' | 'goal' | 'pillar' | null;
  /** the larger total cost ÷ the smaller */
  cost_ratio: number | null;
  /** indicator names both use (not those most programs use), 対象 apart */
  shared_indicators: string[];
  shared_targets: string[];
  reasons: SimilarReason[];
  cross_department: boolean;
}

/** How many similar programs each program lists, and how many pairs the city-wide list shows. */
export const SIMILAR_PER_PROGRAM = 5;
export const CANDIDATE_PAIRS = 50;

const made = new WeakMap<Database, Map<number, Promise<void>>>();

/** Scores the year's similar programs into program_similarity unless they are there (kept until the next import). */
export function ensureSimilarity(db: Database, year: number): Promise<void> {
  let years = made.get(db);
  if (!years) made.set(db, (years = new Map()));
  let job = years.get(year);
  if (!job) {
    job = (async () => {
      await ensureProgramTerms(db, year);
      await db.exec(SIMILARITY_TABLE_SQL);
      const [done] = await db.run<{ n: number }>('-- similar-made\nSELECT count(*) AS n FROM program_similarity_years WHERE fiscal_year = $1', [year]);
      if (done!.n > 0) return;
      await db.run(SIMILARITY_INSERT_SQL, [year]);
      await db.run('-- similar-year\nINSERT INTO program_similarity_years VALUES ($1)', [year]);
    })();
    years.set(year, job);
    // only while it runs: the tables say what is made (a snapshot loaded or an import since drops them)
    void job.finally(() => years.delete(year)).catch(() => undefined);
  }
  return job;
}

/** Drops the words and scores (prepareAnalyses, after every import): they are made again from the new data when asked for. */
export async function dropSimilarity(db: Database): Promise<void> {
  forgetProgramTerms(db);
  made.delete(db);
  await db.exec(`DROP TABLE IF EXISTS program_terms; DROP TABLE IF EXISTS program_terms_years;
    DROP TABLE IF EXISTS program_similarity; DROP TABLE IF EXISTS program_similarity_years`);
}

/** SCOPE_WHERE on the columns of one table alias. */
const scopeOn = (alias: string) => SCOPE_WHERE.replace(/\b(fiscal_year|pillar|goal|measure|department|program_key|municipality_key)\b/g, `${alias}.$1`);

const PAIRS = `
WITH sheets AS (
  SELECT * FROM program_costs WHERE fiscal_year = $1 AND program_key IS NOT NULL
  QUALIFY row_number() OVER (PARTITION BY municipality_key, program_key ORDER BY sheet_no) = 1
),
pairs AS (
  SELECT ps.*, a.program, a.sheet_no, a.department, a.pillar, a.goal, a.measure, a.total_cost,
         b.program AS other_program, b.sheet_no AS other_sheet_no, b.department AS other_department,
         b.pillar AS other_pillar, b.goal AS other_goal, b.measure AS other_measure, b.total_cost AS other_total_cost,
         a.department IS NOT NULL AND b.department IS NOT NULL AND a.department <> b.department AS cross_department
  FROM program_similarity AS ps
  JOIN sheets AS a ON a.municipality_key = ps.municipality_key AND a.program_key = ps.program_key
  JOIN sheets AS b ON b.municipality_key = ps.municipality_key AND b.program_key = ps.other_program_key
  WHERE ps.fiscal_year = $1
)`;

const COLUMNS = `municipality_key, fiscal_year, program_key, program, sheet_no, department, pillar, measure, total_cost,
       other_program_key, other_program, other_sheet_no, other_department, other_pillar, other_measure, other_total_cost,
       rank, score, text_score, name_similarity, purpose_similarity, activities_similarity, indicators_similarity, tree,
       cost_ratio, shared_indicators, shared_targets, reasons, cross_department`;

const SIMILAR_SQL = `
-- similar-programs
${PAIRS},
ranked AS (
  SELECT p.*, row_number() OVER (PARTITION BY p.municipality_key, p.program_key ORDER BY p.score DESC, p.other_program_key)::INTEGER AS rank
  FROM pairs AS p
)
SELECT ${COLUMNS}
FROM ranked AS a
WHERE rank <= $8 AND ${scopeOn('a')}
ORDER BY municipality_key, try_cast(sheet_no AS INTEGER) NULLS LAST, sheet_no, rank`;

const CANDIDATES_SQL = `
-- consolidation-candidates
${PAIRS},
ranked AS (
  SELECT p.*, row_number() OVER (PARTITION BY p.municipality_key, p.program_key ORDER BY p.score DESC, p.other_program_key)::INTEGER AS rank
  FROM pairs AS p
)
SELECT ${COLUMNS}
FROM ranked AS a
WHERE a.cross_department AND a.program_key < a.other_program_key
  AND (${scopeOn('a')} OR (${scopeOn('a').replace(/a\.(pillar|goal|measure|department)\b/g, 'a.other_$1').replace(/a\.program_key\b/g, 'a.other_program_key')}))
ORDER BY score DESC, municipality_key, program_key, other_program_key
LIMIT $8`;

async function yearOf(db: Database, scope: Scope): Promise<number | null> {
  if (scope.year != null) return scope.year;
  const [row] = await db.run<{ y: number | null }>('-- similar-latest-year\nSELECT max(fiscal_year) AS y FROM current_sheets');
  return row?.y ?? null;
}

/** For every program in the scope, the `perProgram` programs most like it in its city that year (the latest by default). */
export async function similarPrograms(db: Database, scope: Scope = {}, perProgram = SIMILAR_PER_PROGRAM): Promise<SimilarProgram[]> {
  const year = await yearOf(db, scope);
  if (year === null) return [];
  await ensureSimilarity(db, year);
  return db.run<SimilarProgram>(SIMILAR_SQL, [...scopeParams({ ...scope, year }), perProgram]);
}

/**
 * 統廃合候補: the city's closest pairs of programs run by different departments, one row per pair (either program
 * in the scope), closest first.
 */
export async function consolidationCandidates(db: Database, scope: Scope = {}, limit = CANDIDATE_PAIRS): Promise<SimilarProgram[]> {
  const year = await yearOf(db, scope);
  if (year === null) return [];
  await ensureSimilarity(db, year);
  return db.run<SimilarProgram>(CANDIDATES_SQL, [...scopeParams({ ...scope, year }), limit]);
}

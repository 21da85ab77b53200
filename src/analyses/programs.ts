import type { Database } from '../db/database';
import { ensureScorecard, scorecardFrom } from './scorecard-macro';
import { DEFAULT_THRESHOLDS, SCOPE_WHERE, SHEET_ORDER, scopeParams, type Scope, type Thresholds } from './scope';

export interface ProgramScore {
  /** '' for one city's data; else the municipality's code or name, compacted (see docs/data-format.md) */
  municipality_key: string;
  municipality: string | null;
  fiscal_year: number;
  sheet_no: string;
  program: string | null;
  program_id: string | null;
  program_key: string | null;
  department: string | null;
  pillar: string | null;
  goal: string | null;
  measure: string | null;
  outcomes: number;
  achieved: number;
  near: number;
  missed: number;
  not_measured: number;
  mean_achievement: number | null;
  activities: number;
  budget: number | null;
  spend: number | null;
  execution: number | null;
  zero_cost_activities: number;
  cost_not_stated_activities: number;
  zero_cost: boolean;
  improve_cost: boolean | null;
  improve_activity: boolean | null;
  improve_outcome: boolean | null;
  improve_other: boolean | null;
  missed_streak: number;
  self_check: 'missed_unticked' | 'ticked_all_achieved' | null;
  points_missed: number;
  points_near: number;
  points_streak: number;
  points_mean: number;
  points_execution: number;
  points_self_check: number;
  score: number;
  reasons: string[];
}

const sql = (scorecard: string) => `
-- program-scorecard
SELECT *
FROM ${scorecard}
WHERE ${SCOPE_WHERE}
ORDER BY fiscal_year, ${SHEET_ORDER}`;
const SQL = sql(scorecardFrom('$8', '$9'));

export async function programScorecard(db: Database, scope: Scope = {}, t: Thresholds = DEFAULT_THRESHOLDS): Promise<ProgramScore[]> {
  await ensureScorecard(db, t);
  return db.run<ProgramScore>(SQL, [...scopeParams(scope), t.near, t.under]);
}

const underperformersSql = (scorecard: string) => `
-- underperformers
SELECT *
FROM ${scorecard}
WHERE ${SCOPE_WHERE}
  AND score > 0
ORDER BY score DESC, missed DESC, fiscal_year DESC, ${SHEET_ORDER}
LIMIT $10`;
const UNDER_SQL = underperformersSql(scorecardFrom('$8', '$9'));

/** Programs ranked by the underperformance score, each with its reasons in words. */
export async function underperformers(db: Database, scope: Scope = {}, t: Thresholds = DEFAULT_THRESHOLDS, limit = 20): Promise<ProgramScore[]> {
  await ensureScorecard(db, t);
  return db.run<ProgramScore>(UNDER_SQL, [...scopeParams(scope), t.near, t.under, limit]);
}

/** What the policy treemap draws of a program: its place in the tree, its money and its mean achievement. */
export type TreeProgram = Pick<ProgramScore, 'sheet_no' | 'program' | 'program_key' | 'pillar' | 'goal' | 'measure' | 'budget' | 'spend' | 'mean_achievement'>;

const TREE_SQL = `
-- program-tree
SELECT sheet_no, program, program_key, pillar, goal, measure, budget, spend, mean_achievement
FROM ${scorecardFrom('$8', '$9')}
WHERE ${SCOPE_WHERE}
ORDER BY fiscal_year, ${SHEET_ORDER}`;

/**
 * programScorecard's rows, in its order, with only the treemap's columns: the overview drew 9 of 36 columns, and
 * turning every column of thousands of rows from Arrow into objects was most of its filter change.
 */
export async function programTree(db: Database, scope: Scope = {}, t: Thresholds = DEFAULT_THRESHOLDS): Promise<TreeProgram[]> {
  await ensureScorecard(db, t);
  return db.run<TreeProgram>(TREE_SQL, [...scopeParams(scope), t.near, t.under]);
}

/**
 * The SQL texts, for the SQL console's examples (src/console/examples.ts): $1–$7 scope, $8 near, $9 under; $10 limit.
 * On the macro itself, so they give the same rows for any thresholds (the dashboard reads its cache: scorecardFrom).
 */
export const PROGRAM_SCORECARD_SQL = sql('program_scorecard($8, $9)');
export const UNDERPERFORMERS_SQL = underperformersSql('program_scorecard($8, $9)');

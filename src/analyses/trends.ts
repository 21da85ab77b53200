import type { Database } from '../db/database';
import { ensureScorecard, scorecardFrom } from './scorecard-macro';
import { DEFAULT_THRESHOLDS, type Thresholds } from './scope';
import type { Status } from './indicators';

export interface IndicatorPoint {
  indicator_id: string;
  kind: 'outcome' | 'output';
  fiscal_year: number;
  sheet_no: string;
  program: string | null;
  indicator: string | null;
  unit: string | null;
  direction: 'up' | 'down';
  target: number | null;
  target_year: number | null;
  actual: number | null;
  achievement: number | null;
  status: Status;
}

const INDICATOR_SERIES_SQL = `
-- indicator-series
SELECT indicator_id, kind, fiscal_year, sheet_no, program, indicator, unit, direction,
       target, target_year, actual, achievement, status
FROM indicator_results($1)
WHERE ($2::VARCHAR IS NULL OR program_key = $2)
  AND ($3::VARCHAR IS NULL OR indicator_id = $3)
ORDER BY kind, indicator_id, fiscal_year`;

/** Indicators over the years, followed by identity (so a renumbered sheet stays one line). */
export function indicatorSeries(
  db: Database,
  filter: { program?: string | null; indicatorId?: string | null },
  t: Thresholds = DEFAULT_THRESHOLDS,
): Promise<IndicatorPoint[]> {
  return db.run<IndicatorPoint>(INDICATOR_SERIES_SQL, [t.near, filter.program ?? null, filter.indicatorId ?? null]);
}

export interface ProgramMoneyPoint {
  program_key: string;
  municipality_key: string;
  /** the city the program belongs to (null for data that names none) */
  municipality?: string | null;
  fiscal_year: number;
  sheet_no: string;
  program: string | null;
  budget: number | null;
  spend: number | null;
  execution: number | null;
  mean_achievement: number | null;
}

const PROGRAM_SERIES_SQL = `
-- program-series
SELECT program_key, municipality_key, municipality, fiscal_year, sheet_no, program, budget, spend, execution, mean_achievement
FROM ${scorecardFrom('$1', '$2')}
WHERE ($3::VARCHAR IS NULL OR program_key = $3)
ORDER BY program_key, fiscal_year`;

/** A program's (or every program's) budget, spend and mean achievement per year. */
export async function programSeries(db: Database, program: string | null, t: Thresholds = DEFAULT_THRESHOLDS): Promise<ProgramMoneyPoint[]> {
  await ensureScorecard(db, t);
  return db.run<ProgramMoneyPoint>(PROGRAM_SERIES_SQL, [t.near, t.under, program]);
}

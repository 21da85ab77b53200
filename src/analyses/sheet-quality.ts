import type { Database } from '../db/database';
import { qualityReason } from '../format/quality-reasons';
import { DEFAULT_THRESHOLDS, SCOPE_WHERE, SHEET_ORDER, scopeParams, type Scope, type Thresholds } from './scope';
import { FLAGS_SQL, pointsCase, QUALITY_FLAGS, type QualityFlag } from './sheet-quality-sql';

export { FLAG_POINTS, QUALITY_FLAGS, type QualityFlag } from './sheet-quality-sql';

/** One flag on one sheet (program and year), with its reason in words. */
export interface QualityFlagRow {
  flag: QualityFlag;
  municipality_key: string;
  fiscal_year: number;
  sheet_no: string;
  program: string | null;
  program_key: string | null;
  department: string | null;
  pillar: string | null;
  /** the indicator the flag is about (easy target, no target or actual, output as outcome) */
  kind: 'outcome' | 'output' | null;
  indicator: string | null;
  unit: string | null;
  indicator_id: string | null;
  /** years in a row (easy target, no target, no actual) */
  years: number | null;
  /** output_as_outcome: the keyword; copied_*: 'identical' | 'nearly'; rating_inconsistent: 'high:評価A', 'low:縮小' … */
  detail: string | null;
  target: number | null;
  previous_target: number | null;
  actual: number | null;
  /** rating_inconsistent: outcomes missed / measured */
  missed: number | null;
  measured: number | null;
  points: number;
  /** the flag in Japanese words (src/format/quality-reasons.ts) */
  reason: string;
}

/** One sheet's quality: 100 less the points of each kind of flag it has (once per kind), never below 0. */
export interface QualityProgram {
  municipality_key: string;
  fiscal_year: number;
  sheet_no: string;
  program: string | null;
  program_key: string | null;
  department: string | null;
  pillar: string | null;
  flags: QualityFlag[];
  score: number;
}

/** A department's sheets: how many, how many flagged, the mean score and how many sheets carry each kind of flag. */
export type QualityDepartment = {
  fiscal_year: number;
  department: string | null;
  programs: number;
  flagged: number;
  mean_score: number;
} & Record<QualityFlag, number>;

const FLAG_ORDER = `list_position(['${QUALITY_FLAGS.join("', '")}'], flag)`;

const FLAGS_QUERY = `
-- sheet-quality-flags
SELECT flag, municipality_key, fiscal_year, sheet_no, program, program_key, department, pillar, kind, indicator, unit,
       indicator_id, years, detail, target, previous_target, actual, missed, measured, points
FROM (${FLAGS_SQL})
WHERE ${SCOPE_WHERE}
ORDER BY fiscal_year, municipality_key, ${SHEET_ORDER}, ${FLAG_ORDER}, kind NULLS FIRST, activity_no NULLS FIRST, source_line`;

const PROGRAMS_QUERY = `
-- sheet-quality-programs
WITH flags AS (
  SELECT DISTINCT municipality_key, fiscal_year, sheet_no, flag FROM (${FLAGS_SQL})
),
per_sheet AS (
  SELECT municipality_key, fiscal_year, sheet_no,
         list(flag ORDER BY ${FLAG_ORDER}) AS flags, sum(${pointsCase('flag')}) AS points
  FROM flags GROUP BY ALL
)
SELECT s.municipality_key, s.fiscal_year, s.sheet_no, s.program, s.program_key, s.department, s.pillar,
       coalesce(p.flags, []::VARCHAR[]) AS flags, greatest(0, 100 - coalesce(p.points, 0))::INTEGER AS score
FROM current_sheets AS s
LEFT JOIN per_sheet AS p USING (municipality_key, fiscal_year, sheet_no)
WHERE ${SCOPE_WHERE}
ORDER BY fiscal_year, municipality_key, ${SHEET_ORDER}`;

const DEPARTMENTS_QUERY = `
-- sheet-quality-departments
WITH programs AS (${PROGRAMS_QUERY.replace(/ORDER BY[^\n]*$/, '')})
SELECT fiscal_year, department, count(*) AS programs, count(*) FILTER (WHERE len(flags) > 0) AS flagged,
       avg(score) AS mean_score,
       ${QUALITY_FLAGS.map((f) => `count(*) FILTER (WHERE list_contains(flags, '${f}')) AS ${f}`).join(',\n       ')}
FROM programs
GROUP BY fiscal_year, department
ORDER BY fiscal_year, mean_score, department NULLS LAST`;

export interface SheetQuality {
  flags: QualityFlagRow[];
  programs: QualityProgram[];
  departments: QualityDepartment[];
}

/**
 * シートの質: the flags of every sheet in the scope with their reasons, each sheet's score, and the score by
 * department (lowest first: where coaching is needed). The near threshold decides what 'missed' means.
 */
export async function sheetQuality(db: Database, scope: Scope = {}, t: Thresholds = DEFAULT_THRESHOLDS): Promise<SheetQuality> {
  const params = [...scopeParams(scope), t.near];
  const flags = await db.run<Omit<QualityFlagRow, 'reason'>>(FLAGS_QUERY, params);
  return {
    flags: flags.map((f) => ({ ...f, reason: qualityReason(f, 'ja') })),
    programs: await db.run<QualityProgram>(PROGRAMS_QUERY, params),
    departments: await db.run<QualityDepartment>(DEPARTMENTS_QUERY, params),
  };
}

import type { SqlValue } from '../db/database';

/** Which part of the city an analysis looks at. Every field is optional; program is a program_key. */
export interface Scope {
  year?: number | null;
  pillar?: string | null;
  goal?: string | null;
  measure?: string | null;
  department?: string | null;
  program?: string | null;
  /** a municipality_key: with several cities loaded, one of them ('' is the data that names no city) */
  municipality?: string | null;
}

/** Settings, not constants: a city may call 75% 'near'. Ratios (0.8 = 80%). */
export interface Thresholds {
  near: number;
  under: number;
  over: number;
}

export const DEFAULT_THRESHOLDS: Thresholds = { near: 0.8, under: 0.7, over: 1.0 };

/**
 * The scope as SQL: parameters $1–$7, in this order, in every analysis that takes a scope.
 * Only this constant text is spliced into queries; the values are always bound.
 */
export const SCOPE_WHERE = `($1::INTEGER IS NULL OR fiscal_year = $1)
  AND ($2::VARCHAR IS NULL OR pillar = $2)
  AND ($3::VARCHAR IS NULL OR goal = $3)
  AND ($4::VARCHAR IS NULL OR measure = $4)
  AND ($5::VARCHAR IS NULL OR department = $5)
  AND ($6::VARCHAR IS NULL OR program_key = $6)
  AND ($7::VARCHAR IS NULL OR municipality_key = $7)`;

export function scopeParams(scope: Scope): SqlValue[] {
  return [scope.year ?? null, scope.pillar ?? null, scope.goal ?? null, scope.measure ?? null, scope.department ?? null, scope.program ?? null, scope.municipality ?? null];
}

/** Sheet numbers are text ('124', '3-1-2'): numeric ones sort as numbers first. */
export const SHEET_ORDER = `try_cast(sheet_no AS INTEGER) NULLS LAST, sheet_no`;

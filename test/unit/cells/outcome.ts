import type { CellResult } from '../../../src/import/cells/result';

/** A result reduced to what a table row states by hand: the value, or the severity of the finding. */
export type Outcome<T> = { ok: true; value: T | null } | { ok: false; severity: 'error' | 'warning' };

export function outcome<T>(result: CellResult<T>): Outcome<T> {
  return result.ok ? { ok: true, value: result.value } : { ok: false, severity: result.severity };
}

export const ERROR = { ok: false, severity: 'error' } as const;
export const WARNING = { ok: false, severity: 'warning' } as const;
export const NOT_APPLICABLE = { ok: true, value: null } as const;
export function ok<T>(value: T): Outcome<T> {
  return { ok: true, value };
}

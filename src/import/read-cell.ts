import {
  cleanText,
  isNotApplicable,
  parseActivityName,
  parseCheckbox,
  parseDate,
  parseDirection,
  parseFiscalYear,
  parseIndicatorKind,
  parseIndicatorLabel,
  parseMoneyKind,
  parseMoney,
  parsePeriod,
  parseQuantity,
  parseTarget,
  toHalfWidth,
  type CellResult,
} from './cells';
import type { CellKind } from './schema';

/** A parsed cell: its value plus what else the cell told us (a unit, a target year, a lead department…). */
export interface ReadCell {
  raw: string;
  value: unknown;
  unit?: string | null;
  targetYear?: number | null;
  leadDepartment?: string | null;
  period?: number[] | null;
}

export type ReadResult = { ok: true; cell: ReadCell } | { ok: false; raw: string; expected: string; severity: 'error' | 'warning'; message: string };

/** Parses one raw cell according to its column's kind. `headerNote` is the header's parenthesised unit, e.g. 千円. */
export function readCell(kind: CellKind, raw: string, headerNote: string | null): ReadResult {
  switch (kind) {
    case 'year':
      return wrap(raw, parseFiscalYear(raw));
    case 'key':
      return { ok: true, cell: { raw, value: readSheetNo(raw) } };
    case 'text':
      return { ok: true, cell: { raw, value: isNotApplicable(raw) ? null : cleanText(raw) } };
    case 'int':
      return readInteger(raw);
    case 'quantity': {
      const r = parseQuantity(raw);
      if (!r.ok) return fail(raw, r);
      return { ok: true, cell: { raw, value: r.value?.value ?? null, unit: r.value?.unit ?? null } };
    }
    case 'target': {
      const r = parseTarget(raw);
      if (!r.ok) return fail(raw, r);
      return { ok: true, cell: { raw, value: r.value?.value ?? null, unit: r.value?.unit ?? null, targetYear: r.value?.targetYear ?? null } };
    }
    case 'money':
      // Only a money unit in the header is a unit; `予算額（税込）` is a note, and money stays in 千円.
      return wrap(raw, parseMoney(raw, headerNote && /円/.test(headerNote) ? headerNote : null));
    case 'date':
      return wrap(raw, parseDate(raw));
    case 'period':
      return wrap(raw, parsePeriod(raw));
    case 'checkbox':
      return wrap(raw, parseCheckbox(raw));
    case 'direction':
      return wrap(raw, parseDirection(raw));
    case 'activity_name': {
      if (isNotApplicable(raw)) return { ok: true, cell: { raw, value: null } };
      const a = parseActivityName(raw);
      return { ok: true, cell: { raw, value: a.name, leadDepartment: a.leadDepartment, period: a.period } };
    }
    case 'indicator_kind':
      return wrap(raw, parseIndicatorKind(raw));
    case 'money_kind':
      return wrap(raw, parseMoneyKind(raw));
    case 'indicator_label': {
      if (isNotApplicable(raw)) return { ok: true, cell: { raw, value: null } };
      const l = parseIndicatorLabel(cleanText(raw));
      return { ok: true, cell: { raw, value: l.name, unit: l.unit } };
    }
  }
}

/** `124`, `No.124`, `１２４` → '124'. Kept as text: some cities number sheets `3-1-2`. */
function readSheetNo(raw: string): string | null {
  if (isNotApplicable(raw)) return null;
  const s = toHalfWidth(cleanText(raw)).replace(/^(no\.?|№)\s*/i, '').trim();
  return s === '' ? null : s;
}

function readInteger(raw: string): ReadResult {
  const r = parseQuantity(raw);
  if (!r.ok) return fail(raw, r);
  const v = r.value?.value ?? null;
  if (v !== null && !Number.isInteger(v)) {
    return { ok: false, raw, expected: '整数', severity: 'error', message: `「${raw}」は整数として読めません` };
  }
  return { ok: true, cell: { raw, value: v } };
}

function wrap<T>(raw: string, r: CellResult<T>): ReadResult {
  return r.ok ? { ok: true, cell: { raw, value: r.value } } : fail(raw, r);
}

function fail(raw: string, r: Extract<CellResult<unknown>, { ok: false }>): ReadResult {
  return { ok: false, raw, expected: r.expected, severity: r.severity, message: r.message };
}

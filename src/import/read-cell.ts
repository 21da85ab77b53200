import {
  cleanText,
  codePointLabel,
  excelError,
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
  quoteCell,
  removeInvisible,
  toHalfWidth,
  type CellResult,
  type CellWarning,
} from './cells';
import type { CellKind } from './schema';

/** A parsed cell: its value plus what else the cell told us (a unit, a target year, a lead department…). */
export interface ReadCell {
  /** the cell exactly as read from the file, invisible characters included */
  raw: string;
  value: unknown;
  unit?: string | null;
  /** set when a multiplier word scaled the figure (1.5万人 → 15000 人): see Quantity.scale */
  scale?: { word: string; power: number };
  targetYear?: number | null;
  /** the unit the column's header gives in its note (`実績値（人）`): the row's unit when nothing nearer says one */
  headerUnit?: string | null;
  leadDepartment?: string | null;
  period?: number[] | null;
}

/**
 * An ok result may carry warnings: the value is stored, and each warning is to be reported for this cell
 * (column, line and raw text as for an error): invisible characters taken out, digits a double cannot hold.
 */
export type ReadResult =
  | { ok: true; cell: ReadCell; warnings?: CellWarning[] }
  | { ok: false; raw: string; expected: string; severity: 'error' | 'warning'; message: string };

/**
 * Parses one raw cell according to its column's kind. `headerNote` is the header's parenthesised unit, e.g. 千円.
 * Invisible and control characters are taken out first (with a warning), so that no key or figure differs from
 * what the cell shows; an Excel error value (#REF!…) is an error in a column of any kind.
 */
export function readCell(kind: CellKind, raw: string, headerNote: string | null): ReadResult {
  const { text, removed } = removeInvisible(raw);
  const spreadsheetError = excelError(cleanText(text));
  const r = spreadsheetError ? fail(raw, spreadsheetError) : readVisible(kind, text, headerNote);
  if (removed.length === 0) return withRaw(r, raw);
  const warning: CellWarning = {
    expected: '見えない文字・制御文字のない値',
    severity: 'warning',
    message:
      `${quoteCell(raw)}には見えない文字・制御文字（${removed.map(codePointLabel).join(' ')}）が含まれていたため、取り除いて読みました` +
      '（invisible or control characters removed）',
  };
  if (!r.ok) return { ...r, raw };
  return { ok: true, cell: { ...r.cell, raw }, warnings: [warning, ...(r.warnings ?? [])] };
}

function withRaw(r: ReadResult, raw: string): ReadResult {
  return r.ok ? r : { ...r, raw };
}

function readVisible(kind: CellKind, raw: string, headerNote: string | null): ReadResult {
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
      return ok({ raw, value: r.value?.value ?? null, unit: r.value?.unit ?? null, ...scaleOf(r.value) }, r.warnings);
    }
    case 'target': {
      const r = parseTarget(raw);
      if (!r.ok) return fail(raw, r);
      return ok({ raw, value: r.value?.value ?? null, unit: r.value?.unit ?? null, targetYear: r.value?.targetYear ?? null, ...scaleOf(r.value) }, r.warnings);
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

function scaleOf(q: { scale?: { word: string; power: number } } | null): { scale?: { word: string; power: number } } {
  return q?.scale ? { scale: q.scale } : {};
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
    return { ok: false, raw, expected: '整数', severity: 'error', message: `${quoteCell(raw)}は整数として読めません` };
  }
  return ok({ raw, value: v }, r.warnings);
}

function ok(cell: ReadCell, warnings: CellWarning[] | undefined): ReadResult {
  return warnings && warnings.length > 0 ? { ok: true, cell, warnings } : { ok: true, cell };
}

function wrap<T>(raw: string, r: CellResult<T>): ReadResult {
  return r.ok ? ok({ raw, value: r.value }, r.warnings) : fail(raw, r);
}

function fail(raw: string, r: Extract<CellResult<unknown>, { ok: false }>): ReadResult {
  return { ok: false, raw, expected: r.expected, severity: r.severity, message: r.message };
}

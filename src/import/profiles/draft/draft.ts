/**
 * What the mapping screen (取込設定の作成) edits: a table's columns by position, as the user sees them on the grid.
 * build-profile.ts turns it into an ImportProfile (columns by header, as profiles say them), suggest.ts makes the
 * first draft from the header aliases. Pure data, no React: the same draft is tested in Node.
 */
import type { IndicatorKind, MoneyKind } from '../../cells/categories';
import type { MoneyField, ReviewField, SheetField } from '../profile';

export type Era = '令和' | '平成';

/** A column of the grid (0-based), or a text the user typed. */
export type ColumnOrText = { column: number } | { text: string };

export interface BlockDraft {
  /** the block's first column (0-based) */
  start: number;
  /** years before (negative) or after the record's fiscal year, or a year as such */
  year: { offset: number } | { year: number };
  kind: MoneyKind;
  values: 'actual' | 'target';
}

export interface IndicatorDraft {
  kind: IndicatorKind;
  name: ColumnOrText;
  unit: ColumnOrText | null;
  /** the value's column inside each year block (0-based offset from the block's start) */
  value: number | null;
}

/** Sheet and review fields the screen offers (sheet_no has its own control). */
export type PlainField = Exclude<SheetField, 'sheet_no'> | ReviewField;

export interface MappingDraft {
  name: string;
  /** the worksheet, for a workbook (kept in the profile's source.sheet) */
  sheet: string | null;
  /** the grid row (0-based) of the header's last row, and how many rows the header has (1–3) */
  headerRow: number;
  headerRows: 1 | 2 | 3;
  municipality: { name: string; code: string };
  fiscalYear: { column: number; era: Era | null } | { year: number } | null;
  /** the sheet number: a column, or the row's number in the file (`{#}`) */
  sheetNo: { column: number } | { rowNumber: true } | null;
  fields: Partial<Record<PlainField, number>>;
  blocks: { width: number; skipEmpty: boolean; list: BlockDraft[] };
  /** money fields: their column inside each year block (0-based offset) */
  money: Partial<Record<MoneyField, number>>;
  indicators: IndicatorDraft[];
}

export const SHEET_FIELDS: readonly Exclude<SheetField, 'sheet_no'>[] = [
  'program_id', 'program', 'department', 'plan', 'pillar', 'goal', 'measure', 'measure_detail', 'legal_basis', 'background', 'objective', 'created_on', 'grade',
];
export const REVIEW_FIELDS: readonly ReviewField[] = ['reflection', 'improve_cost', 'improve_activity', 'improve_outcome', 'improve_other', 'next_direction'];
export const MONEY_FIELDS: readonly MoneyField[] = [
  'national', 'prefectural', 'bonds', 'other_sources', 'general_fund', 'project_cost', 'staff', 'work_hours', 'personnel_cost', 'total_cost',
];
export const MONEY_KINDS: readonly MoneyKind[] = ['予算', '決算', '決算見込', '計画'];
export const INDICATOR_KINDS: readonly IndicatorKind[] = ['活動', '対象', '成果'];

export function isReviewField(f: PlainField): f is ReviewField {
  return (REVIEW_FIELDS as readonly string[]).includes(f);
}

export function emptyDraft(headerRow = 0, headerRows: 1 | 2 | 3 = 1, sheet: string | null = null): MappingDraft {
  return {
    name: '',
    sheet,
    headerRow,
    headerRows,
    municipality: { name: '', code: '' },
    fiscalYear: null,
    sheetNo: null,
    fields: {},
    blocks: { width: 0, skipEmpty: true, list: [] },
    money: {},
    indicators: [],
  };
}

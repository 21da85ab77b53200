/**
 * An import profile (取込設定): how one city's list-style export — a worksheet or CSV with one row per program, or a
 * JSON file of program records — maps onto Seika's tables. Declarative, one file per city and layout
 * (data/profiles/*.json, or made on the data page), validated against docs/import-profile.schema.json.
 * docs/profiles.md explains every key with the Ofunato and Fukuoka profiles as examples.
 */
import type { IndicatorKind, MoneyKind } from '../cells/categories';

/** Where a value comes from, in a table row or a JSON record; `rule` turns the text before the usual reader reads it. */
export type ValueSpec = (
  | { col: string; nth?: number } // the column whose (joined) header is this text; the nth of several (from 1)
  | { colContains: string[]; nth?: number } // the column whose header holds all these texts
  | { letter: string } // the column as Excel letters it
  | { inBlock: string } // inside a year block: the block's column with this header
  | { blockColumn: number } // inside a year block: its nth column (from 1), for blocks whose headers differ (`R5 事業費`)
  | { path: string } // a JSON record: `事業概要.対象`
  | { const: string }
  | { format: string } // `{所管局}-{#}`: other values by header or path, {#} the record's number from 1
  | { date: { year: ValueSpec; month: ValueSpec; day: ValueSpec; era?: string } }
) & { rule?: ValueRule };

export type ValueRule =
  | { eraNumber: string } // a bare `7` in a year column is 令和7
  | { verdict: { yes: string[]; no: string[] } } // 削減余地がある → ☑, 削減余地がない → ☐
  | { annotation: true } // `27（4）`: not a figure; kept as written with a warning
  | { map: Record<string, string> };

export type SheetField =
  | 'sheet_no' | 'program_id' | 'program' | 'department' | 'plan' | 'pillar' | 'goal' | 'measure' | 'measure_detail'
  | 'legal_basis' | 'background' | 'objective' | 'created_on' | 'grade';
export type ReviewField = 'reflection' | 'improve_cost' | 'improve_activity' | 'improve_outcome' | 'improve_other' | 'next_direction';
export type MoneyField =
  | 'national' | 'prefectural' | 'bonds' | 'other_sources' | 'general_fund' | 'project_cost' | 'staff' | 'work_hours'
  | 'personnel_cost' | 'total_cost';

/** A worksheet's (or CSV's) repeated groups of columns, one per fiscal year. */
export interface YearBlock {
  /** the block's first column */
  start: ValueSpec;
  /** the year: absolute, or relative to the record's fiscal year (`{ "offset": -1 }` = the year before) */
  year: number | { offset: number };
  /** what its money is (予算 / 決算 / 決算見込 / 計画), and whether its indicator values are actuals or targets */
  kind: MoneyKind;
  values: 'actual' | 'target';
}

/**
 * One indicator, or a list of them: a slot of a table (`⑤活動指標 ア`: name and unit columns, a value column per
 * year block) or the entries of a JSON array (`指標.成果指標[]`) with year-keyed target and actual objects.
 */
export interface IndicatorSpec {
  kind: IndicatorKind;
  /** JSON: the array of indicators, each addressed relative to its entry */
  each?: string;
  name: ValueSpec;
  unit?: ValueSpec;
  /** tables: the value inside each year block */
  value?: ValueSpec;
  /** JSON: objects keyed by year label (`{ "R5": 80, "R6": 120 }`) */
  targets?: string;
  actuals?: string;
  /** names that mean 'no indicator in this slot' (besides empty and dashes) */
  placeholders?: string[];
}

/** Money: in each year block (tables), or a JSON object keyed by year and kind (`{ "R5決算": {…}, "R7予算": {…} }`). */
export interface MoneySpec {
  keyed?: string;
  fields: Partial<Record<MoneyField, ValueSpec>>;
}

export interface ImportProfile {
  id: string;
  name: string;
  description?: string;
  municipality?: { name: string; code?: string };
  /** a file matches when its header row holds all `headers` (tables) or its first record all `keys` (JSON) */
  match: { headers?: string[]; keys?: string[] };
  source: { kind: 'table'; sheet?: string; headerRows?: number } | { kind: 'json'; records?: string };
  /** the record's fiscal year: the year of its sheet row and its review, and the base of relative year blocks */
  fiscalYear: ValueSpec;
  sheet: Partial<Record<SheetField, ValueSpec>>;
  review?: Partial<Record<ReviewField, ValueSpec>>;
  yearBlocks?: { width: number; blocks: YearBlock[]; skipEmpty?: boolean };
  indicators?: IndicatorSpec[];
  money?: MoneySpec;
}

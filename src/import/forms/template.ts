/**
 * A form template (様式): how one city's evaluation sheet is laid out, as data. The reader finds every field by its
 * label inside its section, never by position, so the same template reads a form exported as CSV, as a workbook or
 * as a web page, shifted, with blank rows added or with merged cells. Another city's similar form is a new template
 * file in data/forms/, not new code. The JSON Schema is docs/form-template.schema.json.
 */

/**
 * How a field's value is found from its label:
 * - `auto`: written after the label in the same cell (`課等名: 常創戦略課`), else the next cell to the right;
 * - `inline`: in the same cell only; `right`: the next filled cell to the right; `below`: the next filled cell below;
 * - `label`: the label is the value (a sheet that prints 後期基本計画 as its plan's name);
 * - `box`: a tick box beside or in the label's cell (`☑ 活動`, `<input type="checkbox" checked> 活動`);
 * - `title-year`: the fiscal year at the start of the cell that holds the label (`令和6年度「…」(事務事業点検シート)`).
 */
export type FieldRead = 'auto' | 'inline' | 'right' | 'below' | 'label' | 'box' | 'title-year';

export interface FormField {
  /** `fiscal_year`, `sheet_no`, or `sheets.<column>` / `reviews.<column>` (docs/data-format.md §4) */
  to: string;
  /** the section to look in: a section id, `head` (above the first section) or omitted (the whole form) */
  section?: string;
  /** labels to look for, besides the column's header aliases (case, width and spaces are ignored) */
  labels?: string[];
  read?: FieldRead;
  /** no finding when the label is absent (fields that only some sheets carry) */
  optional?: boolean;
}

/**
 * A table inside the form. `activities-outputs`: the ②③ table, one row per activity and its first output
 * indicator, further output indicators on rows below with the activity cells empty (merged on paper).
 * `outcomes`: the ④ table, one row per outcome indicator.
 */
export interface FormTable {
  section: string;
  rows: 'activities-outputs' | 'outcomes';
  /** fields the header must hold (`activities.activity`, `outputs.indicator`, `outcomes.indicator`…); the first row
   *  within the section that holds all of them is the header */
  header: string[];
  /** header rows, the found row being the last (a two-row header: a group row above the column names); default 1 */
  headerRows?: number;
}

export interface FormSection {
  id: string;
  /** the section's heading, any of these (compared without spaces, after NFKC: ④ reads as 4) */
  headings: string[];
}

export interface FormTemplate {
  id: string;
  name: string;
  description?: string;
  /** a grid is this form when it holds all these labels and at least `minSections` of the section headings */
  detect: { labels: string[]; minSections: number };
  sections: FormSection[];
  fields: FormField[];
  tables: FormTable[];
}

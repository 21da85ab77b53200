import { parseEraYearPrefix } from '../cells/fiscal-year';
import { INPUT_COLUMNS } from '../schema';
import { findLabelIn, labelKey, type CompactText } from './compact';
import type { CellRef, FormGrid, RowRange } from './form-grid';
import type { FormField } from './template';

/** A field's value as found: the text as written, the cell it came from and the label that led to it. */
export interface FieldValue {
  text: string;
  /** the cell the value stands in (null: the label was found but its value cell is empty) */
  ref: CellRef | null;
  labelRef: CellRef;
  label: string;
  /** for title-year: the year read */
  year?: number;
  /** the whole cell the value was read from, when the value is only part of it (a box's mark) */
  cellText?: string;
}

/** A field's labels: the template's own, then the header aliases of its column; longest first. */
export function fieldLabels(field: FormField): string[] {
  const [table, column] = field.to.includes('.') ? field.to.split('.') : ['sheets', field.to];
  const aliases = field.read === 'title-year' ? [] : (INPUT_COLUMNS[table as 'sheets' | 'reviews']?.find((c) => c.name === column)?.aliases ?? []);
  return [...new Set([...(field.labels ?? []), ...aliases].map(labelKey))].filter((l) => l !== '').sort((a, b) => b.length - a.length);
}

/**
 * Finds one field in its section and reads its value, or returns null when no label of it is there.
 * `known` holds every label of the template: a value is never taken from another field's label cell, and an
 * inline value ends where another label begins.
 */
export function locateField(fg: FormGrid, range: RowRange, field: FormField, known: readonly string[]): FieldValue | null {
  const labels = fieldLabels(field);
  const read = field.read ?? 'auto';
  if (read === 'title-year') return titleYear(fg, range, labels);
  if (read === 'box') return box(fg, range, labels);
  for (let r = range.from; r < range.to; r++) {
    const row = fg.rows[r]!;
    for (let c = 0; c < row.cells.length; c++) {
      if (fg.isEmpty(r, c)) continue;
      const cell = fg.compact(r, c);
      const hit = findLabelIn(cell, labels);
      if (!hit) continue;
      const labelRef = { row: r, col: c };
      const found = (text: string, ref: CellRef | null): FieldValue => ({ text, ref, labelRef, label: hit.label });
      if (read === 'label') return found(fg.text(r, c).trim(), labelRef);
      if (read === 'auto' || read === 'inline') {
        const inline = inlineValue(fg.text(r, c), cell, hit.valueStart, known);
        if (inline !== '' || read === 'inline') return found(inline, inline === '' ? null : labelRef);
      }
      // A label after an inline value of another field in the same cell (`… 作成日`) has nothing beside it to read.
      if (hit.start !== 0 && read === 'auto') return found('', null);
      const ref = read === 'below' ? below(fg, range, r, c, known) : right(fg, r, c, known);
      return found(ref ? fg.text(ref.row, ref.col).trim() : '', ref);
    }
  }
  return null;
}

/** The text after the label in its own cell, up to the next label written in the same cell. */
function inlineValue(raw: string, cell: CompactText, valueStart: number, known: readonly string[]): string {
  if (valueStart >= cell.text.length) return '';
  const next = findLabelIn(cell, known, valueStart);
  const from = cell.at[valueStart]!;
  const to = next ? cell.at[next.start]! : raw.length;
  return raw.slice(from, to).trim();
}

/** The next filled cell to the right; none if another label comes first. */
function right(fg: FormGrid, r: number, c: number, known: readonly string[]): CellRef | null {
  const row = fg.rows[r]!;
  for (let x = c + 1; x < row.cells.length; x++) {
    if (fg.isEmpty(r, x)) continue;
    return isLabelCell(fg, r, x, known) ? null : { row: r, col: x };
  }
  return null;
}

/** The next filled cell below, within the section; none if another label comes first. */
function below(fg: FormGrid, range: RowRange, r: number, c: number, known: readonly string[]): CellRef | null {
  for (let y = r + 1; y < range.to; y++) {
    if (fg.isEmpty(y, c)) continue;
    return isLabelCell(fg, y, c, known) ? null : { row: y, col: c };
  }
  return null;
}

function isLabelCell(fg: FormGrid, r: number, c: number, known: readonly string[]): boolean {
  const hit = findLabelIn(fg.compact(r, c), known);
  return hit !== null && hit.start === 0;
}

/** `令和6年度「実施計画 兼 …」(事務事業点検シート)`: the year that opens the cell holding the title. */
function titleYear(fg: FormGrid, range: RowRange, labels: readonly string[]): FieldValue | null {
  let fallback: FieldValue | null = null;
  for (let r = range.from; r < range.to; r++) {
    const row = fg.rows[r]!;
    for (let c = 0; c < row.cells.length; c++) {
      if (fg.isEmpty(r, c)) continue;
      const text = fg.text(r, c);
      const prefix = parseEraYearPrefix(text);
      if (!prefix) continue;
      const ref = { row: r, col: c };
      const value: FieldValue = { text: text.slice(0, text.length - prefix.rest.length).trim(), ref, labelRef: ref, label: labels[0] ?? '', year: prefix.year };
      const compact = fg.compact(r, c).text;
      if (labels.some((l) => compact.includes(l))) return value;
      // Without the title's words, a cell that opens with a fiscal year (`令和6年度 …`) is the next best.
      if (!fallback && /^[^\d]*\d+年度|^[^\d]*元年度/.test(compact)) fallback = value;
    }
  }
  return fallback;
}

/** Marks that stand for a box, ticked or not; `<input type="checkbox">` as text (a web page pasted as text) too. */
const BOX_MARKS = /^(?:[☑☒✅■✓✔○◯〇●☐□]|<input\b[^>]*>)/i;
const TRAILING_BOX = /(?:[☑☒✅■✓✔○◯〇●☐□])$/;
const HTML_CHECKBOX = /^<input\b[^>]*>/i;

/**
 * A tick box: the label's cell carries its box (`☑ 活動`, `活動 ☑`, `<input checked type="checkbox"/> 活動`), or the box
 * stands alone in the cell to the left or right. The value is the mark alone (☑/☐), read by the checkbox reader.
 */
function box(fg: FormGrid, range: RowRange, labels: readonly string[]): FieldValue | null {
  for (let r = range.from; r < range.to; r++) {
    const row = fg.rows[r]!;
    for (let c = 0; c < row.cells.length; c++) {
      if (fg.isEmpty(r, c)) continue;
      const raw = fg.text(r, c).trim();
      const lead = BOX_MARKS.exec(raw);
      const trail = lead ? null : TRAILING_BOX.exec(raw);
      const rest = lead ? raw.slice(lead[0].length) : trail ? raw.slice(0, raw.length - trail[0].length) : raw;
      const key = labelKey(rest);
      const label = labels.find((l) => l === key);
      if (!label) continue;
      const ref = { row: r, col: c };
      const mark = lead?.[0] ?? trail?.[0] ?? null;
      if (mark) return { text: markText(mark), ref, labelRef: ref, label, cellText: raw };
      for (const x of [c - 1, c + 1]) {
        const beside = fg.text(r, x).trim();
        if (beside !== '' && (BOX_MARKS.exec(beside)?.[0].length ?? -1) === beside.length) {
          return { text: markText(beside), ref: { row: r, col: x }, labelRef: ref, label, cellText: beside };
        }
      }
      return { text: '', ref: null, labelRef: ref, label };
    }
  }
  return null;
}

/** An `<input type="checkbox">` written as text is ticked when it carries `checked`. */
function markText(mark: string): string {
  if (!HTML_CHECKBOX.test(mark)) return mark;
  return /\schecked\b/i.test(mark) ? '☑' : '☐';
}

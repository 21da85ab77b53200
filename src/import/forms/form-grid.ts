import { isBlankCell } from '../blank-row';
import { columnLetter, isMergedCopy, MERGED_FROM_ABOVE, MERGED_FROM_LEFT, type Grid, type GridRow } from '../grid';
import { compactText, labelKey, type CompactText } from './compact';
import type { FormTemplate } from './template';

/** A row range [from, to) of the grid: a section of the form. */
export interface RowRange {
  id: string;
  from: number;
  to: number;
  /** the heading was found (else the range is the whole form, as a fallback) */
  found: boolean;
}

export interface CellRef {
  row: number;
  col: number;
}

/** A grid read as a form: cells compacted on demand, and the sections of a template located. */
export class FormGrid {
  private readonly compacted = new Map<number, CompactText>();
  constructor(readonly grid: Grid) {}

  get rows(): GridRow[] {
    return this.grid.rows;
  }

  text(r: number, c: number): string {
    return this.grid.rows[r]?.cells[c] ?? '';
  }

  compact(r: number, c: number): CompactText {
    const key = r * 65536 + c;
    let v = this.compacted.get(key);
    if (!v) this.compacted.set(key, (v = compactText(this.text(r, c))));
    return v;
  }

  /** Empty, a dash, or a copy of a merged cell (whose value stands in the merge's first cell). */
  isEmpty(r: number, c: number, copies = MERGED_FROM_ABOVE | MERGED_FROM_LEFT): boolean {
    const row = this.grid.rows[r];
    if (!row) return true;
    return isMergedCopy(row, c, copies) || isBlankCell(row.cells[c] ?? '');
  }

  /** The first column of the row holding text of its own (not a merge copy), or -1. */
  firstFilled(r: number): number {
    const row = this.grid.rows[r];
    if (!row) return -1;
    for (let c = 0; c < row.cells.length; c++) if (!this.isEmpty(r, c)) return c;
    return -1;
  }

  line(r: number): number {
    return this.grid.rows[r]?.line ?? r + 1;
  }

  /** `C（施策の大綱）`-style: the column as Excel letters it, with what was looked for. */
  where(ref: CellRef, what: string): string {
    return `${columnLetter(ref.col)}（${what}）`;
  }
}

/**
 * The template's sections in the grid: each begins at the first row, after the previous section's start, whose
 * first filled cell holds one of its headings, and ends where the next found section begins. `head` is everything
 * above the first section. A section whose heading is missing falls back to the whole form.
 */
export function locateSections(fg: FormGrid, template: FormTemplate): Map<string, RowRange> {
  const starts: { id: string; row: number }[] = [];
  let after = 0;
  for (const section of template.sections) {
    const headings = section.headings.map(labelKey);
    for (let r = after; r < fg.rows.length; r++) {
      const c = fg.firstFilled(r);
      if (c === -1) continue;
      const text = fg.compact(r, c).text;
      if (headings.some((h) => text.includes(h))) {
        starts.push({ id: section.id, row: r });
        after = r + 1;
        break;
      }
    }
  }
  const ranges = new Map<string, RowRange>();
  const whole = fg.rows.length;
  ranges.set('head', { id: 'head', from: 0, to: starts[0]?.row ?? whole, found: starts.length > 0 });
  starts.forEach((s, i) => ranges.set(s.id, { id: s.id, from: s.row, to: starts[i + 1]?.row ?? whole, found: true }));
  for (const section of template.sections) {
    if (!ranges.has(section.id)) ranges.set(section.id, { id: section.id, from: 0, to: whole, found: false });
  }
  return ranges;
}

export function wholeForm(fg: FormGrid): RowRange {
  return { id: '', from: 0, to: fg.rows.length, found: true };
}

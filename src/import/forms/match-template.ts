import type { Grid } from '../grid';
import { findLabelIn, labelKey } from './compact';
import { FormGrid, locateSections } from './form-grid';
import type { FormTemplate } from './template';

/** Forms are a page or two; a grid this long is a table, and its rows need not be scanned for labels. */
const MAX_FORM_ROWS = 400;

export interface TemplateMatch {
  template: FormTemplate;
  fg: FormGrid;
}

/** Why each template did not match, for the message of a file that nothing recognised. */
export interface TemplateMiss {
  template: FormTemplate;
  sections: number;
  missingLabels: string[];
}

/**
 * The template a grid is a sheet of: it holds at least `minSections` of the template's section headings and every
 * detection label. A table export never carries a form's section headings (① … ⑤), so this cannot take a table
 * for a form. The best-matching template wins (most sections, then most labels).
 */
export function matchTemplate(grid: Grid, templates: readonly FormTemplate[]): { match: TemplateMatch | null; misses: TemplateMiss[] } {
  const misses: TemplateMiss[] = [];
  if (templates.length === 0 || grid.rows.length > MAX_FORM_ROWS) return { match: null, misses };
  const fg = new FormGrid(grid);
  let best: { match: TemplateMatch; score: number } | null = null;
  for (const template of templates) {
    const sections = [...locateSections(fg, template).values()].filter((s) => s.id !== 'head' && s.found).length;
    const missingLabels = template.detect.labels.filter((l) => !holdsLabel(fg, labelKey(l)));
    if (sections < template.detect.minSections || missingLabels.length > 0) {
      misses.push({ template, sections, missingLabels });
      continue;
    }
    const score = sections * 100 + template.detect.labels.length;
    if (!best || score > best.score) best = { match: { template, fg }, score };
  }
  return { match: best?.match ?? null, misses };
}

function holdsLabel(fg: FormGrid, label: string): boolean {
  for (let r = 0; r < fg.rows.length; r++) {
    const row = fg.rows[r]!;
    for (let c = 0; c < row.cells.length; c++) {
      if (!fg.isEmpty(r, c) && findLabelIn(fg.compact(r, c), [label])) return true;
    }
  }
  return false;
}

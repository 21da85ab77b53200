import { isBlankRow } from '../../blank-row';
import type { Grid } from '../../grid';
import type { ParsedUnit } from '../../parsed-unit';
import type { ImportProfile } from '../profile';
import { readProfileGrid } from '../read-profile';

export interface ProfilePreview {
  /** what the engine makes of the sampled rows; null when the profile does not find its header in the file */
  unit: ParsedUnit | null;
  /** data rows read for the preview, and in the whole grid (blank rows left out) */
  sampled: number;
  total: number;
}

/**
 * The mapping screen's live preview: the real engine (readProfileGrid, as an import runs it) on the header and the
 * first `rows` data rows, so what is shown is what will load, and the findings are the ones the import will write.
 */
export function previewProfile(grid: Grid, profile: ImportProfile, headerRow: number, rows = 40): ProfilePreview {
  const data = grid.rows.slice(headerRow + 1);
  const total = data.filter((r) => !isBlankRow(r.cells)).length;
  let end = headerRow + 1;
  let taken = 0;
  while (end < grid.rows.length && taken < rows) {
    if (!isBlankRow(grid.rows[end]!.cells)) taken++;
    end++;
  }
  const unit = readProfileGrid({ ...grid, rows: grid.rows.slice(0, end) }, profile);
  return { unit, sampled: taken, total };
}

import type { Database, Row } from '../db/database';
import { DEFAULT_THRESHOLDS, type Thresholds } from './scope';

/** One evaluation sheet as stored, for the program page's reconstruction of the paper form (①–⑤). */
export interface SheetDocument {
  sheet: Row | null;
  activities: Row[];
  outputs: Row[];
  outcomes: Row[];
  review: Row | null;
}

export async function sheetDocument(db: Database, fiscalYear: number, sheetNo: string, t: Thresholds = DEFAULT_THRESHOLDS): Promise<SheetDocument> {
  const p = [fiscalYear, sheetNo];
  const [sheet] = await db.run('-- sheet-document\nSELECT * EXCLUDE (row_hash) FROM current_sheets WHERE fiscal_year = $1 AND sheet_no = $2', p);
  const activities = await db.run(
    '-- sheet-activities\nSELECT * EXCLUDE (row_hash) FROM current_activities WHERE fiscal_year = $1 AND sheet_no = $2 ORDER BY activity_no',
    p,
  );
  const outputs = await db.run(
    '-- sheet-outputs\nSELECT * EXCLUDE (row_hash) FROM outputs WHERE fiscal_year = $1 AND sheet_no = $2 ORDER BY import_id, source_line',
    p,
  );
  const outcomes = await db.run(
    `-- sheet-outcomes
SELECT o.* EXCLUDE (row_hash), r.direction AS resolved_direction, r.direction_source, r.achievement, r.status, r.reason, r.gap
FROM outcomes AS o
LEFT JOIN indicator_results($3) AS r ON r.kind = 'outcome' AND r.fiscal_year = o.fiscal_year AND r.sheet_no = o.sheet_no
     AND r.source_line = o.source_line AND r.indicator_key IS NOT DISTINCT FROM o.indicator_key
WHERE o.fiscal_year = $1 AND o.sheet_no = $2
ORDER BY o.import_id, o.source_line`,
    [...p, t.near],
  );
  const [review] = await db.run('-- sheet-review\nSELECT * EXCLUDE (row_hash) FROM current_reviews WHERE fiscal_year = $1 AND sheet_no = $2', p);
  return { sheet: sheet ?? null, activities, outputs, outcomes, review: review ?? null };
}

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

/** One sheet by year and number; `municipalityKey` tells two cities' sheets of the same number apart ('' for one city). */
export async function sheetDocument(db: Database, fiscalYear: number, sheetNo: string, t: Thresholds = DEFAULT_THRESHOLDS, municipalityKey = ''): Promise<SheetDocument> {
  const p = [fiscalYear, sheetNo, municipalityKey];
  const [sheet] = await db.run('-- sheet-document\nSELECT * EXCLUDE (row_hash) FROM current_sheets WHERE fiscal_year = $1 AND sheet_no = $2 AND municipality_key = $3', p);
  const activities = await db.run(
    '-- sheet-activities\nSELECT * EXCLUDE (row_hash) FROM current_activities WHERE fiscal_year = $1 AND sheet_no = $2 AND municipality_key = $3 ORDER BY activity_no',
    p,
  );
  const outputs = await db.run(
    '-- sheet-outputs\nSELECT * EXCLUDE (row_hash) FROM outputs WHERE fiscal_year = $1 AND sheet_no = $2 AND municipality_key = $3 ORDER BY import_id, source_line',
    p,
  );
  const outcomes = await db.run(
    `-- sheet-outcomes
SELECT o.* EXCLUDE (row_hash), r.direction AS resolved_direction, r.direction_source, r.achievement, r.status, r.reason, r.gap
FROM outcomes AS o
LEFT JOIN indicator_results($4) AS r ON r.kind = 'outcome' AND r.fiscal_year = o.fiscal_year AND r.sheet_no = o.sheet_no
     AND r.municipality_key = o.municipality_key
     AND r.source_line = o.source_line AND r.indicator_key IS NOT DISTINCT FROM o.indicator_key
WHERE o.fiscal_year = $1 AND o.sheet_no = $2 AND o.municipality_key = $3
ORDER BY o.import_id, o.source_line`,
    [...p, t.near],
  );
  const [review] = await db.run('-- sheet-review\nSELECT * EXCLUDE (row_hash) FROM current_reviews WHERE fiscal_year = $1 AND sheet_no = $2 AND municipality_key = $3', p);
  return { sheet: sheet ?? null, activities, outputs, outcomes, review: review ?? null };
}

/**
 * Every sheet of a year in five queries (the public edition prints them all): the same rows and order per sheet as
 * sheetDocument, grouped by sheet number.
 */
export async function sheetDocumentsOfYear(db: Database, fiscalYear: number, t: Thresholds = DEFAULT_THRESHOLDS): Promise<Map<string, SheetDocument>> {
  const p = [fiscalYear];
  const sheets = await db.run('-- year-sheet-documents\nSELECT * EXCLUDE (row_hash) FROM current_sheets WHERE fiscal_year = $1', p);
  const activities = await db.run('-- year-sheet-activities\nSELECT * EXCLUDE (row_hash) FROM current_activities WHERE fiscal_year = $1 ORDER BY sheet_no, activity_no', p);
  const outputs = await db.run('-- year-sheet-outputs\nSELECT * EXCLUDE (row_hash) FROM outputs WHERE fiscal_year = $1 ORDER BY sheet_no, import_id, source_line', p);
  const outcomes = await db.run(
    `-- year-sheet-outcomes
SELECT o.* EXCLUDE (row_hash), r.direction AS resolved_direction, r.direction_source, r.achievement, r.status, r.reason, r.gap
FROM outcomes AS o
LEFT JOIN indicator_results($2) AS r ON r.kind = 'outcome' AND r.fiscal_year = o.fiscal_year AND r.sheet_no = o.sheet_no
     AND r.source_line = o.source_line AND r.indicator_key IS NOT DISTINCT FROM o.indicator_key
WHERE o.fiscal_year = $1
ORDER BY o.sheet_no, o.import_id, o.source_line`,
    [...p, t.near],
  );
  const reviews = await db.run('-- year-sheet-reviews\nSELECT * EXCLUDE (row_hash) FROM current_reviews WHERE fiscal_year = $1', p);
  const out = new Map<string, SheetDocument>();
  const doc = (no: unknown) => {
    const key = String(no);
    let d = out.get(key);
    if (!d) out.set(key, (d = { sheet: null, activities: [], outputs: [], outcomes: [], review: null }));
    return d;
  };
  for (const r of sheets) doc(r.sheet_no).sheet = r;
  for (const r of activities) doc(r.sheet_no).activities.push(r);
  for (const r of outputs) doc(r.sheet_no).outputs.push(r);
  for (const r of outcomes) doc(r.sheet_no).outcomes.push(r);
  for (const r of reviews) doc(r.sheet_no).review = r;
  return out;
}

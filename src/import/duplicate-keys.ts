import type { Database } from '../db/database';

export interface DuplicateKey {
  file: string;
  line: number;
  key: string;
  otherFile: string;
  otherLine: number;
}

/**
 * Different rows with the same key are both kept (the user decides which is right) and reported on the later row.
 * Outputs and outcomes are exempt: same-named indicators are legitimate and kept apart by their ordinal.
 */
const DUPLICATE_KEYS_SQL = `
-- duplicate-keys
WITH keyed_rows AS (
  SELECT import_id, source_file, source_line, row_hash,
         CASE WHEN municipality IS NOT NULL THEN municipality || ' / ' ELSE '' END || '年度 ' || fiscal_year || ' / シートNo ' || sheet_no AS key, 'sheets' AS tbl
  FROM sheets
  UNION ALL
  SELECT import_id, source_file, source_line, row_hash,
         CASE WHEN municipality IS NOT NULL THEN municipality || ' / ' ELSE '' END || '年度 ' || fiscal_year || ' / シートNo ' || sheet_no AS key, 'reviews' AS tbl
  FROM reviews
  UNION ALL
  SELECT import_id, source_file, source_line, row_hash,
         CASE WHEN municipality IS NOT NULL THEN municipality || ' / ' ELSE '' END || '年度 ' || fiscal_year || ' / シートNo ' || sheet_no || ' / 活動No ' || activity_no AS key, 'activities' AS tbl
  FROM activities
),
keyed AS (
  SELECT k.*, f.file_no
  FROM keyed_rows AS k
  JOIN import_files AS f ON f.import_id = k.import_id AND f.file = k.source_file
)
SELECT later.source_file AS file, later.source_line AS line, later.key,
       earlier.source_file AS "otherFile", earlier.source_line AS "otherLine"
FROM keyed AS later
JOIN keyed AS earlier
  ON earlier.tbl = later.tbl
 AND earlier.key = later.key
 AND earlier.row_hash <> later.row_hash
 AND (earlier.import_id, earlier.file_no, earlier.source_line) < (later.import_id, later.file_no, later.source_line)
WHERE later.import_id = ?
QUALIFY row_number() OVER (PARTITION BY later.tbl, later.source_file, later.source_line ORDER BY earlier.import_id, earlier.file_no, earlier.source_line) = 1
ORDER BY file, line`;

export async function findDuplicateKeys(db: Database, importId: number): Promise<DuplicateKey[]> {
  return db.run<DuplicateKey>(DUPLICATE_KEYS_SQL, [importId]);
}

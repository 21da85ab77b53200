import type { Database } from '../db/database';
import { TABLE_LABELS_JA } from './schema';
import type { Finding } from './types';

/**
 * Rows of an import that no sheets row (of any import) matches by city, year and sheet number: they belong to no
 * program, so every total by program, pillar and city leaves them out. Reported per file and table, with the count
 * and the first lines, never row by row (a whole outcomes file imported without its sheets is one finding).
 */
const OF_SHEETS = ['activities', 'outputs', 'outcomes', 'reviews', 'program_money'];

const orphansSql = (tables: readonly string[]) => `
-- orphan-rows
WITH fresh AS (
${tables
  .map((t) => `  SELECT '${t}' AS tbl, source_file, source_line, municipality_key, fiscal_year, sheet_no FROM ${t} WHERE import_id = ?`)
  .join('\n  UNION ALL\n')}
),
orphans AS (
  SELECT r.*
  FROM fresh AS r
  ANTI JOIN (SELECT DISTINCT municipality_key, fiscal_year, sheet_no FROM sheets) AS s
    USING (municipality_key, fiscal_year, sheet_no)
)
SELECT tbl AS "table", source_file AS file, count(*) AS n,
       list_slice(list(source_line ORDER BY source_line), 1, ${5}) AS lines,
       list_slice(list(DISTINCT fiscal_year || '年度 シートNo ' || sheet_no), 1, 3) AS sheets
FROM orphans
GROUP BY tbl, source_file
ORDER BY source_file, tbl`;

interface OrphanGroup {
  table: keyof typeof TABLE_LABELS_JA;
  file: string;
  n: number;
  lines: number[];
  sheets: string[];
}

/** `loaded`: the tables this import loaded rows into (only their fresh rows are looked at). */
export async function findOrphans(db: Database, importId: number, loaded: ReadonlySet<string>): Promise<Finding[]> {
  const tables = OF_SHEETS.filter((t) => loaded.has(t));
  if (tables.length === 0) return [];
  const groups = await db.run<OrphanGroup>(orphansSql(tables), Array(tables.length).fill(importId));
  return groups.map((g) => ({
    file: g.file,
    line: g.lines[0] ?? null,
    column: null,
    raw: g.sheets.join('、'),
    expected: '同じ年度・シートNoのシート（①）の行',
    severity: 'warning',
    message:
      `${ORPHAN_MARK}${TABLE_LABELS_JA[g.table]}が${g.n}行あります（${g.lines.join('・')}行目${g.n > g.lines.length ? 'など' : ''}）。` +
      'どの事業のものか分からないため、事業別・施策別・市全体の集計に入りません。同じ年度・シートNoのシートの表（事務事業名のあるファイル）も取り込んでください' +
      '（rows with no sheets row: left out of every total）',
  }));
}

/** How an orphan finding begins (tests about other things set these aside by it). */
export const ORPHAN_MARK = 'シート（①）の行がない';

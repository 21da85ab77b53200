/**
 * program_terms: the words of each program's sheet of a year, by field (name, purpose, activities, indicators), with
 * their counts — what the similar-programs SQL weighs. Made here, not in SQL, because only JavaScript has the
 * Japanese word segmentation (./segment.ts). Made for a year when first asked for, kept until the next import
 * (prepareAnalyses drops it), so the cost is paid once per year and dataset.
 */
import { bulkInsert } from '../../db/bulk-insert';
import type { Database } from '../../db/database';
import { termCounts } from './segment';

export const TERM_FIELDS = ['name', 'purpose', 'activities', 'indicators'] as const;
export type TermField = (typeof TERM_FIELDS)[number];

interface SheetText {
  municipality_key: string;
  program_key: string;
  program: string | null;
  background: string | null;
  objective: string | null;
  activities: string[];
  indicators: string[];
}

const TEXTS_SQL = `
-- similar-texts
WITH acts AS (
  SELECT municipality_key, sheet_no, list(concat_ws(' ', activity, description) ORDER BY activity_no) AS activities
  FROM current_activities WHERE fiscal_year = $1 GROUP BY ALL
),
inds AS (
  SELECT municipality_key, sheet_no, list(DISTINCT indicator) FILTER (WHERE indicator IS NOT NULL) AS indicators
  FROM indicator_facts WHERE fiscal_year = $1 GROUP BY ALL
)
SELECT s.municipality_key, s.program_key, s.program, s.background, s.objective,
       coalesce(a.activities, []) AS activities, coalesce(i.indicators, []) AS indicators
FROM current_sheets AS s
LEFT JOIN acts AS a USING (municipality_key, sheet_no)
LEFT JOIN inds AS i USING (municipality_key, sheet_no)
WHERE s.fiscal_year = $1 AND s.program_key IS NOT NULL`;

const CREATE_SQL = `
CREATE TABLE IF NOT EXISTS program_terms (municipality_key VARCHAR, fiscal_year INTEGER, program_key VARCHAR, field VARCHAR, term VARCHAR, n INTEGER);
CREATE TABLE IF NOT EXISTS program_terms_years (fiscal_year INTEGER);`;

/** Per database, the years being made: two views asking at once wait for the same work. */
const made = new WeakMap<Database, Map<number, Promise<void>>>();

/** Forgets what was made for this database: its tables are being dropped (src/analyses/similar/similar.ts). */
export function forgetProgramTerms(db: Database): void {
  made.delete(db);
}

/** Makes the year's program_terms unless they are there. */
export function ensureProgramTerms(db: Database, year: number): Promise<void> {
  let years = made.get(db);
  if (!years) made.set(db, (years = new Map()));
  let job = years.get(year);
  if (!job) {
    job = makeTerms(db, year);
    years.set(year, job);
    // only while it runs: the tables say what is made (a snapshot loaded or an import since drops them)
    void job.finally(() => years.delete(year)).catch(() => undefined);
  }
  return job;
}

async function makeTerms(db: Database, year: number): Promise<void> {
  await db.exec(CREATE_SQL);
  const [done] = await db.run<{ n: number }>('-- similar-terms-made\nSELECT count(*) AS n FROM program_terms_years WHERE fiscal_year = $1', [year]);
  if (done!.n > 0) return;
  const texts = await db.run<SheetText>(TEXTS_SQL, [year]);
  const rows: Record<string, unknown>[] = [];
  for (const t of texts) {
    const fields: Record<TermField, (string | null)[]> = {
      name: [t.program],
      purpose: [t.background, t.objective],
      activities: t.activities,
      indicators: t.indicators,
    };
    for (const field of TERM_FIELDS) {
      for (const [term, n] of termCounts(fields[field])) {
        rows.push({ municipality_key: t.municipality_key, fiscal_year: year, program_key: t.program_key, field, term, n });
      }
    }
  }
  await bulkInsert(
    db,
    'program_terms',
    [
      { name: 'municipality_key', type: 'VARCHAR' },
      { name: 'fiscal_year', type: 'INTEGER' },
      { name: 'program_key', type: 'VARCHAR' },
      { name: 'field', type: 'VARCHAR' },
      { name: 'term', type: 'VARCHAR' },
      { name: 'n', type: 'INTEGER' },
    ],
    rows,
  );
  await db.run('-- similar-terms-year\nINSERT INTO program_terms_years VALUES ($1)', [year]);
}

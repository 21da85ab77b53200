import Papa from 'papaparse';
import type { Database } from '../db/database';
import { bulkInsert } from '../db/bulk-insert';
import { identityKey } from '../import/cells';

/**
 * The editable list (data/output-keywords.csv) of words that make an outcome's name a count of the program's own
 * work (開催回数, 相談件数 …): an output written where an outcome belongs, which シートの質 points out. Like the
 * direction keywords, a city edits the CSV; an empty list flags nothing.
 */
export interface OutputKeyword {
  keyword: string;
  note: string | null;
}

export function parseOutputKeywords(csvText: string): OutputKeyword[] {
  const parsed = Papa.parse<Record<string, string>>(csvText.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true });
  return parsed.data
    .filter((r) => (r.keyword ?? '').trim() !== '')
    .map((r) => ({ keyword: identityKey(r.keyword!), note: r.note?.trim() || null }));
}

export async function installOutputKeywords(db: Database, keywords: readonly OutputKeyword[]): Promise<void> {
  await db.exec('CREATE OR REPLACE TABLE output_keywords (priority INTEGER, keyword VARCHAR, note VARCHAR)');
  await bulkInsert(
    db,
    'output_keywords',
    [
      { name: 'priority', type: 'INTEGER' },
      { name: 'keyword', type: 'VARCHAR' },
      { name: 'note', type: 'VARCHAR' },
    ],
    keywords.map((k, i) => ({ priority: i + 1, ...k })),
  );
}

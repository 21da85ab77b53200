import Papa from 'papaparse';
import type { Database } from '../db/database';
import { bulkInsert } from '../db/bulk-insert';
import { identityKey } from '../import/cells';

export interface DirectionKeyword {
  keyword: string;
  direction: 'up' | 'down';
  note: string | null;
}

/**
 * The editable list (data/direction-keywords.csv) that infers 'lower is better' from an indicator's name.
 * Order matters: the first keyword contained in the name wins. A direction given in the data always wins over it.
 */
export function parseDirectionKeywords(csvText: string): DirectionKeyword[] {
  const parsed = Papa.parse<Record<string, string>>(csvText.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true });
  return parsed.data
    .filter((r) => (r.keyword ?? '').trim() !== '' && (r.direction === 'up' || r.direction === 'down'))
    .map((r) => ({ keyword: identityKey(r.keyword!), direction: r.direction as 'up' | 'down', note: r.note?.trim() || null }));
}

export async function installDirectionKeywords(db: Database, keywords: readonly DirectionKeyword[]): Promise<void> {
  await db.exec('CREATE OR REPLACE TABLE direction_keywords (priority INTEGER, keyword VARCHAR, direction VARCHAR, note VARCHAR)');
  await bulkInsert(
    db,
    'direction_keywords',
    [
      { name: 'priority', type: 'INTEGER' },
      { name: 'keyword', type: 'VARCHAR' },
      { name: 'direction', type: 'VARCHAR' },
      { name: 'note', type: 'VARCHAR' },
    ],
    keywords.map((k, i) => ({ priority: i + 1, ...k })),
  );
}

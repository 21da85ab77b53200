import type { Database } from '../db/database';
import { createBaseViews } from './base-views';
import { installDirectionKeywords, parseDirectionKeywords } from './direction-keywords';
import { SCORECARD_MACRO_SQL } from './scorecard-macro';

/**
 * Makes the analyses runnable: the keyword list as a table, then the base tables (materialised from the imported
 * tables) and the macros. Run it after every import: the base tables do not follow later changes by themselves.
 */
export async function prepareAnalyses(db: Database, directionKeywordsCsv: string): Promise<void> {
  await installDirectionKeywords(db, parseDirectionKeywords(directionKeywordsCsv));
  await createBaseViews(db);
  await db.exec(SCORECARD_MACRO_SQL);
}

import type { Database } from '../db/database';
import { createBaseViews } from './base-views';
import { COST_BASE_SQL } from './cost-base';
import { installDirectionKeywords, parseDirectionKeywords } from './direction-keywords';
import { installOutputKeywords, parseOutputKeywords } from './output-keywords';
import { SCORECARD_MACRO_SQL } from './scorecard-macro';
import { dropSimilarity } from './similar/similar';

/**
 * Makes the analyses runnable: the keyword lists as tables, then the base tables (materialised from the imported
 * tables) and the macros. Run it after every import: the base tables do not follow later changes by themselves.
 * The output keywords (data/output-keywords.csv, for シートの質) are optional: without them no outcome is taken for
 * an output. The similar programs' word table is dropped, to be made again from the new data when first asked for.
 */
export async function prepareAnalyses(db: Database, directionKeywordsCsv: string, outputKeywordsCsv = ''): Promise<void> {
  await installDirectionKeywords(db, parseDirectionKeywords(directionKeywordsCsv));
  await installOutputKeywords(db, parseOutputKeywords(outputKeywordsCsv));
  await createBaseViews(db);
  await db.exec(SCORECARD_MACRO_SQL);
  await db.exec(COST_BASE_SQL);
  await dropSimilarity(db);
}

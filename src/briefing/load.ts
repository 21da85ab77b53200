import { runAllAnalyses } from '../analyses/all';
import { DEFAULT_THRESHOLDS, type Thresholds } from '../analyses/scope';
import type { Database } from '../db/database';
import { buildBriefingModel, type BriefingModel, type BriefingScope } from './model';
import type { OptionalPage } from './optional-pages';
import { readBriefingSource } from './source';
import { loadStrategyPages, strategyPages } from './strategy-pages';

/**
 * Every analysis for the scope, then the briefing model: the one path the app and `npm run briefing` take. The
 * optional pages' analyses run only when a page is chosen.
 */
export async function loadBriefing(db: Database, scope: BriefingScope, sample: boolean, t: Thresholds = DEFAULT_THRESHOLDS, pages: readonly OptionalPage[] = []): Promise<BriefingModel> {
  const all = await runAllAnalyses(db, scope, t);
  const optional = pages.length ? strategyPages(await loadStrategyPages(db, scope, t, pages), pages) : [];
  return buildBriefingModel(all, scope, await readBriefingSource(db, sample), optional);
}

/** The latest fiscal year in the data: the default year of `analyze` and `briefing`, as of the app's filter. */
export async function latestYear(db: Database): Promise<number | null> {
  const [latest] = await db.run<{ y: number | null }>('-- latest-year\nSELECT max(fiscal_year) AS y FROM current_sheets');
  return latest?.y ?? null;
}

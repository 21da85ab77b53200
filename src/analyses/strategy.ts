import type { Database } from '../db/database';
import { programChanges } from './changes';
import { costRollup, programCosts, unitCosts } from './costs';
import { DEFAULT_THRESHOLDS, type Scope, type Thresholds } from './scope';
import { sheetQuality } from './sheet-quality';
import { runSections } from './sections';
import { consolidationCandidates, similarPrograms } from './similar/similar';

/**
 * The strategy office's analyses for one scope, in one object: トータルコスト and cost per result, similar programs
 * (統廃合候補), シートの質 and 前年度からの変化. `npm run analyze --json` prints them beside runAllAnalyses's keys;
 * the briefing's optional pages take theirs from here. Section by section, as allAnalysesSections.
 */
export function strategyAnalysesSections(db: Database, scope: Scope = {}, t: Thresholds = DEFAULT_THRESHOLDS) {
  return {
    costs: async () => ({
      programs: await programCosts(db, scope),
      unitCosts: await unitCosts(db, scope),
      rollup: await costRollup(db, scope),
    }),
    similar: async () => ({
      programs: await similarPrograms(db, scope),
      candidates: await consolidationCandidates(db, scope),
    }),
    sheetQuality: () => sheetQuality(db, scope, t),
    changes: () => programChanges(db, scope),
  };
}

/** The strategy analyses in one object (the briefing, the app's views): see strategyAnalysesSections. */
export function runStrategyAnalyses(db: Database, scope: Scope = {}, t: Thresholds = DEFAULT_THRESHOLDS) {
  return runSections(strategyAnalysesSections(db, scope, t));
}

export type StrategyAnalyses = Awaited<ReturnType<typeof runStrategyAnalyses>>;

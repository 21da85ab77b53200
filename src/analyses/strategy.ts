import type { Database } from '../db/database';
import { programChanges } from './changes';
import { costRollup, programCosts, unitCosts } from './costs';
import { DEFAULT_THRESHOLDS, type Scope, type Thresholds } from './scope';
import { sheetQuality } from './sheet-quality';
import { consolidationCandidates, similarPrograms } from './similar/similar';

/**
 * The strategy office's analyses for one scope, in one object: トータルコスト and cost per result, similar programs
 * (統廃合候補), シートの質 and 前年度からの変化. `npm run analyze --json` prints them beside runAllAnalyses's keys;
 * the briefing's optional pages take theirs from here.
 */
export async function runStrategyAnalyses(db: Database, scope: Scope = {}, t: Thresholds = DEFAULT_THRESHOLDS) {
  return {
    costs: {
      programs: await programCosts(db, scope),
      unitCosts: await unitCosts(db, scope),
      rollup: await costRollup(db, scope),
    },
    similar: {
      programs: await similarPrograms(db, scope),
      candidates: await consolidationCandidates(db, scope),
    },
    sheetQuality: await sheetQuality(db, scope, t),
    changes: await programChanges(db, scope),
  };
}

export type StrategyAnalyses = Awaited<ReturnType<typeof runStrategyAnalyses>>;

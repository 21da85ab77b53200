import type { Database } from '../db/database';
import { activityCosts, programBudgets } from './activities';
import { indicatorResults } from './indicators';
import { policyRollup } from './policy';
import { programScorecard, underperformers } from './programs';
import { targetRevisions } from './revisions';
import { DEFAULT_THRESHOLDS, type Scope, type Thresholds } from './scope';

/** Every analysis for one scope, in one object: what `npm run analyze --json` prints and the briefing shows. */
export async function runAllAnalyses(db: Database, scope: Scope = {}, t: Thresholds = DEFAULT_THRESHOLDS) {
  const activities = await activityCosts(db, scope, t);
  const programs = await programScorecard(db, scope, t);
  return {
    scope,
    thresholds: t,
    indicators: await indicatorResults(db, scope, t),
    programs,
    policy: await policyRollup(db, scope, t),
    zeroCost: {
      activities: activities.filter((a) => a.cost_case === 'zero_cost'),
      programs: programs.filter((p) => p.zero_cost),
      costNotStated: activities.filter((a) => a.cost_case === 'cost_not_stated'),
    },
    budget: {
      activities: activities.filter((a) => a.cost_case !== 'cost_not_stated'),
      programs: await programBudgets(db, scope, t),
    },
    revisions: await targetRevisions(db, scope),
    underperformers: await underperformers(db, scope, t),
  };
}

export type AllAnalyses = Awaited<ReturnType<typeof runAllAnalyses>>;

import type { Database } from '../db/database';
import { activityCosts, programBudgets } from './activities';
import { indicatorResults } from './indicators';
import { policyRollup } from './policy';
import { programScorecard, underperformers } from './programs';
import { targetRevisions } from './revisions';
import { DEFAULT_THRESHOLDS, type Scope, type Thresholds } from './scope';
import { runSections } from './sections';

/**
 * Every analysis for one scope, section by section (each run when asked for): `npm run analyze --json` writes one
 * section and lets it go before running the next, so a whole country's figures never sit in memory at once.
 */
export function allAnalysesSections(db: Database, scope: Scope = {}, t: Thresholds = DEFAULT_THRESHOLDS) {
  // two sections are cut from the activities and the programs: each is queried once
  let activitiesRun: ReturnType<typeof activityCosts> | undefined;
  let programsRun: ReturnType<typeof programScorecard> | undefined;
  const activities = () => (activitiesRun ??= activityCosts(db, scope, t));
  const programs = () => (programsRun ??= programScorecard(db, scope, t));
  return {
    scope: async () => scope,
    thresholds: async () => t,
    indicators: () => indicatorResults(db, scope, t),
    programs,
    policy: () => policyRollup(db, scope, t),
    zeroCost: async () => {
      const [a, p] = [await activities(), await programs()];
      return {
        activities: a.filter((x) => x.cost_case === 'zero_cost'),
        programs: p.filter((x) => x.zero_cost),
        costNotStated: a.filter((x) => x.cost_case === 'cost_not_stated'),
      };
    },
    budget: async () => ({
      activities: (await activities()).filter((a) => a.cost_case !== 'cost_not_stated'),
      programs: await programBudgets(db, scope, t),
    }),
    revisions: () => targetRevisions(db, scope),
    underperformers: () => underperformers(db, scope, t),
  };
}

/** Every analysis for one scope, in one object: what `npm run analyze --json` prints and the briefing shows. */
export function runAllAnalyses(db: Database, scope: Scope = {}, t: Thresholds = DEFAULT_THRESHOLDS) {
  return runSections(allAnalysesSections(db, scope, t));
}

export type AllAnalyses = Awaited<ReturnType<typeof runAllAnalyses>>;

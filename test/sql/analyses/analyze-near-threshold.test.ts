/**
 * `npm run analyze --json --near 75` against the default, on the sample: the only outcomes whose status changes are
 * those rated in [75%, 80%) — missed → near — and every count, point and roll-up moves by exactly those, nothing else.
 * The real command line as a child process (as test/sql/briefing.test.ts), so the flag's parsing is part of the test.
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AllAnalyses } from '../../../src/analyses/all';
import type { ProgramScore } from '../../../src/analyses/programs';
import { REPO_ROOT } from '../../e2e/harness';

const run = promisify(execFile);
const TSX = path.join(REPO_ROOT, 'node_modules', '.bin', 'tsx');

async function analyzeJson(args: string[]): Promise<AllAnalyses> {
  const { stdout } = await run(TSX, ['src/cli/analyze.ts', 'data/sample', ...args, '--json'], { cwd: REPO_ROOT, maxBuffer: 64 * 1024 * 1024 });
  return JSON.parse(stdout) as AllAnalyses;
}

/** the rates 'near' gains when its lower bound moves from 80% to 75% */
const inBand = (a: number | null) => a !== null && a >= 0.75 && a < 0.8;
const sheetKey = (r: { fiscal_year: number; sheet_no: string }) => `${r.fiscal_year}|${r.sheet_no}`;

/** the fields of a program that the near threshold may move (directly, or through the missed streak and its points) */
const MOVED_BY_NEAR = ['near', 'missed', 'points_missed', 'points_near', 'missed_streak', 'points_streak', 'self_check', 'points_self_check', 'score', 'reasons'] as const;
function unmoved(p: ProgramScore): Partial<ProgramScore> {
  const copy: Partial<ProgramScore> = { ...p };
  for (const k of MOVED_BY_NEAR) delete copy[k];
  return copy;
}

describe('analyze --near 75 on the sample', () => {
  let base: AllAnalyses;
  let near75: AllAnalyses;

  beforeAll(async () => {
    [base, near75] = await Promise.all([analyzeJson([]), analyzeJson(['--near', '75'])]);
  }, 120_000);

  it('prints the thresholds it used', () => {
    expect(base.thresholds).toEqual({ near: 0.8, under: 0.7, over: 1 });
    expect(near75.thresholds).toEqual({ near: 0.75, under: 0.7, over: 1 });
    expect(near75.scope).toEqual(base.scope);
  });

  it('changes an indicator’s status exactly where its rate lies in [75%, 80%): missed → near', () => {
    expect(near75.indicators).toHaveLength(base.indicators.length);
    const changed = base.indicators.flatMap((b, i) => {
      const n = near75.indicators[i]!;
      // same row, same figures: only the status may differ
      expect({ ...n, status: null }).toEqual({ ...b, status: null });
      return b.status === n.status ? [] : [{ kind: b.kind, from: b.status, to: n.status, achievement: b.achievement, id: b.indicator_id }];
    });
    const band = base.indicators.filter((b) => inBand(b.achievement));
    // not vacuous: the sample has outcomes in the band
    expect(band.filter((b) => b.kind === 'outcome').length).toBeGreaterThan(0);
    expect(changed.map((c) => c.id)).toEqual(band.map((b) => b.indicator_id));
    expect(new Set(changed.map((c) => `${c.from}→${c.to}`))).toEqual(new Set(['missed→near']));
    // and the edges: 80% was near already, just under 75% stays missed
    for (const b of base.indicators.filter((x) => x.achievement !== null && (x.achievement === 0.8 || (x.achievement < 0.75 && x.achievement >= 0.7)))) {
      expect(near75.indicators.find((n) => n.indicator_id === b.indicator_id && n.sheet_no === b.sheet_no)!.status).toBe(b.status);
    }
  });

  it('moves each program’s near and missed counts and points by its outcomes in the band, and nothing else', () => {
    const bandPerSheet = new Map<string, number>();
    for (const i of base.indicators) if (i.kind === 'outcome' && inBand(i.achievement)) bandPerSheet.set(sheetKey(i), (bandPerSheet.get(sheetKey(i)) ?? 0) + 1);
    expect(near75.programs.map(sheetKey)).toEqual(base.programs.map(sheetKey));
    base.programs.forEach((b, i) => {
      const n = near75.programs[i]!;
      const k = bandPerSheet.get(sheetKey(b)) ?? 0;
      expect(unmoved(n)).toEqual(unmoved(b));
      expect([n.near - b.near, b.missed - n.missed, n.points_near - b.points_near, b.points_missed - n.points_missed]).toEqual([k, k, 3 * k, 10 * k]);
      const points = n.points_missed + n.points_near + n.points_streak + n.points_mean + n.points_execution + n.points_self_check;
      expect(n.score).toBeCloseTo(Math.round(points * 10) / 10, 10);
    });
  });

  it('moves the city roll-up by the band, and leaves money, zero-cost and revisions alone', () => {
    const band = base.indicators.filter((i) => i.kind === 'outcome' && inBand(i.achievement)).length;
    const city = (a: AllAnalyses) => a.policy.find((p) => p.level === 'city')!;
    expect({ ...city(near75), near: city(near75).near - band, missed: city(near75).missed + band }).toEqual(city(base));
    expect(near75.zeroCost.activities).toEqual(base.zeroCost.activities);
    expect(near75.zeroCost.costNotStated).toEqual(base.zeroCost.costNotStated);
    // the zero-cost programs are scorecard rows (their scores move with the band): the same programs
    expect(near75.zeroCost.programs.map(sheetKey)).toEqual(base.zeroCost.programs.map(sheetKey));
    expect(near75.budget).toEqual(base.budget);
    expect(near75.revisions).toEqual(base.revisions);
  });
});

import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../src/db/database';
import { importFiles } from '../../../src/import/import-files';
import type { InputFile } from '../../../src/import/types';
import { generateCity } from '../../../src/sample/generate-city';
import { activityCosts, programBudgets } from '../../../src/analyses/activities';
import { indicatorResults } from '../../../src/analyses/indicators';
import { policyRollup } from '../../../src/analyses/policy';
import { programScorecard, underperformers } from '../../../src/analyses/programs';
import { targetRevisions } from '../../../src/analyses/revisions';
import { DEFAULT_THRESHOLDS } from '../../../src/analyses/scope';
import { prepareAnalyses } from '../../../src/analyses/setup';
import { indicatorSeries, programSeries } from '../../../src/analyses/trends';
import { freshDatabase, resetDatabase } from '../../support/node-db';

/*
 * Generated cities (3 seeds, 40 programs × FY2021–2024) analysed twice: by the SQL in src/analyses and by a plain
 * TypeScript reading of docs/analyses.md over the imported rows. The reference below shares no code with the SQL.
 */

const YEARS = [2021, 2022, 2023, 2024];
const SEEDS = [3, 17, 2024];
const { near: NEAR, under: UNDER, over: OVER } = DEFAULT_THRESHOLDS;

function cityInputs(seed: number): InputFile[] {
  const files = generateCity({ seed, programs: 40, years: YEARS });
  return Object.entries(files).map(([name, text]) => {
    const body = new TextEncoder().encode(text);
    const bytes = new Uint8Array(body.length + 3);
    bytes.set([0xef, 0xbb, 0xbf]);
    bytes.set(body, 3);
    return { name, bytes };
  });
}

// ---- raw rows, as imported ----------------------------------------------------------------------------------------
interface SheetRow {
  fiscal_year: number;
  sheet_no: string;
  program_id: string | null;
  program: string | null;
  program_key: string | null;
  department: string | null;
  pillar: string | null;
  goal: string | null;
  measure: string | null;
}
interface OutcomeRow {
  fiscal_year: number;
  sheet_no: string;
  indicator: string | null;
  indicator_key: string | null;
  unit: string | null;
  ordinal: number;
  target: number | null;
  target_year: number | null;
  actual: number | null;
  actual_raw: string | null;
  baseline: number | null;
  direction: 'up' | 'down' | null;
}
interface OutputRow {
  fiscal_year: number;
  sheet_no: string;
  activity_key: string | null;
  indicator: string | null;
  indicator_key: string | null;
  unit: string | null;
  ordinal: number;
  target: number | null;
  next_target: number | null;
  actual: number | null;
  actual_raw: string | null;
}
interface ActivityRow {
  fiscal_year: number;
  sheet_no: string;
  activity_no: number;
  budget: number | null;
  spend: number | null;
}
interface ReviewRow {
  fiscal_year: number;
  sheet_no: string;
  improve_cost: boolean | null;
  improve_activity: boolean | null;
  improve_outcome: boolean | null;
  improve_other: boolean | null;
}
interface KeywordRow {
  priority: number;
  keyword: string;
  direction: 'up' | 'down';
}

// ---- the reference -------------------------------------------------------------------------------------------------
type Status = 'achieved' | 'near' | 'missed' | 'not_measured';

interface Fact {
  kind: 'outcome' | 'output';
  fiscal_year: number;
  sheet_no: string;
  sheet: SheetRow | undefined;
  id: string;
  indicator: string | null;
  target: number | null;
  next_target: number | null;
  target_year: number | null;
  actual: number | null;
  actual_raw: string | null;
  baseline: number | null;
  direction: 'up' | 'down';
  direction_source: 'given' | 'keyword' | 'default';
  direction_keyword: string | null;
}

interface RefResult {
  key: string;
  direction: 'up' | 'down';
  direction_source: 'given' | 'keyword' | 'default';
  direction_keyword: string | null;
  achievement: number | null;
  status: Status;
  reason: string | null;
  gap: number | null;
  gap_share: number | null;
  is_interim: boolean;
  expected: number | null;
  on_track: boolean | null;
}

interface RefProgram {
  key: string; // fiscal_year|sheet_no
  fiscal_year: number;
  sheet_no: string;
  program_key: string | null;
  pillar: string | null;
  goal: string | null;
  measure: string | null;
  outcomes: number;
  achieved: number;
  near: number;
  missed: number;
  not_measured: number;
  mean_achievement: number | null;
  activities: number;
  budget: number | null;
  spend: number | null;
  execution: number | null;
  zero_cost_activities: number;
  cost_not_stated_activities: number;
  zero_cost: boolean;
  missed_streak: number;
  self_check: 'missed_unticked' | 'ticked_all_achieved' | null;
  score: number;
  reasons: string[];
}

const sheetKey = (fy: number, no: string) => `${fy}|${no}`;
const isNothing = (raw: string) => /^(\s*|[-—―‐–−－\s]+|\s*(なし|該当なし)\s*)$/.test(raw);
const sumOrNull = (xs: (number | null)[]) => {
  const present = xs.filter((x): x is number => x !== null);
  return present.length === 0 ? null : present.reduce((a, b) => a + b, 0);
};
/** One decimal of a percent, rounded half up (0.5625 → 56.3%), as the app shows rates. */
const percent = (ratio: number) => `${(Math.round(ratio * 1000) / 10).toFixed(1)}%`;
const sheetOrder = (a: { fiscal_year: number; sheet_no: string }, b: { fiscal_year: number; sheet_no: string }) =>
  a.fiscal_year - b.fiscal_year || Number(a.sheet_no) - Number(b.sheet_no);

function reference(raw: {
  sheets: SheetRow[];
  outcomes: OutcomeRow[];
  outputs: OutputRow[];
  activities: ActivityRow[];
  reviews: ReviewRow[];
  keywords: KeywordRow[];
}) {
  const sheets = new Map(raw.sheets.map((s) => [sheetKey(s.fiscal_year, s.sheet_no), s]));
  const keywords = [...raw.keywords].sort((a, b) => a.priority - b.priority);

  const direction = (name: string | null, given: 'up' | 'down' | null) => {
    if (given !== null) return { direction: given, direction_source: 'given' as const, direction_keyword: null };
    const k = name === null ? undefined : keywords.find((kw) => name.includes(kw.keyword));
    if (k) return { direction: k.direction, direction_source: 'keyword' as const, direction_keyword: k.keyword };
    return { direction: 'up' as const, direction_source: 'default' as const, direction_keyword: null };
  };

  const facts: Fact[] = [];
  for (const o of raw.outcomes) {
    const sheet = sheets.get(sheetKey(o.fiscal_year, o.sheet_no));
    facts.push({
      kind: 'outcome',
      fiscal_year: o.fiscal_year,
      sheet_no: o.sheet_no,
      sheet,
      id: ['outcome', sheet?.program_key, '', o.indicator_key, o.unit ?? '', o.ordinal].join('|'),
      indicator: o.indicator,
      target: o.target,
      next_target: null,
      target_year: o.target_year,
      actual: o.actual,
      actual_raw: o.actual_raw,
      baseline: o.baseline,
      ...direction(o.indicator_key, o.direction),
    });
  }
  for (const o of raw.outputs) {
    const sheet = sheets.get(sheetKey(o.fiscal_year, o.sheet_no));
    facts.push({
      kind: 'output',
      fiscal_year: o.fiscal_year,
      sheet_no: o.sheet_no,
      sheet,
      id: ['output', sheet?.program_key, o.activity_key ?? '', o.indicator_key, o.unit ?? '', o.ordinal].join('|'),
      indicator: o.indicator,
      target: o.target,
      next_target: o.next_target,
      target_year: null,
      actual: o.actual,
      actual_raw: o.actual_raw,
      baseline: null,
      ...direction(o.indicator_key, null),
    });
  }

  // Start points of the straight line: earliest actual, and the year before the indicator first appears.
  const byId = new Map<string, Fact[]>();
  for (const f of facts) byId.set(f.id, [...(byId.get(f.id) ?? []), f]);
  const firstActual = new Map<string, { year: number; value: number }>();
  const firstYear = new Map<string, number>();
  for (const [id, fs] of byId) {
    firstYear.set(id, Math.min(...fs.map((f) => f.fiscal_year)));
    const measured = fs.filter((f) => f.actual !== null).sort((a, b) => a.fiscal_year - b.fiscal_year);
    if (measured.length > 0) firstActual.set(id, { year: measured[0]!.fiscal_year, value: measured[0]!.actual! });
  }

  const results = new Map<string, RefResult & { fact: Fact }>();
  for (const f of facts) {
    if (f.kind === 'output' && f.actual === null) continue; // outputs without actuals are plans
    let reason: string | null = null;
    if (f.actual === null) reason = f.actual_raw === null || isNothing(f.actual_raw) ? '実績値なし' : f.actual_raw.trim();
    else if (f.target === null) reason = '目標値なし';
    else if (f.target === 0) reason = '目標値が0';
    else if (f.direction === 'down' && f.actual === 0) reason = '実績値が0';
    const achievement = reason !== null ? null : f.direction === 'down' ? f.target! / f.actual! : f.actual! / f.target!;
    const gap = f.actual === null || f.target === null ? null : f.direction === 'down' ? f.target - f.actual : f.actual - f.target;
    const status: Status = achievement === null ? 'not_measured' : achievement >= 1 ? 'achieved' : achievement >= NEAR ? 'near' : 'missed';
    const is_interim = f.target_year !== null && f.target_year > f.fiscal_year;
    let start: { year: number; value: number } | null = null;
    const fa = firstActual.get(f.id);
    if (fa && fa.year < f.fiscal_year) start = fa;
    else if (f.baseline !== null) start = { year: firstYear.get(f.id)! - 1, value: f.baseline };
    let expected: number | null = null;
    if (is_interim && start && f.target !== null && f.target_year! > start.year) {
      expected = start.value + ((f.target - start.value) * (f.fiscal_year - start.year)) / (f.target_year! - start.year);
    }
    const on_track = expected === null || f.actual === null ? null : f.direction === 'down' ? f.actual <= expected : f.actual >= expected;
    const key = `${f.kind}|${f.fiscal_year}|${f.sheet_no}|${f.id}`;
    results.set(key, {
      key,
      fact: f,
      direction: f.direction,
      direction_source: f.direction_source,
      direction_keyword: f.direction_keyword,
      achievement,
      status,
      reason,
      gap,
      gap_share: f.target !== null && f.target !== 0 && gap !== null ? gap / f.target : null,
      is_interim,
      expected,
      on_track,
    });
  }

  // Programs.
  const activitiesBySheet = new Map<string, ActivityRow[]>();
  for (const a of raw.activities) {
    const k = sheetKey(a.fiscal_year, a.sheet_no);
    activitiesBySheet.set(k, [...(activitiesBySheet.get(k) ?? []), a]);
  }
  const outcomesBySheet = new Map<string, (RefResult & { fact: Fact })[]>();
  for (const r of results.values()) {
    if (r.fact.kind !== 'outcome') continue;
    const k = sheetKey(r.fact.fiscal_year, r.fact.sheet_no);
    outcomesBySheet.set(k, [...(outcomesBySheet.get(k) ?? []), r]);
  }
  const reviews = new Map(raw.reviews.map((r) => [sheetKey(r.fiscal_year, r.sheet_no), r]));

  const base = raw.sheets.map((s) => {
    const k = sheetKey(s.fiscal_year, s.sheet_no);
    const os = outcomesBySheet.get(k) ?? [];
    const count = (st: Status) => os.filter((o) => o.status === st).length;
    const rates = os.map((o) => o.achievement).filter((x): x is number => x !== null);
    const acts = activitiesBySheet.get(k) ?? [];
    const budget = sumOrNull(acts.map((a) => a.budget));
    const spend = sumOrNull(acts.map((a) => a.spend));
    const zero = acts.filter((a) => a.budget === 0 && a.spend === 0).length;
    return {
      sheet: s,
      review: reviews.get(k),
      outcomes: os.length,
      achieved: count('achieved'),
      near: count('near'),
      missed: count('missed'),
      not_measured: count('not_measured'),
      mean_achievement: rates.length === 0 ? null : rates.reduce((a, b) => a + b, 0) / rates.length,
      activities: acts.length,
      budget,
      spend,
      execution: budget !== null && budget > 0 && spend !== null ? spend / budget : null,
      zero_cost_activities: zero,
      cost_not_stated_activities: acts.filter((a) => a.budget === null && a.spend === null).length,
      zero_cost: acts.length > 0 && zero === acts.length,
    };
  });
  const missedYears = new Map<string, Set<number>>();
  for (const p of base) {
    if (p.missed === 0) continue;
    const pk = String(p.sheet.program_key);
    missedYears.set(pk, (missedYears.get(pk) ?? new Set()).add(p.sheet.fiscal_year));
  }
  const programs: RefProgram[] = base.map((p) => {
    const years = missedYears.get(String(p.sheet.program_key)) ?? new Set<number>();
    let missed_streak = 0;
    while (years.has(p.sheet.fiscal_year - missed_streak)) missed_streak++;
    const ticked = p.review?.improve_outcome ?? null;
    const measured = p.outcomes - p.not_measured;
    const self_check =
      p.missed > 0 && ticked === false ? 'missed_unticked' : ticked === true && measured > 0 && p.achieved === measured ? 'ticked_all_achieved' : null;
    const mean = p.mean_achievement;
    const points =
      10 * p.missed +
      3 * p.near +
      (missed_streak >= 3 ? 20 : missed_streak === 2 ? 10 : 0) +
      (mean !== null && mean < 1 ? Math.min(20, (1 - mean) * 20) : 0) +
      (p.execution !== null && p.execution < UNDER ? 5 : 0) +
      (self_check === 'missed_unticked' ? 5 : 0);
    const reasons: string[] = [];
    if (p.missed > 0) reasons.push(`成果指標${p.missed}件が未達`);
    if (missed_streak >= 2) reasons.push(`${missed_streak}年連続で未達`);
    if (p.near > 0) reasons.push(`成果指標${p.near}件が目標にあと一歩`);
    if (mean !== null && mean < 1) reasons.push(`平均達成率${percent(mean)}`);
    if (p.execution !== null && p.execution < UNDER) reasons.push(`執行率${percent(p.execution)}`);
    if (self_check === 'missed_unticked') reasons.push('未達だが「成果」の改善余地に☑なし');
    return {
      key: sheetKey(p.sheet.fiscal_year, p.sheet.sheet_no),
      fiscal_year: p.sheet.fiscal_year,
      sheet_no: p.sheet.sheet_no,
      program_key: p.sheet.program_key,
      pillar: p.sheet.pillar,
      goal: p.sheet.goal,
      measure: p.sheet.measure,
      outcomes: p.outcomes,
      achieved: p.achieved,
      near: p.near,
      missed: p.missed,
      not_measured: p.not_measured,
      mean_achievement: p.mean_achievement,
      activities: p.activities,
      budget: p.budget,
      spend: p.spend,
      execution: p.execution,
      zero_cost_activities: p.zero_cost_activities,
      cost_not_stated_activities: p.cost_not_stated_activities,
      zero_cost: p.zero_cost,
      missed_streak,
      self_check,
      score: Math.round(points * 10) / 10,
      reasons,
    };
  });

  // Target revisions.
  const revisions: string[] = [];
  const easier = (dir: 'up' | 'down', from: number, to: number) => (dir === 'down' ? to > from : to < from);
  for (const f of facts) {
    if (f.target !== null && f.next_target !== null && easier(f.direction, f.target, f.next_target)) {
      revisions.push(`next_easier|${f.fiscal_year}|${f.sheet_no}|${f.id}|${f.target}→${f.next_target}`);
    }
    for (const prev of byId.get(f.id) ?? []) {
      if (prev.fiscal_year !== f.fiscal_year - 1 || prev.target === null || f.target === null) continue;
      if (easier(f.direction, prev.target, f.target)) revisions.push(`lowered|${f.fiscal_year}|${f.sheet_no}|${f.id}|${prev.target}→${f.target}`);
    }
  }

  // Activities.
  const activities = raw.activities.map((a) => {
    const siblings = activitiesBySheet.get(sheetKey(a.fiscal_year, a.sheet_no))!;
    const execution = a.budget !== null && a.budget > 0 && a.spend !== null ? a.spend / a.budget : null;
    return {
      key: `${a.fiscal_year}|${a.sheet_no}|${a.activity_no}`,
      budget: a.budget,
      spend: a.spend,
      execution,
      cost_case: a.budget === 0 && a.spend === 0 ? 'zero_cost' : a.budget === null && a.spend === null ? 'cost_not_stated' : 'stated',
      execution_flag: execution === null ? null : execution < UNDER ? 'under' : execution > OVER ? 'over' : null,
      program_all_zero_cost: siblings.every((s) => s.budget === 0 && s.spend === 0),
    };
  });

  // Policy roll-up.
  const policy = new Map<string, { programs: number; outcomes: number; achieved: number; near: number; missed: number; not_measured: number; budget: number | null; spend: number | null; execution: number | null; activities: number; zero_cost_activities: number; zero_cost_share: number | null }>();
  const groups = new Map<string, RefProgram[]>();
  for (const p of programs) {
    for (const k of [
      `${p.fiscal_year}|city|||`,
      `${p.fiscal_year}|pillar|${p.pillar}||`,
      `${p.fiscal_year}|goal|${p.pillar}|${p.goal}|`,
      `${p.fiscal_year}|measure|${p.pillar}|${p.goal}|${p.measure}`,
    ]) {
      groups.set(k, [...(groups.get(k) ?? []), p]);
    }
  }
  for (const [k, ps] of groups) {
    const sum = (f: (p: RefProgram) => number) => ps.reduce((n, p) => n + f(p), 0);
    const budget = sumOrNull(ps.map((p) => p.budget));
    const spend = sumOrNull(ps.map((p) => p.spend));
    const activitiesN = sum((p) => p.activities);
    policy.set(k, {
      programs: ps.length,
      outcomes: sum((p) => p.outcomes),
      achieved: sum((p) => p.achieved),
      near: sum((p) => p.near),
      missed: sum((p) => p.missed),
      not_measured: sum((p) => p.not_measured),
      budget,
      spend,
      execution: budget === null || budget === 0 || spend === null ? null : spend / budget,
      activities: activitiesN,
      zero_cost_activities: sum((p) => p.zero_cost_activities),
      zero_cost_share: activitiesN === 0 ? null : sum((p) => p.zero_cost_activities) / activitiesN,
    });
  }

  return { results, programs, revisions, activities, policy };
}

// ---- the comparison ------------------------------------------------------------------------------------------------
let db: Database;
beforeAll(async () => {
  db = await freshDatabase();
});
afterAll(() => db.close());

/** Across the three cities, how often each case the definitions distinguish came up: the check is not vacuous. */
const seen = new Map<string, number>();
const tally = (what: string, n = 1) => seen.set(what, (seen.get(what) ?? 0) + n);

describe.each(SEEDS)('generated city, seed %i', (seed) => {
  let ref: ReturnType<typeof reference>;

  beforeAll(async () => {
    await resetDatabase(db);
    await importFiles(db, cityInputs(seed));
    await prepareAnalyses(db, await readFile('data/direction-keywords.csv', 'utf8'));
    const raw = {
      sheets: await db.run<SheetRow>('SELECT * FROM current_sheets'),
      outcomes: await db.run<OutcomeRow>('SELECT * FROM outcomes'),
      outputs: await db.run<OutputRow>('SELECT * FROM outputs'),
      activities: await db.run<ActivityRow>('SELECT * FROM current_activities'),
      reviews: await db.run<ReviewRow>('SELECT * FROM current_reviews'),
      keywords: await db.run<KeywordRow>('SELECT * FROM direction_keywords'),
    };
    // One import of a generated city has no duplicate keys: the current_* views hold every row.
    const [n] = await db.run<{ s: number; a: number; r: number }>(
      'SELECT (SELECT count(*) FROM sheets) AS s, (SELECT count(*) FROM activities) AS a, (SELECT count(*) FROM reviews) AS r',
    );
    expect([raw.sheets.length, raw.activities.length, raw.reviews.length]).toEqual([n!.s, n!.a, n!.r]);
    expect(raw.sheets.length).toBe(40 * YEARS.length);
    ref = reference(raw);
  });

  it('indicator results: direction, achievement, status, reason, gap, interim line', async () => {
    const rows = await indicatorResults(db);
    const got = new Map(rows.map((r) => [`${r.kind}|${r.fiscal_year}|${r.sheet_no}|${r.indicator_id}`, r]));
    expect(got.size).toBe(rows.length); // identity is unique within a sheet
    expect([...got.keys()].sort()).toEqual([...ref.results.keys()].sort());
    for (const [key, want] of ref.results) {
      const r = got.get(key)!;
      expect({ key, ...pick(r, RESULT_FIELDS) }).toEqual({ key, ...pick(want, RESULT_FIELDS) });
      tally(`status ${r.kind} ${r.status}`);
      tally(`direction ${r.direction_source} ${r.direction}`);
      if (r.reason) tally(`reason ${r.reason}`);
      if (r.on_track !== null) tally(`on_track ${r.on_track}`);
    }
  });

  it('program scorecard: counts, mean, money, zero-cost, streak, self-check, score, reasons', async () => {
    const rows = await programScorecard(db);
    expect(rows.map((r) => `${r.fiscal_year}|${r.sheet_no}`)).toEqual([...ref.programs].sort(sheetOrder).map((p) => p.key));
    const want = new Map(ref.programs.map((p) => [p.key, p]));
    for (const r of rows) {
      const w = want.get(`${r.fiscal_year}|${r.sheet_no}`)!;
      // exact, mean_achievement included: avg() adds a sheet's rates in file order, as the reference does
      expect({ key: w.key, ...pick(r, PROGRAM_FIELDS) }).toEqual({ key: w.key, ...pick(w, PROGRAM_FIELDS) });
      tally(`streak ${Math.min(r.missed_streak, 3)}`);
      if (r.self_check) tally(`self_check ${r.self_check}`);
      if (r.zero_cost) tally('zero_cost program');
    }
  });

  it('activity costs and program budgets: cost case, execution and flags', async () => {
    const rows = await activityCosts(db);
    const want = new Map(ref.activities.map((a) => [a.key, a]));
    expect(rows.length).toBe(ref.activities.length);
    for (const r of rows) {
      const key = `${r.fiscal_year}|${r.sheet_no}|${r.activity_no}`;
      const w = want.get(key)!;
      expect({ key, budget: r.budget, spend: r.spend, execution: r.execution, cost_case: r.cost_case, execution_flag: r.execution_flag, program_all_zero_cost: r.program_all_zero_cost }).toEqual(
        w,
      );
      tally(`activity ${r.cost_case} ${r.execution_flag}`);
    }
    const budgets = await programBudgets(db);
    const progs = new Map(ref.programs.map((p) => [p.key, p]));
    for (const b of budgets) {
      const p = progs.get(`${b.fiscal_year}|${b.sheet_no}`)!;
      const flag = p.execution === null ? null : p.execution < UNDER ? 'under' : p.execution > OVER ? 'over' : null;
      expect([b.budget, b.spend, b.execution, b.execution_flag, b.zero_cost]).toEqual([p.budget, p.spend, p.execution, flag, p.zero_cost]);
      if (flag) tally(`program ${flag}`);
    }
    // zero-cost activities per year
    for (const year of YEARS) {
      const n = rows.filter((r) => r.fiscal_year === year && r.cost_case === 'zero_cost').length;
      const m = ref.programs.filter((p) => p.fiscal_year === year).reduce((s, p) => s + p.zero_cost_activities, 0);
      expect(n).toBe(m);
    }
  });

  it('target revisions', async () => {
    const rows = await targetRevisions(db);
    const got = rows.map((r) => `${r.revision}|${r.fiscal_year}|${r.sheet_no}|${r.indicator_id}|${r.from_target}→${r.to_target}`);
    expect(got.length).toBe(ref.revisions.length);
    expect([...got].sort()).toEqual([...ref.revisions].sort());
    for (const r of rows) tally(`revision ${r.revision} ${r.direction}`);
  });

  it('policy roll-up', async () => {
    const rows = await policyRollup(db);
    const got = new Map(rows.map((r) => [`${r.fiscal_year}|${r.level}|${r.pillar ?? ''}|${r.goal ?? ''}|${r.measure ?? ''}`, r]));
    expect([...got.keys()].sort()).toEqual([...ref.policy.keys()].sort());
    for (const [key, w] of ref.policy) {
      const r = got.get(key)!;
      expect({ key, ...pick(r, Object.keys(w) as (keyof typeof w)[]) }).toEqual({ key, ...w });
    }
  });

  it('underperformers of the latest year, in order', async () => {
    const rows = await underperformers(db, { year: 2024 }, DEFAULT_THRESHOLDS, 1000);
    const want = ref.programs
      .filter((p) => p.fiscal_year === 2024 && p.score > 0)
      .sort((a, b) => b.score - a.score || b.missed - a.missed || Number(a.sheet_no) - Number(b.sheet_no));
    expect(rows.map((r) => [r.sheet_no, r.score, r.reasons])).toEqual(want.map((p) => [p.sheet_no, p.score, p.reasons]));
    tally('underperformers 2024', rows.length);
  });

  it('trends follow program_key and indicator identity', async () => {
    const series = await programSeries(db, null);
    const progs = new Map(ref.programs.map((p) => [p.key, p]));
    expect(series.length).toBe(ref.programs.length);
    for (const s of series) {
      const p = progs.get(`${s.fiscal_year}|${s.sheet_no}`)!;
      expect([s.program_key, s.budget, s.spend, s.execution]).toEqual([p.program_key, p.budget, p.spend, p.execution]);
    }
    // Every program_key has one sheet per year, whatever its sheet numbers and names.
    const byKey = new Map<string, number[]>();
    for (const s of series) byKey.set(s.program_key, [...(byKey.get(s.program_key) ?? []), s.fiscal_year]);
    expect([...byKey.values()].every((ys) => ys.join() === YEARS.join())).toBe(true);
    const renumbered = [...byKey.keys()].filter((k) => new Set(series.filter((s) => s.program_key === k).map((s) => s.sheet_no)).size > 1);
    tally('renumbered programs', renumbered.length);
    // One program's indicator series: the reference results of that program_key, year by year.
    const key = renumbered[0] ?? series[0]!.program_key;
    const points = await indicatorSeries(db, { program: key });
    const want = [...ref.results.values()].filter((r) => r.fact.sheet?.program_key === key);
    expect(points.length).toBe(want.length);
    for (const pt of points) {
      const w = ref.results.get(`${pt.kind}|${pt.fiscal_year}|${pt.sheet_no}|${pt.indicator_id}`)!;
      expect([pt.achievement, pt.status, pt.target, pt.actual]).toEqual([w.achievement, w.status, w.fact.target, w.fact.actual]);
    }
  });
});

describe('the generated cities exercise the definitions', () => {
  it('every status, direction source, reason and flag came up', () => {
    for (const k of [
      'status outcome achieved',
      'status outcome near',
      'status outcome missed',
      'status outcome not_measured',
      'status output achieved',
      'direction given down',
      'direction keyword down',
      'direction default up',
      'reason 実績値なし',
      'reason 集計中',
      'reason 調査未実施',
      'reason 目標値なし',
      'on_track true',
      'on_track false',
      'streak 2',
      'streak 3',
      'self_check missed_unticked',
      'self_check ticked_all_achieved',
      'activity zero_cost null',
      'activity stated under',
      'activity stated over',
      'program under',
      'revision next_easier up',
      'revision lowered up',
      'revision lowered down',
      'renumbered programs',
    ]) {
      expect([k, seen.get(k) ?? 0]).not.toEqual([k, 0]);
    }
  });
});

const RESULT_FIELDS = [
  'direction',
  'direction_source',
  'direction_keyword',
  'achievement',
  'status',
  'reason',
  'gap',
  'gap_share',
  'is_interim',
  'expected',
  'on_track',
] as const;

const PROGRAM_FIELDS = [
  'program_key',
  'outcomes',
  'achieved',
  'near',
  'missed',
  'not_measured',
  'mean_achievement',
  'activities',
  'budget',
  'spend',
  'execution',
  'zero_cost_activities',
  'cost_not_stated_activities',
  'zero_cost',
  'missed_streak',
  'self_check',
  'score',
  'reasons',
] as const;

function pick<T extends object, K extends keyof T>(o: T, keys: readonly K[]): Pick<T, K> {
  const out = {} as Pick<T, K>;
  for (const k of keys) out[k] = o[k];
  return out;
}

import { describe, expect, it } from 'vitest';
import type { PolicyRow } from '../../../src/analyses/policy';
import type { ProgramScore } from '../../../src/analyses/programs';
import {
  buildSunburstTree,
  childRollupRows,
  currentRollupRow,
  parentPath,
  pathLevel,
  policySunburstOption,
  rowPath,
  sunburstTooltip,
  type PolicyPath,
  type SunburstDatum,
} from '../../../src/charts/policy-options';

const CITY: PolicyPath = { pillar: null, goal: null, measure: null };

function program(p: Partial<ProgramScore>): ProgramScore {
  return {
    municipality_key: '', municipality: null, fiscal_year: 2024, sheet_no: '1', program: 'A事業', program_id: null, program_key: 'A事業', department: '企画課',
    pillar: 'I 子育て', goal: '1 目標', measure: '1 施策', outcomes: 1, achieved: 1, near: 0, missed: 0, not_measured: 0,
    mean_achievement: 1.05, activities: 1, budget: 100, spend: 90, execution: 0.9, zero_cost_activities: 0,
    cost_not_stated_activities: 0, zero_cost: false, improve_cost: false, improve_activity: false, improve_outcome: false,
    improve_other: false, missed_streak: 0, self_check: null, points_missed: 0, points_near: 0, points_streak: 0, points_mean: 0,
    points_execution: 0, points_self_check: 0, score: 0, reasons: [], ...p,
  };
}

function row(p: Partial<PolicyRow>): PolicyRow {
  return {
    fiscal_year: 2024, level: 'city', pillar: null, goal: null, measure: null, programs: 1, outcomes: 1, achieved: 1, near: 0,
    missed: 0, not_measured: 0, budget: 100, spend: 90, execution: 0.9, activities: 1, zero_cost_activities: 0, zero_cost_share: 0, ...p,
  };
}

const programs = [
  program({ sheet_no: '1', program: 'A事業', program_key: 'A' }),
  program({ sheet_no: '2', program: 'B事業', program_key: 'B', measure: '2 施策', spend: 0, budget: 0, mean_achievement: 0.5 }),
  program({ sheet_no: '3', program: 'C事業', program_key: 'C', pillar: 'II 健康', goal: '1 健康', measure: '1 予防' }),
  program({ sheet_no: '4', program: 'D事業', program_key: 'D', pillar: null, goal: null, measure: null }),
];
const rollup = [
  row({ level: 'city', programs: 4 }),
  row({ level: 'pillar', pillar: 'I 子育て', programs: 2 }),
  row({ level: 'pillar', pillar: 'II 健康' }),
  row({ level: 'pillar', pillar: null }),
  row({ level: 'goal', pillar: 'I 子育て', goal: '1 目標', programs: 2 }),
  row({ level: 'measure', pillar: 'I 子育て', goal: '1 目標', measure: '1 施策' }),
  row({ level: 'measure', pillar: 'I 子育て', goal: '1 目標', measure: '2 施策' }),
  row({ level: 'goal', pillar: 'II 健康', goal: '1 健康' }),
];

describe('policy path', () => {
  it('knows its level and the level above', () => {
    expect(pathLevel(CITY)).toBe('city');
    const m = { pillar: 'I 子育て', goal: '1 目標', measure: '1 施策' };
    expect(pathLevel(m)).toBe('measure');
    expect(parentPath(m)).toEqual({ pillar: 'I 子育て', goal: '1 目標', measure: null });
    expect(parentPath({ pillar: 'I 子育て', goal: null, measure: null })).toEqual(CITY);
  });

  it('picks the roll-up rows one level down, and the current one', () => {
    expect(childRollupRows(rollup, CITY).map((r) => r.pillar)).toEqual(['I 子育て', 'II 健康', null]);
    const goal = { pillar: 'I 子育て', goal: '1 目標', measure: null };
    expect(childRollupRows(rollup, goal).map((r) => r.measure)).toEqual(['1 施策', '2 施策']);
    expect(currentRollupRow(rollup, goal)?.programs).toBe(2);
    expect(currentRollupRow(rollup, CITY)?.programs).toBe(4);
    expect(childRollupRows(rollup, { ...goal, measure: '1 施策' })).toEqual([]);
  });

  it('cannot put a missing name into the URL', () => {
    expect(rowPath(row({ level: 'pillar', pillar: null }))).toBeNull();
    expect(rowPath(row({ level: 'goal', pillar: 'I', goal: 'g' }))).toEqual({ pillar: 'I', goal: 'g', measure: null });
  });
});

describe('sunburst tree', () => {
  it('starts at the current level and drills to the node clicked', () => {
    const tree = buildSunburstTree(programs, rollup, { pillar: 'I 子育て', goal: null, measure: null }, 'count', 0.8);
    expect(tree.map((n) => [n.kind, n.name])).toEqual([['goal', '1 目標']]);
    const measures = tree[0]!.children!;
    expect(measures.map((m) => m.drill)).toEqual([
      { pillar: 'I 子育て', goal: '1 目標', measure: '1 施策' },
      { pillar: 'I 子育て', goal: '1 目標', measure: '2 施策' },
    ]);
    const leaf = measures[1]!.children![0]!;
    expect(leaf).toMatchObject({ kind: 'program', programKey: 'B', value: 1 });
  });

  it('keeps unnamed levels visible but not clickable', () => {
    const tree = buildSunburstTree(programs, rollup, CITY, 'count', 0.8);
    const unset = tree.find((n) => n.name === '（未設定）')!;
    expect(unset.drill).toBeNull();
    expect(unset.row?.level).toBe('pillar');
  });

  it('sizes by spend when asked (zero-cost programs get no angle)', () => {
    const tree = buildSunburstTree(programs, rollup, { pillar: 'I 子育て', goal: '1 目標', measure: null }, 'spend', 0.8);
    expect(tree.flatMap((m) => m.children!).map((p) => p.value)).toEqual([90, 0]);
  });

  it('wraps the subtree in a centre that leads one level up', () => {
    const opt = policySunburstOption(programs, rollup, { pillar: 'I 子育て', goal: null, measure: null }, 'count', 0.8) as { series: { data: SunburstDatum[]; levels: unknown[] }[] };
    const centre = opt.series[0]!.data[0]!;
    expect(centre).toMatchObject({ name: 'I 子育て', kind: 'up', drill: CITY });
    // virtual root + centre + goal, measure and program rings
    expect(opt.series[0]!.levels).toHaveLength(5);
  });
});

describe('sunburst tooltip', () => {
  it('escapes CSV text', () => {
    const evil = program({ program: '<img src=x onerror=alert(1)>', department: '"課"&', sheet_no: '<b>' });
    const html = sunburstTooltip({ name: evil.program!, kind: 'program', drill: null, program: evil });
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('&quot;課&quot;&amp;');
    expect(html).toContain('No.&lt;b&gt;');
    const inner = sunburstTooltip({ name: '<script>', kind: 'pillar', drill: null, row: row({ level: 'pillar', pillar: '<script>' }) });
    expect(inner).toContain('&lt;script&gt;');
    expect(inner).not.toContain('<script>');
  });

  it('shows the analysis figures as a council document writes them', () => {
    const html = sunburstTooltip({ name: 'x', kind: 'goal', drill: null, row: row({ level: 'goal', budget: 1234, spend: 1000, execution: 0.876 }) });
    expect(html).toContain('予算額: 1,234千円');
    expect(html).toContain('執行率: 87.6%');
    expect(html).toContain('◎達成 1件');
  });
});

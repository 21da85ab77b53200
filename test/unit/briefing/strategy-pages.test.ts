/** The briefing's optional pages: which are chosen from ?pages= / --pages, and their rows from hand-made analyses. */
import { describe, expect, it } from 'vitest';
import type { ProgramChange } from '../../../src/analyses/changes';
import type { CostRollup, UnitCost } from '../../../src/analyses/costs';
import type { SheetQuality } from '../../../src/analyses/sheet-quality';
import type { SimilarProgram } from '../../../src/analyses/similar/similar';
import { optionalPagesParam, parseOptionalPages, unknownOptionalPages } from '../../../src/briefing/optional-pages';
import { PAIRS_SHOWN, strategyPages, type StrategyPage } from '../../../src/briefing/strategy-pages';

describe('optional pages', () => {
  it('keeps known names once each, in the fixed order; names the unknown', () => {
    expect(parseOptionalPages('similar,costs,x,costs')).toEqual(['costs', 'similar']);
    expect(parseOptionalPages(null)).toEqual([]);
    expect(unknownOptionalPages('costs, quality ,x,')).toEqual(['x']);
    expect(optionalPagesParam(['quality', 'costs'])).toBe('costs,quality');
    expect(optionalPagesParam([])).toBeNull();
  });
});

const page = <K extends StrategyPage['kind']>(pages: StrategyPage[], kind: K) => pages.find((p): p is Extract<StrategyPage, { kind: K }> => p.kind === kind)!;

describe('strategy pages', () => {
  it('builds only the pages chosen whose analyses were loaded, in the fixed order', () => {
    const quality: SheetQuality = { flags: [], programs: [], departments: [] };
    expect(strategyPages({ quality, changes: [] }, ['changes', 'quality']).map((p) => p.kind)).toEqual(['changes', 'quality']);
    expect(strategyPages({ quality }, ['costs', 'quality']).map((p) => p.kind)).toEqual(['quality']);
  });

  it('コスト: the city figures, pillars by total cost, the worsening indicators largest rise first', () => {
    const r = (over: Partial<CostRollup>) => ({ level: 'pillar', pillar: 'I', programs: 1, project_cost: 100, personnel_cost: 20, total_cost: 120, total_cost_change: 0.1, general_fund_share: 0.5, ...over }) as CostRollup;
    const u = (over: Partial<UnitCost>) => ({ sheet_no: '3', program: '学習支援事業', indicator: '参加者数', unit: '人', unit_cost: 12.34, unit_cost_change: 0.25, rising_cost_falling_result: true, ...over }) as UnitCost;
    const costs = page(
      strategyPages(
        {
          rollup: [r({ level: 'city', pillar: null, total_cost: 1500, project_cost: 1000, personnel_cost: 500, total_cost_change: -0.02 }), r({ pillar: 'I' }), r({ pillar: 'II', total_cost: 900 })],
          unitCosts: [u({}), u({ sheet_no: '9', unit_cost_change: 0.5 }), u({ sheet_no: '4', rising_cost_falling_result: false })],
        },
        ['costs'],
      ),
      'costs',
    );
    expect(costs.figures.map((f) => f.value)).toEqual(['1,500千円', '1,000千円', '500千円', '−2.0%', '50.0%']);
    expect(costs.pillars.map((p) => [p.name, p.total])).toEqual([
      ['II', '900千円'],
      ['I', '120千円'],
    ]);
    expect(costs.risingCount).toBe(2);
    expect(costs.rising.map((x) => [x.sheetNo, x.unitCost, x.change])).toEqual([
      ['9', '12.3千円／人', '+50.0%'],
      ['3', '12.3千円／人', '+25.0%'],
    ]);
    const small = page(strategyPages({ rollup: [], unitCosts: [u({ unit_cost: 0.0834 })] }, ['costs']), 'costs');
    expect(small.rising.map((x) => x.unitCost)).toEqual([
      '0.083千円／人',
    ]);
  });

  it('前年度からの変化: every kind counted, only the programs and their money listed', () => {
    const c = (over: Partial<ProgramChange>) => ({ change: 'new', program: '新事業', sheet_no: '7', previous_sheet_no: null, last_seen_year: null, ...over }) as ProgramChange;
    const changes = page(strategyPages({ changes: [c({}), c({ change: 'target_moved', indicator: '参加者数' }), c({ change: 'ended', sheet_no: null, previous_sheet_no: '8' })] }, ['changes']), 'changes');
    expect(changes.counts.filter((x) => x.n > 0)).toEqual([
      { label: '新規', n: 1 },
      { label: '終了', n: 1 },
      { label: '目標値の変更', n: 1 },
    ]);
    expect(changes.rows.map((r) => [r.change, r.sheetNo, r.detail])).toEqual([
      ['新規', '7', '前年度のシートなし'],
      ['終了', '8', '今年度のシートなし'],
    ]);
  });

  it('類似事業: at most PAIRS_SHOWN pairs, ranked in the given order, with the reasons in words', () => {
    const p = (i: number) => ({ program: `事業${i}`, department: '甲課', other_program: `事業${i}b`, other_department: '乙課', score: 0.9 - i / 100, reasons: ['same_measure', 'indicators'], shared_indicators: ['相談件数'], shared_targets: [] }) as unknown as SimilarProgram;
    const similar = page(strategyPages({ candidates: Array.from({ length: 12 }, (_, i) => p(i)) }, ['similar']), 'similar');
    expect(similar.rows).toHaveLength(PAIRS_SHOWN);
    expect(similar.rows[1]).toEqual({ rank: 2, program: '事業1', department: '甲課', other: '事業1b', otherDepartment: '乙課', score: '0.89', reasons: '同じ施策・指標が同じ（相談件数）' });
  });

  it('シートの質: the mean of the sheet scores and the lowest departments', () => {
    const q = {
      flags: [{}, {}, {}],
      programs: [
        { flags: ['easy_target', 'copied_purpose'], score: 70 },
        { flags: [], score: 100 },
        { flags: ['easy_target'], score: 80 },
      ],
      departments: [{ department: null, mean_score: 70, programs: 1, flagged: 1 }],
    } as unknown as SheetQuality;
    const quality = page(strategyPages({ quality: q }, ['quality']), 'quality');
    expect(quality.figures.map((f) => f.value)).toEqual(['83.3', '2 / 3事業', '3件']);
    expect(quality.departments).toEqual([{ department: '（担当課なし）', mean: '70', programs: 1, flagged: 1 }]);
    expect(quality.flags.find((f) => f.label === '目標が易しい')!.sheets).toBe(2);
  });
});

import type { AllAnalyses } from '../analyses/all';
import type { Status } from '../analyses/indicators';
import type { PolicyRow } from '../analyses/policy';
import { gapRows, gapUnit, programLabel, signedNumber, signedPercent } from '../charts/gaps-options';
import { STATUS_MARKS, STATUS_ORDER } from '../charts/theme';
import { formatFiscalYear, formatMoney, formatNumber, formatPercent, STATUS_LABELS_JA } from '../format/ja';
import { sourceLabel, type BriefingSource } from './source';

/**
 * The council briefing 議会説明資料 as data: every figure already formatted by src/format/ja.ts (so the pages print
 * exactly what the app shows), plus the raw counts the charts need, split into numbered A4 pages.
 * Pure: built from runAllAnalyses output, no DOM, no database — the app and `npm run briefing` share it.
 */
export interface BriefingScope {
  year: number;
  pillar: string | null;
  department: string | null;
}

export interface Figure {
  key: string;
  label: string;
  value: string;
}

export type StatusCounts = Record<Status, number>;

/** One bar of a chart: a pillar or goal with its outcome statuses and money. */
export interface GroupBar extends StatusCounts {
  name: string;
  budget: number | null;
  spend: number | null;
  execution: number | null;
}

export interface PillarRow {
  pillar: string;
  programs: string;
  achieved: string;
  near: string;
  missed: string;
  not_measured: string;
  budget: string;
  spend: string;
  execution: string;
  zero_cost: string;
}

export interface UnderperformerRow {
  rank: number;
  score: string;
  sheetNo: string;
  program: string;
  department: string;
  pillar: string;
  reasons: string[];
}

export interface GapRow {
  sheetNo: string;
  program: string;
  indicator: string;
  lowerIsBetter: boolean;
  target: string;
  actual: string;
  gap: string;
  gapShare: string;
  achievement: string;
  status: Status;
}

export interface ExecutionRow {
  sheetNo: string;
  program: string;
  department: string;
  budget: string;
  spend: string;
  execution: string;
}

export interface ZeroCostRow {
  sheetNo: string;
  program: string;
  activity: string;
  department: string;
  pillar: string;
  /** every activity of the program is zero-cost */
  wholeProgram: boolean;
}

interface PageBase {
  number: number;
  total: number;
  title: string;
}

export type BriefingPage =
  | (PageBase & { kind: 'summary'; figures: Figure[]; pillars: PillarRow[]; bars: GroupBar[] })
  | (PageBase & { kind: 'underperformers'; rows: UnderperformerRow[]; flagged: number })
  | (PageBase & { kind: 'pillar'; pillar: string; figures: Figure[]; goals: GroupBar[]; gaps: GapRow[]; shortfalls: number; lowExecution: ExecutionRow[]; lowExecutionCount: number })
  | (PageBase & { kind: 'zero-cost'; rows: ZeroCostRow[]; count: number; part: number; parts: number });

export interface BriefingModel {
  scope: BriefingScope;
  /** 令和6年度 (2024) */
  yearLabel: string;
  /** 全市 / 施策の大綱「…」 / 担当課「…」 */
  scopeLabel: string;
  source: BriefingSource;
  sourceLabel: string;
  pages: BriefingPage[];
}

/** How many rows each page holds: chosen so an A4 landscape page never overflows even when names wrap. */
export const UNDERPERFORMERS_SHOWN = 10;
export const GAPS_PER_PILLAR = 6;
export const LOW_EXECUTION_PER_PILLAR = 6;
export const ZERO_COST_PER_PAGE = 22;

const UNSET = '（未設定）';

export function buildBriefingModel(all: AllAnalyses, scope: BriefingScope, source: BriefingSource): BriefingModel {
  const policy = all.policy.filter((p) => p.fiscal_year === scope.year);
  const city = policy.find((p) => p.level === 'city');
  const pillarRows = policy.filter((p) => p.level === 'pillar');
  // each page kind without its position, which is known once every page is drafted
  type Draft = BriefingPage extends infer P ? (P extends BriefingPage ? Omit<P, 'number' | 'total'> : never) : never;
  const drafts: Draft[] = [];

  drafts.push({
    kind: 'summary',
    title: '事業評価の概要',
    figures: headlineFigures(city),
    pillars: pillarRows.map(pillarRow),
    bars: pillarRows.map((p) => groupBar(p.pillar ?? UNSET, p)),
  });

  const flagged = all.programs.filter((p) => p.score > 0).length;
  drafts.push({
    kind: 'underperformers',
    title: '要注意事業',
    flagged,
    rows: all.underperformers.slice(0, UNDERPERFORMERS_SHOWN).map((p, i) => ({
      rank: i + 1,
      // one decimal, as the overview's table shows the score
      score: p.score.toFixed(1),
      sheetNo: p.sheet_no,
      program: p.program ?? '（名称なし）',
      department: p.department ?? '—',
      pillar: p.pillar ?? UNSET,
      reasons: p.reasons,
    })),
  });

  for (const p of pillarRows) {
    const inPillar = <T extends { pillar: string | null }>(r: T) => r.pillar === p.pillar;
    const shortfalls = gapRows(all.indicators.filter(inPillar), null).filter((r) => r.gap_share! < 0);
    const low = all.budget.programs
      .filter((b) => inPillar(b) && b.execution_flag === 'under')
      .sort((a, b) => a.execution! - b.execution! || a.sheet_no.localeCompare(b.sheet_no, 'ja', { numeric: true }));
    drafts.push({
      kind: 'pillar',
      title: `施策の大綱 ${p.pillar ?? UNSET}`,
      pillar: p.pillar ?? UNSET,
      figures: headlineFigures(p),
      goals: policy.filter((g) => g.level === 'goal' && g.pillar === p.pillar).map((g) => groupBar(g.goal ?? UNSET, g)),
      shortfalls: shortfalls.length,
      gaps: shortfalls.slice(0, GAPS_PER_PILLAR).map((r) => ({
        sheetNo: r.sheet_no,
        program: programLabel(r),
        indicator: r.indicator ?? '（名称なし）',
        lowerIsBetter: r.direction === 'down',
        target: formatNumber(r.target, r.unit),
        actual: formatNumber(r.actual, r.unit),
        gap: signedNumber(r.gap, gapUnit(r.unit)),
        gapShare: signedPercent(r.gap_share),
        achievement: formatPercent(r.achievement),
        status: r.status,
      })),
      lowExecutionCount: low.length,
      lowExecution: low.slice(0, LOW_EXECUTION_PER_PILLAR).map((b) => ({
        sheetNo: b.sheet_no,
        program: b.program ?? `No.${b.sheet_no}（名称なし）`,
        department: b.department ?? '—',
        budget: formatMoney(b.budget),
        spend: formatMoney(b.spend),
        execution: formatPercent(b.execution),
      })),
    });
  }

  const zero = all.zeroCost.activities.map(
    (a): ZeroCostRow => ({
      sheetNo: a.sheet_no,
      program: a.program ?? `No.${a.sheet_no}（名称なし）`,
      activity: a.activity ?? '（名称なし）',
      department: a.lead_department ?? a.department ?? '—',
      pillar: a.pillar ?? UNSET,
      wholeProgram: a.program_all_zero_cost,
    }),
  );
  const parts = Math.max(1, Math.ceil(zero.length / ZERO_COST_PER_PAGE));
  for (let part = 1; part <= parts; part++) {
    drafts.push({
      kind: 'zero-cost',
      title: 'ゼロ予算の活動',
      count: zero.length,
      part,
      parts,
      rows: zero.slice((part - 1) * ZERO_COST_PER_PAGE, part * ZERO_COST_PER_PAGE),
    });
  }

  const pages = drafts.map((d, i) => ({ ...d, number: i + 1, total: drafts.length }) as BriefingPage);
  return {
    scope,
    yearLabel: formatFiscalYear(scope.year),
    scopeLabel: scopeLabel(scope),
    source,
    sourceLabel: sourceLabel(source),
    pages,
  };
}

export function scopeLabel(scope: Pick<BriefingScope, 'pillar' | 'department'>): string {
  const parts = [scope.pillar ? `施策の大綱「${scope.pillar}」` : null, scope.department ? `担当課「${scope.department}」` : null].filter(Boolean);
  return parts.length ? parts.join('・') : '全市';
}

/** The overview's headline figures, in its words and order. */
function headlineFigures(row: PolicyRow | undefined): Figure[] {
  const status = (s: Status): Figure => ({ key: s, label: `${STATUS_MARKS[s]} ${STATUS_LABELS_JA[s]}`, value: formatNumber(row?.[s], '件') });
  return [
    { key: 'programs', label: '事業数', value: formatNumber(row?.programs, '事業') },
    { key: 'outcomes', label: '成果指標', value: formatNumber(row?.outcomes, '件') },
    ...STATUS_ORDER.map(status),
    { key: 'budget', label: '予算額', value: formatMoney(row?.budget) },
    { key: 'spend', label: '決算額', value: formatMoney(row?.spend) },
    { key: 'execution', label: '執行率', value: formatPercent(row?.execution) },
    { key: 'zero_cost', label: 'ゼロ予算の活動', value: formatNumber(row?.zero_cost_activities, '件') },
  ];
}

function pillarRow(p: PolicyRow): PillarRow {
  return {
    pillar: p.pillar ?? UNSET,
    programs: formatNumber(p.programs, '事業'),
    achieved: formatNumber(p.achieved, '件'),
    near: formatNumber(p.near, '件'),
    missed: formatNumber(p.missed, '件'),
    not_measured: formatNumber(p.not_measured, '件'),
    budget: formatMoney(p.budget),
    spend: formatMoney(p.spend),
    execution: formatPercent(p.execution),
    zero_cost: formatNumber(p.zero_cost_activities, '件'),
  };
}

function groupBar(name: string, p: PolicyRow): GroupBar {
  return { name, achieved: p.achieved, near: p.near, missed: p.missed, not_measured: p.not_measured, budget: p.budget, spend: p.spend, execution: p.execution };
}

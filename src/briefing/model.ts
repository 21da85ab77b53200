import type { AllAnalyses } from '../analyses/all';
import type { ProgramBudget } from '../analyses/activities';
import type { IndicatorResult, Status } from '../analyses/indicators';
import type { PolicyRow } from '../analyses/policy';
import { gapRows, gapUnit, programLabel, signedNumber, signedPercent } from '../charts/gaps-options';
import { STATUS_MARKS, STATUS_ORDER } from '../charts/theme';
import { formatFiscalYear, formatMoney, formatNumber, formatPercent, formatThreshold, STATUS_LABELS_JA } from '../format/ja';
import { linesIn, pagesByHeight, rowHeightForLines, rowHeightMm } from './paginate';
import { sourceLabel, type BriefingSource } from './source';
import type { StrategyPage } from './strategy-pages';

/**
 * The council briefing 議会説明資料 as data: every figure already formatted by src/format/ja.ts (so the pages print
 * exactly what the app shows), plus the raw counts the charts need, split into numbered A4 pages.
 * Pure: built from runAllAnalyses output, no DOM, no database — the app and `npm run briefing` share it.
 */
export interface BriefingScope {
  year: number;
  pillar: string | null;
  department: string | null;
  /** with several cities loaded, the one chosen (a municipality_key) and its name, for the scope's label */
  municipality?: string | null;
  municipalityName?: string | null;
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
  | (PageBase & { kind: 'underperformers'; rows: UnderperformerRow[]; flagged: number; shown: number; part: number; parts: number })
  | (PageBase & {
      kind: 'pillar';
      pillar: string;
      figures: Figure[];
      goals: GroupBar[];
      /** height of the two goal charts, px: the tables below get what is left of the sheet */
      chartHeight: number;
      gaps: GapRow[];
      shortfalls: number;
      lowExecution: ExecutionRow[];
      lowExecutionCount: number;
    })
  | (PageBase & { kind: 'zero-cost'; rows: ZeroCostRow[]; count: number; part: number; parts: number })
  | (Omit<PageBase, 'title'> & StrategyPage);

export interface BriefingModel {
  scope: BriefingScope;
  /** 令和6年度 (2024) */
  yearLabel: string;
  /** 全市 / 施策の大綱「…」 / 担当課「…」 */
  scopeLabel: string;
  source: BriefingSource;
  sourceLabel: string;
  /** the thresholds the statuses and flags were computed with, as printed: '80%', '70%' */
  near: string;
  under: string;
  pages: BriefingPage[];
}

/** The overview's list: the briefing shows the same ten (ten rows fit a sheet even when every name wraps). */
export const UNDERPERFORMERS_SHOWN = 10;
/** At most this many rows in each of a pillar page's two tables; fewer when long names would run off the sheet. */
export const GAPS_PER_PILLAR = 6;
export const LOW_EXECUTION_PER_PILLAR = 6;

/*
 * Column widths in mm, as briefing.css sets them on a 273 mm wide body (297 mm less 12 mm margins): what text wraps
 * within decides how tall a row prints (./paginate.ts).
 */
/** Zero-cost table: .w-no 11, .w-dept 30, .w-pillar 36, .w-flag 20; the two name columns share the rest. */
const ZERO_COST_MM = { program: 88, activity: 88, department: 30, pillar: 36 };
/** Rows of the zero-cost table on one sheet, in mm: 22 one-line rows and a margin. */
const ZERO_COST_BUDGET_MM = 135;
/** Underperformers table: .w-rank 9, .w-score 14, .w-no 11, .w-program 52, .w-dept 30, .w-pillar 36; reasons the rest. */
const UNDERPERFORMER_MM = { program: 52, department: 30, pillar: 36, reasons: 121 };
/** Rows of the underperformers table on one sheet, in mm (the body less the two-line lede and the table head). */
const UNDERPERFORMERS_BUDGET_MM = 140;
/** Pillar page: .bp-columns 3fr/2fr with a 5 mm gap; gaps' name column = 160.8 − 97, low execution's = 107.2 − 66. */
const GAP_NAME_MM = 63.8;
const EXECUTION_NAME_MM = 41.2;
/** The pillar page's body (168 mm) less the figures, chart caption, headings, table heads and gaps between them. */
const PILLAR_TABLES_BUDGET_MM = 168 - 42;
const PX_MM = 25.4 / 96;

const UNSET = '（未設定）';

/** `optional`: the optional pages chosen (./strategy-pages.ts), printed after the standard ones. */
export function buildBriefingModel(all: AllAnalyses, scope: BriefingScope, source: BriefingSource, optional: StrategyPage[] = []): BriefingModel {
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
  const underperformers = all.underperformers.slice(0, UNDERPERFORMERS_SHOWN).map(
    (p, i): UnderperformerRow => ({
      rank: i + 1,
      // one decimal, as the overview's table shows the score
      score: p.score.toFixed(1),
      sheetNo: p.sheet_no,
      program: p.program ?? '（名称なし）',
      department: p.department ?? '—',
      pillar: p.pillar ?? UNSET,
      reasons: p.reasons,
    }),
  );
  const underPages = pagesByHeight(underperformers, underperformerRowMm, UNDERPERFORMERS_BUDGET_MM);
  underPages.forEach((rows, i) => {
    drafts.push({ kind: 'underperformers', title: '要注意事業', flagged, shown: underperformers.length, part: i + 1, parts: underPages.length, rows });
  });

  for (const p of pillarRows) {
    const inPillar = <T extends { pillar: string | null }>(r: T) => r.pillar === p.pillar;
    const shortfalls = gapRows(all.indicators.filter(inPillar), null).filter((r) => r.gap_share! < 0);
    const low = all.budget.programs
      .filter((b) => inPillar(b) && b.execution_flag === 'under')
      .sort((a, b) => a.execution! - b.execution! || a.sheet_no.localeCompare(b.sheet_no, 'ja', { numeric: true }));
    const goals = policy.filter((g) => g.level === 'goal' && g.pillar === p.pillar).map((g) => groupBar(g.goal ?? UNSET, g));
    const chartHeight = goals.length > 0 ? Math.max(130, 50 + goals.length * 46) : 0;
    const tablesMm = PILLAR_TABLES_BUDGET_MM - chartHeight * PX_MM;
    const gapsShown = firstPage(shortfalls.slice(0, GAPS_PER_PILLAR), gapRowMm, tablesMm);
    const lowShown = firstPage(low.slice(0, LOW_EXECUTION_PER_PILLAR), executionRowMm, tablesMm);
    drafts.push({
      kind: 'pillar',
      title: `施策の大綱 ${p.pillar ?? UNSET}`,
      pillar: p.pillar ?? UNSET,
      figures: headlineFigures(p),
      goals,
      chartHeight,
      shortfalls: shortfalls.length,
      gaps: gapsShown.map((r) => ({
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
      lowExecution: lowShown.map((b) => ({
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
  const zeroPages = pagesByHeight(zero, zeroCostRowMm, ZERO_COST_BUDGET_MM);
  zeroPages.forEach((rows, i) => {
    drafts.push({ kind: 'zero-cost', title: 'ゼロ予算の活動', count: zero.length, part: i + 1, parts: zeroPages.length, rows });
  });

  drafts.push(...optional);

  const pages = drafts.map((d, i) => ({ ...d, number: i + 1, total: drafts.length }) as BriefingPage);
  return {
    scope,
    yearLabel: formatFiscalYear(scope.year),
    scopeLabel: scopeLabel(scope),
    source,
    sourceLabel: sourceLabel(source),
    near: formatThreshold(all.thresholds.near),
    under: formatThreshold(all.thresholds.under),
    pages,
  };
}

export function scopeLabel(scope: Pick<BriefingScope, 'pillar' | 'department' | 'municipalityName'>): string {
  const parts = [scope.pillar ? `施策の大綱「${scope.pillar}」` : null, scope.department ? `担当課「${scope.department}」` : null].filter(Boolean);
  const city = scope.municipalityName ?? null;
  if (city) return parts.length ? `${city}・${parts.join('・')}` : city;
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

function underperformerRowMm(r: UnderperformerRow): number {
  return rowHeightMm([
    [r.program, UNDERPERFORMER_MM.program],
    [r.department, UNDERPERFORMER_MM.department],
    [r.pillar, UNDERPERFORMER_MM.pillar],
    [r.reasons.join('、'), UNDERPERFORMER_MM.reasons],
  ]);
}

function zeroCostRowMm(r: ZeroCostRow): number {
  return rowHeightMm([
    [r.program, ZERO_COST_MM.program],
    [r.activity, ZERO_COST_MM.activity],
    [r.department, ZERO_COST_MM.department],
    [r.pillar, ZERO_COST_MM.pillar],
  ]);
}

/** A gap row stacks program over indicator; its figure cells hold two lines each. */
function gapRowMm(r: IndicatorResult): number {
  const indicator = `${r.indicator ?? '（名称なし）'}${r.direction === 'down' ? '（低いほど良い）' : ''}`;
  return rowHeightForLines(Math.max(2, linesIn(programLabel(r), GAP_NAME_MM) + linesIn(indicator, GAP_NAME_MM)));
}

/** A low-execution row stacks 'No. program' over department. */
function executionRowMm(b: ProgramBudget): number {
  return rowHeightForLines(linesIn(`No.${b.sheet_no} ${b.program ?? '（名称なし）'}`, EXECUTION_NAME_MM) + linesIn(b.department ?? '—', EXECUTION_NAME_MM));
}

/** The rows that fit in `budgetMm` (one at least). */
function firstPage<T>(rows: readonly T[], heightOf: (row: T) => number, budgetMm: number): T[] {
  return pagesByHeight(rows, heightOf, budgetMm)[0]!;
}


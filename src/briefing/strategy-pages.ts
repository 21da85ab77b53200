import type { ProgramChange } from '../analyses/changes';
import { programChanges } from '../analyses/changes';
import type { CostRollup, UnitCost } from '../analyses/costs';
import { costRollup, unitCosts } from '../analyses/costs';
import type { Scope, Thresholds } from '../analyses/scope';
import { sheetQuality, type SheetQuality } from '../analyses/sheet-quality';
import { consolidationCandidates, type SimilarProgram } from '../analyses/similar/similar';
import type { Database } from '../db/database';
import { changeCounts } from '../charts/changes-options';
import { unitCostText } from '../charts/cost-options';
import { signedPercent } from '../charts/gaps-options';
import { flagCounts } from '../charts/quality-options';
import { CHANGE_LABELS, changeDetail } from '../format/change-words';
import { formatMoney, formatNumber, formatPercent } from '../format/ja';
import { FLAG_LABELS } from '../format/quality-reasons';
import { reasonsText, scoreText } from '../format/similar-reasons';
import type { OptionalPage } from './optional-pages';

/**
 * The briefing's optional pages (./optional-pages.ts) as data, every figure formatted: コスト, 前年度からの変化,
 * 類似事業 and シートの質, one A4 page each, their tables cut at a fixed number of rows (with how many more there are).
 * Pure but for loadStrategyPages, which runs only the analyses the chosen pages need.
 */

/** Rows per table: one-line rows of a 168 mm body with figures and a lede above (names that wrap take two lines). */
export const PILLARS_SHOWN = 8;
export const RISING_SHOWN = 5;
export const CHANGES_SHOWN = 12;
export const PAIRS_SHOWN = 10;
export const DEPARTMENTS_SHOWN = 10;

export interface StrategyFigure {
  key: string;
  label: string;
  value: string;
}

export type StrategyPage =
  | {
      kind: 'costs';
      title: string;
      figures: StrategyFigure[];
      pillars: { name: string; programs: string; project: string; personnel: string; total: string; change: string; general: string }[];
      rising: { sheetNo: string; program: string; indicator: string; unitCost: string; change: string }[];
      risingCount: number;
    }
  | {
      kind: 'changes';
      title: string;
      counts: { label: string; n: number }[];
      rows: { change: string; sheetNo: string; program: string; detail: string }[];
      programChanges: number;
    }
  | {
      kind: 'similar';
      title: string;
      rows: { rank: number; program: string; department: string; other: string; otherDepartment: string; score: string; reasons: string }[];
      count: number;
    }
  | {
      kind: 'quality';
      title: string;
      figures: StrategyFigure[];
      departments: { department: string; mean: string; programs: number; flagged: number }[];
      departmentCount: number;
      flags: { label: string; sheets: number }[];
    };

export interface StrategyInputs {
  rollup?: CostRollup[];
  unitCosts?: UnitCost[];
  changes?: ProgramChange[];
  candidates?: SimilarProgram[];
  quality?: SheetQuality;
}

/** Only the analyses the chosen pages need (the similarity of a year is scored once and kept). */
export async function loadStrategyPages(db: Database, scope: Scope, t: Thresholds, pages: readonly OptionalPage[]): Promise<StrategyInputs> {
  const has = (p: OptionalPage) => pages.includes(p);
  return {
    rollup: has('costs') ? await costRollup(db, scope) : undefined,
    unitCosts: has('costs') ? await unitCosts(db, scope) : undefined,
    changes: has('changes') ? await programChanges(db, scope) : undefined,
    candidates: has('similar') ? await consolidationCandidates(db, scope, PAIRS_SHOWN) : undefined,
    quality: has('quality') ? await sheetQuality(db, scope, t) : undefined,
  };
}

const UNSET = '（未設定）';
const PROGRAM_KINDS = new Set(['new', 'ended', 'renamed', 'renumbered', 'department_changed', 'measure_changed', 'money_up', 'money_down']);
const oneDecimal = (v: number) => formatNumber(Math.round(v * 10) / 10);

/** The pages chosen, in OPTIONAL_PAGES order, from the analyses loaded for them. */
export function strategyPages(inputs: StrategyInputs, pages: readonly OptionalPage[]): StrategyPage[] {
  const out: StrategyPage[] = [];
  for (const page of pages) {
    if (page === 'costs' && inputs.rollup && inputs.unitCosts) out.push(costsPage(inputs.rollup, inputs.unitCosts));
    if (page === 'changes' && inputs.changes) out.push(changesPage(inputs.changes));
    if (page === 'similar' && inputs.candidates) out.push(similarPage(inputs.candidates));
    if (page === 'quality' && inputs.quality) out.push(qualityPage(inputs.quality));
  }
  return out;
}

function costsPage(rollup: CostRollup[], units: UnitCost[]): StrategyPage {
  const city = rollup.find((r) => r.level === 'city');
  const rising = units.filter((u) => u.rising_cost_falling_result).sort((a, b) => (b.unit_cost_change ?? 0) - (a.unit_cost_change ?? 0));
  return {
    kind: 'costs',
    title: 'コスト（トータルコスト・成果当たりコスト）',
    figures: [
      { key: 'total', label: 'トータルコスト', value: formatMoney(city?.total_cost) },
      { key: 'project', label: '事業費', value: formatMoney(city?.project_cost) },
      { key: 'personnel', label: '人件費', value: formatMoney(city?.personnel_cost) },
      { key: 'change', label: '前年度比', value: signedPercent(city?.total_cost_change) },
      { key: 'general', label: '一般財源の割合', value: formatPercent(city?.general_fund_share) },
    ],
    pillars: rollup
      .filter((r) => r.level === 'pillar')
      .sort((a, b) => (b.total_cost ?? 0) - (a.total_cost ?? 0))
      .slice(0, PILLARS_SHOWN)
      .map((r) => ({
        name: r.pillar ?? UNSET,
        programs: formatNumber(r.programs),
        project: formatMoney(r.project_cost),
        personnel: formatMoney(r.personnel_cost),
        total: formatMoney(r.total_cost),
        change: signedPercent(r.total_cost_change),
        general: formatPercent(r.general_fund_share),
      })),
    risingCount: rising.length,
    rising: rising.slice(0, RISING_SHOWN).map((u) => ({
      sheetNo: u.sheet_no,
      program: u.program ?? `No.${u.sheet_no}（名称なし）`,
      indicator: u.indicator ?? '（名称なし）',
      unitCost: `${unitCostText(u.unit_cost)}千円／${u.unit ?? '単位'}`,
      change: signedPercent(u.unit_cost_change),
    })),
  };
}

function changesPage(changes: ProgramChange[]): StrategyPage {
  const programLevel = changes.filter((c) => PROGRAM_KINDS.has(c.change));
  return {
    kind: 'changes',
    title: '前年度からの変化',
    counts: changeCounts(changes).map((c) => ({ label: CHANGE_LABELS[c.change].ja, n: c.n })),
    programChanges: programLevel.length,
    rows: programLevel.slice(0, CHANGES_SHOWN).map((c) => ({
      change: CHANGE_LABELS[c.change].ja,
      sheetNo: c.sheet_no ?? c.previous_sheet_no ?? '—',
      program: c.program ?? '（名称なし）',
      detail: changeDetail(c, 'ja'),
    })),
  };
}

function similarPage(candidates: SimilarProgram[]): StrategyPage {
  return {
    kind: 'similar',
    title: '類似事業（統廃合候補）',
    count: candidates.length,
    rows: candidates.slice(0, PAIRS_SHOWN).map((p, i) => ({
      rank: i + 1,
      program: p.program ?? `No.${p.sheet_no}（名称なし）`,
      department: p.department ?? '—',
      other: p.other_program ?? `No.${p.other_sheet_no}（名称なし）`,
      otherDepartment: p.other_department ?? '—',
      score: scoreText(p.score),
      reasons: reasonsText(p, 'ja'),
    })),
  };
}

function qualityPage(q: SheetQuality): StrategyPage {
  const sheets = q.programs.length;
  const flagged = q.programs.filter((p) => p.flags.length > 0).length;
  const mean = sheets ? q.programs.reduce((s, p) => s + p.score, 0) / sheets : null;
  return {
    kind: 'quality',
    title: 'シートの質',
    figures: [
      { key: 'mean', label: '平均点', value: mean === null ? '—' : oneDecimal(mean) },
      { key: 'flagged', label: '指摘のある事業', value: `${formatNumber(flagged)} / ${formatNumber(sheets)}事業` },
      { key: 'flags', label: '指摘の件数', value: `${formatNumber(q.flags.length)}件` },
    ],
    departmentCount: q.departments.length,
    departments: q.departments.slice(0, DEPARTMENTS_SHOWN).map((d) => ({ department: d.department ?? '（担当課なし）', mean: oneDecimal(d.mean_score), programs: d.programs, flagged: d.flagged })),
    flags: flagCounts(q.programs).map((c) => ({ label: FLAG_LABELS[c.flag].ja, sheets: c.sheets })),
  };
}


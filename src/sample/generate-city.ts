/**
 * A deterministic fictional city (みなと市) for the sample dashboard and the benchmarks: five CSV tables, one sheet per
 * program and fiscal year, with every pattern the analyses look for (missed targets, interim targets, zero-cost
 * activities, renamed and renumbered programs, 集計中 …). Pure: the same options always give the same text.
 */
import { CsvTable, toCsv } from './csv';
import { dateLabel, eraShort, fiscalYearLabel, formatFigure, groupDigits, periodLabel } from './format';
import { assignSheetNumbers, buildPrograms, type ActivityModel, type OutcomeModel, type ProgramModel } from './model';
import { keyed } from './prng';
import { SEED_SHEET_NO, SEED_YEAR, seedSheetRows } from './seed-sheet';
import { ACTIVITY_TEXTS, CLOSINGS, CONTEXT_OPENINGS, NEXT_DIRECTIONS, PANDEMIC_TEXT } from './vocabulary';

export interface CityOptions {
  seed: number;
  programs: number;
  /** Fiscal years, e.g. [2020, 2021, 2022, 2023, 2024]. */
  years: number[];
  /** Put the real sheet 124 of FY2024 (常総市, see seed-sheet.ts) in the city. */
  includeSeedSheet?: boolean;
  /**
   * The city's name and 全国地方公共団体コード, written as 団体コード and 団体名 in front of every table's rows
   * (several generated cities then load side by side: src/sample/municipalities.ts). None: no such columns.
   */
  municipality?: { name: string; code: string };
}

/** File name → CSV text (UTF-8 without BOM; writers add the BOM). */
export interface CityFiles {
  [fileName: string]: string;
}

export const HEADERS = {
  sheets: ['年度', 'シートNo', '事業ID', '事務事業名', '課等名', '総合計画', '施策の大綱', '施策の目標', '施策', '施策内容', '根拠法令及び分野別計画等', '事務事業の背景・目的', '事務事業の目標', '作成日'],
  activities: ['年度', 'シートNo', '活動No', '活動名・事業名', '対象年', '担当課', '活動・事業内容', '予算額（千円）', '決算額（千円）'],
  outputs: ['年度', 'シートNo', '活動No', '活動名・事業名', '指標', '単位', '目標値', '翌年度目標値', '実績値'],
  outcomes: ['年度', 'シートNo', '指標名', '単位', '目標値', '目標年度', '実績値', '基準値', '方向'],
  reviews: ['年度', 'シートNo', '業務の振り返り', 'コスト', '活動', '成果', 'その他', '今後の方向性'],
  program_money: ['年度', 'シートNo', '区分', '国庫支出金', '県支出金', '地方債', 'その他', '一般財源', '事業費計', '職員数', '人件費', 'トータルコスト'],
} as const;

type TableName = keyof typeof HEADERS;

// Purposes of keyed draws: each figure of a program-year gets its own independent number.
const enum Slot {
  Created = 1, CreatedDay, ActivityText, Pandemic, Budget, Spend, SpendSize, NextMissing, OutputActual, OutputLate,
  Pending, NotSurveyed, ActualDash, TargetDash, Noise, Reflection, Joiner, Closing, Box, Direction,
  // appended, so the slots above keep their numbers (and the figures drawn with them)
  Opening, OpeningPick, Funding, Staff,
}

/** 総合計画 terms of five years; the seed's 後期基本計画 runs FY2023–2027 (targets for R9). */
function planFor(year: number): { label: string; end: number } {
  const idx = Math.floor((year - 2023) / 5);
  return { label: ((idx % 2) + 2) % 2 === 0 ? '後期基本計画' : '前期基本計画', end: 2023 + 5 * idx + 4 };
}

function pick<T>(items: readonly T[], u: number): T {
  return items[Math.floor(u * items.length)] as T;
}

function round(v: number, decimals: number): number {
  return decimals === 0 ? Math.round(v) : Math.round(v * 10) / 10;
}

type Status = 'achieved' | 'near' | 'missed' | 'none';

const STATUS_TEXT: Record<Status, string> = {
  achieved: '」は目標を達成しました。',
  near: '」は目標をやや下回りました。',
  missed: '」は目標を大きく下回っており、取組の見直しが必要です。',
  none: '」は実績を把握できていないため、把握方法を検討します。',
};

/** Everything fixed for one fiscal year, computed once rather than per sheet. */
interface YearCtx {
  readonly year: number;
  readonly label: string;
  readonly plan: { label: string; end: number };
  readonly planEndLabel: string;
  readonly planEndShort: string;
  readonly rollingPeriod: string;
  readonly oneYearPeriod: string;
  /** Years since the year before the first sheet (1 in the first year). */
  readonly t: number;
  readonly isLast: boolean;
  readonly pandemic: boolean;
}

class CityWriter {
  readonly tables: Record<TableName, CsvTable>;
  constructor(private readonly seed: number, city?: CityOptions['municipality']) {
    const lead: Record<string, string> = city ? { 団体コード: city.code, 団体名: city.name } : {};
    this.tables = {
      sheets: new CsvTable(HEADERS.sheets, lead),
      activities: new CsvTable(HEADERS.activities, lead),
      outputs: new CsvTable(HEADERS.outputs, lead),
      outcomes: new CsvTable(HEADERS.outcomes, lead),
      reviews: new CsvTable(HEADERS.reviews, lead),
      program_money: new CsvTable(HEADERS.program_money, lead),
    };
  }

  program(p: ProgramModel, y: YearCtx, no: string): void {
    const seed = this.seed;
    const key = p.key;
    const year = y.year;
    const m = p.measure;
    const name = p.renameYear !== null && year >= p.renameYear ? p.newName : p.name;
    const created = dateLabel(
      year + 1,
      4 + Math.floor(keyed(seed, key, year, Slot.Created) * 3),
      1 + Math.floor(keyed(seed, key, year, Slot.CreatedDay) * 28),
    );
    // most years the 背景・目的 opens with words of that year; some years it is kept as it was
    const opening = keyed(seed, key, year, Slot.Opening) < 0.8 ? pick(CONTEXT_OPENINGS, keyed(seed, key, year, Slot.OpeningPick)) : p.opening;
    this.tables.sheets.add([
      y.label, no, p.id, name, p.department, y.plan.label, m.pillar, m.goal, m.measure, m.def.detail, p.legal,
      opening + p.backgroundRest, p.objective, created,
    ]);

    let n = 0;
    let firstActivity = '';
    let spent: number | null = null;
    for (const a of p.activities) {
      if (a.onlyYear !== null && a.onlyYear !== year) continue;
      n++;
      if (firstActivity === '') firstActivity = a.name;
      const spend = this.activity(p, a, n, y, no);
      if (spend !== null) spent = (spent ?? 0) + spend;
    }
    if (spent !== null) this.money(p, y, no, spent);
    let status: Status = 'none';
    for (let i = 0; i < p.outcomes.length; i++) {
      const s = this.outcome(p, p.outcomes[i] as OutcomeModel, i, y, no);
      if (i === 0) status = s;
    }

    const firstOutcome = (p.outcomes[0] as OutcomeModel).name;
    const joiner = keyed(seed, key, year, Slot.Joiner) < 0.08 ? '\n' : '';
    // planted (plants.ts): the same words every year, only the year changed
    const reflection = p.copiedReflection
      ? `${y.label}は、${firstActivity}などに取り組みました。成果指標「${firstOutcome}」の状況を確認しました。` + pick(CLOSINGS, keyed(seed, key, 0, Slot.Closing))
      : `${y.label}は、${firstActivity}などに取り組みました。${joiner}成果指標「${firstOutcome}${STATUS_TEXT[status]}` +
        pick(CLOSINGS, keyed(seed, key, year, Slot.Closing));
    const boost = status === 'missed' ? 0.3 : 0;
    const box = (i: number, share: number) => (keyed(seed, key, year, Slot.Box * 16 + i) < share ? '☑' : '☐');
    this.tables.reviews.add([
      y.label, no, reflection, box(0, 0.2), box(1, 0.4 + boost), box(2, 0.35 + boost), box(3, 0.12),
      pick(NEXT_DIRECTIONS, keyed(seed, key, year, Slot.Direction)),
    ]);
  }

  /**
   * The program's money as a whole (事業費: 決算), as many cities add it to the sheet: the activities' spend as the
   * project cost, split by funding source, and the staff time as personnel cost (8,000千円 a person-year). Only where
   * an activity states its spend, so the analyses that count a sheet's money by activity read the same figures.
   */
  private money(p: ProgramModel, y: YearCtx, no: string, spent: number): void {
    const u = (k: number) => keyed(this.seed, p.key, k, Slot.Funding);
    // a program keeps its funding scheme from year to year: a national or prefectural subsidy, bonds for works
    const national = u(1) < 0.35 ? Math.round(spent * (u(2) < 0.5 ? 1 / 2 : 1 / 3)) : 0;
    const prefectural = u(3) < 0.3 ? Math.round((spent - national) * 0.25) : 0;
    const bonds = u(4) < 0.08 ? Math.round((spent - national - prefectural) * 0.75) : 0;
    const other = u(5) < 0.15 ? Math.round((spent - national - prefectural - bonds) * 0.1) : 0;
    const general = spent - national - prefectural - bonds - other;
    const staff = Math.round((0.2 + 2.8 * u(6)) * (0.9 + 0.2 * keyed(this.seed, p.key, y.year, Slot.Staff)) * 10) / 10;
    const personnel = Math.round(staff * 8000);
    this.tables.program_money.add([
      y.label, no, '決算', groupDigits(national), groupDigits(prefectural), groupDigits(bonds), groupDigits(other),
      groupDigits(general), groupDigits(spent), formatFigure(staff, 1), groupDigits(personnel), groupDigits(spent + personnel),
    ]);
  }

  /** Writes the activity and its outputs; returns its spend in 千円 (0 for a zero-cost one, null when not stated). */
  private activity(p: ProgramModel, a: ActivityModel, n: number, y: YearCtx, no: string): number | null {
    const seed = this.seed;
    const key = p.key;
    const year = y.year;
    const activityNo = String(n);
    const name = a.leadInName ? `${a.name} 【${a.lead}】` : a.name;
    const yearsIn = y.t - 1;

    let firstActual = '';
    for (let j = 0; j < a.outputs.length; j++) {
      const o = a.outputs[j]!;
      const slot = n * 16 + j;
      const easedNow = o.easeYear !== null && year >= o.easeYear ? o.easeFactor : 1;
      const easedNext = o.easeYear !== null && year + 1 >= o.easeYear ? o.easeFactor : 1;
      const target = outputTarget(o.base * easedNow, o.growth, o.decimals, o.unit, yearsIn);
      let next = '—';
      if (a.onlyYear === null && keyed(seed, key, year, Slot.NextMissing * 256 + slot) >= 0.02) {
        next = formatFigure(outputTarget(o.base * easedNext, o.growth, o.decimals, o.unit, yearsIn + 1), o.decimals);
      }
      let actual = '';
      if (o.hasActuals && !(y.isLast && keyed(seed, key, year, Slot.OutputLate * 256 + slot) < 0.3)) {
        let v = target * (0.6 + 0.7 * keyed(seed, key, year, Slot.OutputActual * 256 + slot));
        if (o.unit === '%' && v > 100) v = 100;
        actual = formatFigure(round(v, o.decimals), o.decimals);
        if (j === 0) firstActual = `${o.name}は${actual}${o.unit}でした。`;
      }
      this.tables.outputs.add([y.label, no, activityNo, name, o.name, o.unit, formatFigure(target, o.decimals), next, actual]);
    }

    const u = keyed(seed, key, year, Slot.ActivityText * 16 + n);
    let text = pick(ACTIVITY_TEXTS, u)(y.label, a.name, 4 + Math.floor(u * 6));
    if (y.pandemic && keyed(seed, key, year, Slot.Pandemic * 16 + n) < 0.35) text += PANDEMIC_TEXT;
    text += firstActual;

    let budget = '';
    let spend = '';
    let spent: number | null = null;
    if (a.cost === 'zero') {
      budget = '0 千円';
      spend = '0 千円';
      spent = 0;
    } else if (a.cost === 'normal') {
      const drift = Math.pow(1 + a.drift, yearsIn) * (0.95 + 0.1 * keyed(seed, key, year, Slot.Budget * 16 + n));
      const b = Math.max(1, Math.round(a.budget * drift));
      const r = keyed(seed, key, year, Slot.Spend * 16 + n);
      const size = keyed(seed, key, year, Slot.SpendSize * 16 + n);
      // Most activities spend 72–99% of budget; some under 70% (見直し, 入札差金), a few over (流用, 予備費充用).
      const ratio = r < 0.08 ? 0.4 + 0.29 * size : r < 0.14 ? 1.01 + 0.19 * size : 0.72 + 0.27 * size;
      budget = groupDigits(b);
      spent = Math.round(b * ratio);
      spend = groupDigits(spent);
    }
    const period = a.onlyYear !== null ? y.oneYearPeriod : y.rollingPeriod;
    this.tables.activities.add([y.label, no, activityNo, name, period, a.leadInName ? '' : a.lead, text, budget, spend]);
    return spent;
  }

  private outcome(p: ProgramModel, o: OutcomeModel, i: number, y: YearCtx, no: string): Status {
    const seed = this.seed;
    const key = p.key;
    const year = y.year;
    if (o.easy) return this.easyOutcome(p, o, i, y, no);
    const tp = o.planForm === 'none' ? y.t : y.t + (y.plan.end - year);
    let target = outcomeValue(o, o.ambition, tp);
    if (o.easeYear !== null && year >= o.easeYear) target *= o.up ? 0.85 : 1.15;
    if (o.unit === '%' && target > 100) target = 100;
    target = round(target, o.decimals);
    let actual = outcomeValue(o, o.rate, y.t) * (1 + (keyed(seed, key, year, Slot.Noise * 16 + i) - 0.5) * 0.12);
    if (o.unit === '%' && actual > 100) actual = 100;
    actual = round(actual, o.decimals);

    const targetFigure = formatFigure(target, o.decimals);
    let targetCell = o.planForm === 'embedded' ? `${y.planEndShort}年度 ${targetFigure}${o.unit}` : targetFigure;
    let targetYear = o.planForm === 'column' ? y.planEndLabel : '';
    let actualCell = formatFigure(actual, o.decimals);
    let measured = false;
    if (y.isLast && keyed(seed, key, year, Slot.Pending * 16 + i) < 0.05) actualCell = '集計中';
    else if (o.survey && keyed(seed, key, year, Slot.NotSurveyed * 16 + i) < 0.12) actualCell = '調査未実施';
    else if (keyed(seed, key, year, Slot.ActualDash * 16 + i) < 0.02) actualCell = '—';
    else measured = true;
    if (keyed(seed, key, year, Slot.TargetDash * 16 + i) < 0.012) {
      targetCell = '—';
      targetYear = '';
      measured = false;
    }
    const baseline = o.showBaseline ? formatFigure(round(o.base, o.decimals), o.decimals) : '';
    this.tables.outcomes.add([y.label, no, o.name, o.unit, targetCell, targetYear, actualCell, baseline, o.direction]);
    if (!measured || target <= 0 || actual <= 0) return 'none';
    const rate = o.up ? actual / target : target / actual;
    return rate >= 1 ? 'achieved' : rate >= 0.8 ? 'near' : 'missed';
  }

  /**
   * A planted easy target (plants.ts): the target stays at the baseline, lowered by 5% in the last year, and the
   * actual beats it by 6–14% every year — achieved every year with an unchanged or lowered target.
   */
  private easyOutcome(p: ProgramModel, o: OutcomeModel, i: number, y: YearCtx, no: string): Status {
    const sign = o.up ? 1 : -1;
    const target = round(y.isLast ? o.base * (1 - sign * 0.05) : o.base, o.decimals);
    let actual = round(target * (1 + sign * (0.06 + 0.08 * keyed(this.seed, p.key, y.year, Slot.Noise * 16 + i))), o.decimals);
    if (o.unit === '%' && actual > 100) actual = 100;
    // rounding can bring a small figure back to the target: nudge it past, the plant must be achieved
    if (o.up ? actual < target : actual > target) actual = target;
    const baseline = o.showBaseline ? formatFigure(round(o.base, o.decimals), o.decimals) : '';
    this.tables.outcomes.add([y.label, no, o.name, o.unit, formatFigure(target, o.decimals), '', formatFigure(actual, o.decimals), baseline, o.direction]);
    return 'achieved';
  }

  rows(rows: string[][], table: TableName): void {
    for (const r of rows) this.tables[table].add(r);
  }
}

function outcomeValue(o: OutcomeModel, rate: number, t: number): number {
  const headroom = o.up && o.unit === '%' ? 100 - o.base : o.base;
  let v = o.base + (o.up ? 1 : -1) * headroom * rate * t;
  if (v < 0) v = 0;
  if (o.unit === '%' && v > 100) v = 100;
  return v;
}

function outputTarget(base: number, growth: number, decimals: number, unit: string, k: number): number {
  let v = base * Math.pow(1 + growth, k);
  if (unit === '%' && v > 100) v = 100;
  return decimals === 0 ? Math.max(1, Math.round(v)) : Math.round(v * 10) / 10;
}

export function generateCity(opts: CityOptions): CityFiles {
  const years = [...new Set(opts.years)].sort((a, b) => a - b);
  const first = years[0] ?? SEED_YEAR;
  const last = years[years.length - 1] ?? SEED_YEAR;
  const withSeed = opts.includeSeedSheet === true && years.includes(SEED_YEAR);
  const programs = buildPrograms(opts.seed, Math.max(0, Math.floor(opts.programs)), years);
  const numbers = assignSheetNumbers(opts.seed, programs.length, years, withSeed ? { year: SEED_YEAR, no: SEED_SHEET_NO } : null);
  const writer = new CityWriter(opts.seed, opts.municipality);
  const addSeed = (label: string) => {
    const seedRows = seedSheetRows(label);
    for (const table of Object.keys(HEADERS) as TableName[]) writer.rows(seedRows[table as keyof typeof seedRows] ?? [], table);
  };

  for (const year of years) {
    const plan = planFor(year);
    const y: YearCtx = {
      year,
      label: fiscalYearLabel(year),
      plan,
      planEndLabel: fiscalYearLabel(plan.end),
      planEndShort: eraShort(plan.end),
      rollingPeriod: periodLabel([year, year + 1, year + 2]),
      oneYearPeriod: periodLabel([year]),
      t: year - first + 1,
      isLast: year === last,
      pandemic: year === 2020 || year === 2021,
    };
    const nos = numbers.get(year) ?? new Int32Array(0);
    const order = programs.map((_, i) => i).sort((a, b) => (nos[a] as number) - (nos[b] as number));
    let seedPending = withSeed && year === SEED_YEAR;
    for (const i of order) {
      const no = nos[i] as number;
      if (seedPending && no > SEED_SHEET_NO) {
        addSeed(y.label);
        seedPending = false;
      }
      writer.program(programs[i] as ProgramModel, y, String(no));
    }
    if (seedPending) addSeed(y.label);
  }

  const t = writer.tables;
  return {
    'sheets.csv': t.sheets.toString(),
    'activities.csv': t.activities.toString(),
    'outputs.csv': t.outputs.toString(),
    'outcomes.csv': t.outcomes.toString(),
    'reviews.csv': t.reviews.toString(),
    'program_money.csv': t.program_money.toString(),
  };
}

export { toCsv };

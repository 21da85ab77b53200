/**
 * The year-independent model of the sample city's programs: what each program is, which activities and indicators
 * it has and how its figures move. generate-city.ts turns a model into one sheet per program and year.
 */
import { keyed, Rng } from './prng';
import { flattenTree, type MeasureRef } from './policy-tree';
import { plantPrograms } from './plants';
import { ACTIVITY_KINDS, CONTEXT_OPENINGS, DISTRICTS, GENERAL_LEAD_DEPARTMENTS, NAME_SUFFIXES, type ActivityKind } from './vocabulary';

/** Names the import infers as lower-is-better without a 方向 cell (the design's keyword list, plus ごみ排出量). */
export const INFERRED_DOWN = /転出|死亡|事故|待機児童|不登校|苦情|削減|ごみ排出量/;

export interface OutcomeModel {
  readonly name: string;
  readonly unit: string;
  readonly decimals: number;
  readonly up: boolean;
  readonly survey: boolean;
  /** The value in the year before the first sheet. */
  readonly base: number;
  /** Favourable change per year, as a share of base (or of the headroom to 100 for % indicators going up). */
  readonly rate: number;
  /** How fast the target moves, same scale as rate. */
  readonly ambition: number;
  /** From this fiscal year on the target is eased (lowered for up, raised for down). */
  readonly easeYear: number | null;
  /** none: a target for the sheet's own year; embedded: `R9年度 2,700人`; column: 目標年度 holds the plan year. */
  readonly planForm: 'none' | 'embedded' | 'column';
  readonly direction: '' | '高いほど良い' | '低いほど良い';
  readonly showBaseline: boolean;
  /** Planted (./plants.ts): achieved every year against a target kept flat, then lowered — a target too easy. */
  readonly easy: boolean;
}

export interface OutputModel {
  readonly name: string;
  readonly unit: string;
  readonly decimals: number;
  readonly base: number;
  readonly growth: number;
  readonly easeYear: number | null;
  readonly easeFactor: number;
  readonly hasActuals: boolean;
}

export interface ActivityModel {
  readonly name: string;
  readonly lead: string;
  /** Lead department written inside the name as `【〇〇課】`, as some sheets do. */
  readonly leadInName: boolean;
  /** A one-year activity (period `R6`, next-year targets `—`); null: runs every year. */
  readonly onlyYear: number | null;
  readonly cost: 'normal' | 'zero' | 'unstated';
  readonly budget: number;
  readonly drift: number;
  readonly outputs: readonly OutputModel[];
}

export interface ProgramModel {
  readonly key: number;
  /** `P0001`…, or '' for a program listed without 事業ID (followed across years by its name). */
  id: string;
  readonly measure: MeasureRef;
  readonly department: string;
  readonly theme: string;
  readonly name: string;
  readonly renameYear: number | null;
  readonly newName: string;
  readonly legal: string;
  /** The first year's 背景・目的: an opening, then backgroundRest. Later years may open differently (generate-city.ts). */
  readonly background: string;
  readonly opening: string;
  readonly backgroundRest: string;
  readonly objective: string;
  readonly activities: readonly ActivityModel[];
  readonly outcomes: readonly OutcomeModel[];
  /** Planted (./plants.ts): the 事業ID of the program this one nearly duplicates, in another department. */
  readonly twinOf: string | null;
  /** Planted: the same reflection every year, only its year changed. */
  readonly copiedReflection: boolean;
}

const GENERIC_OUTCOMES = ['事業に対する市民満足度|%|up|40|70|s', '事業の認知度|%|up|20|60|s'];

function decimalsFor(unit: string): number {
  return unit === '%' || unit === '年' ? 1 : 0;
}

function parseSpec(spec: string): string[] {
  return spec.split('|');
}

function uniqueName(rng: Rng, measure: MeasureRef, used: Set<string>): { theme: string; name: string } {
  const themes = measure.def.themes;
  let theme = rng.pick(themes);
  for (let attempt = 0; attempt < 12; attempt++) {
    theme = rng.pick(themes);
    const suffix = rng.pick(NAME_SUFFIXES);
    // 就労支援 + 支援事業 would read 就労支援支援事業.
    if (suffix !== '事業' && theme.endsWith(suffix.slice(0, 2))) continue;
    const name = theme + suffix;
    if (!used.has(name)) return { theme, name };
  }
  for (let n = 0; ; n++) {
    const district = DISTRICTS[n % DISTRICTS.length] as string;
    const round = Math.floor(n / DISTRICTS.length);
    const name = `${theme}事業（${district}${round > 0 ? `その${round + 1}` : ''}）`;
    if (!used.has(name)) return { theme, name };
  }
}

function renamed(rng: Rng, theme: string, name: string, used: Set<string>): string {
  const candidates = [
    ...NAME_SUFFIXES.map((s) => theme + s),
    `${theme}総合推進事業`,
    `みなと${name}`,
    `新${name}`,
  ].filter((n) => n !== name && !used.has(n));
  return candidates.length > 0 ? rng.pick(candidates) : `${name}（改）`;
}

function buildOutcome(rng: Rng, spec: string, years: readonly number[]): OutcomeModel {
  const [name = '', unit = '', dir = 'up', low = '0', high = '1', flags = ''] = parseSpec(spec);
  const up = dir === 'up';
  const decimals = decimalsFor(unit);
  const lo = Number(low);
  const hi = Number(high);
  const base = decimals > 0 ? Math.round(rng.range(lo, hi) * 10) / 10 : Math.round(rng.range(lo, hi));
  const planRoll = rng.float();
  const planForm = planRoll < 0.14 ? 'embedded' : planRoll < 0.26 ? 'column' : 'none';
  let direction: OutcomeModel['direction'] = '';
  if (!up) direction = INFERRED_DOWN.test(name) && rng.chance(0.55) ? '' : '低いほど良い';
  else if (rng.chance(0.12)) direction = '高いほど良い';
  return {
    name,
    unit,
    decimals,
    up,
    survey: flags.includes('s'),
    base,
    rate: rng.range(-0.035, 0.06),
    ambition: rng.range(0.005, 0.07),
    easeYear: years.length > 1 && rng.chance(0.16) ? rng.pick(years.slice(1)) : null,
    planForm,
    direction,
    showBaseline: rng.chance(planForm === 'none' ? 0.3 : 0.7),
    easy: false,
  };
}

function buildOutput(rng: Rng, spec: string, years: readonly number[]): OutputModel {
  const [name = '', unit = '', low = '1', high = '10'] = parseSpec(spec);
  const decimals = decimalsFor(unit);
  return {
    name,
    unit,
    decimals,
    base: rng.range(Number(low), Number(high)),
    growth: rng.range(-0.01, 0.06),
    easeYear: years.length > 1 && rng.chance(0.12) ? rng.pick(years.slice(1)) : null,
    easeFactor: rng.range(0.6, 0.85),
    hasActuals: rng.chance(0.3),
  };
}

function buildActivity(
  rng: Rng, kind: ActivityKind, theme: string, leads: readonly string[], years: readonly number[], oneOff: boolean,
): ActivityModel {
  const costRoll = rng.float();
  const cost = costRoll < kind.zeroCostShare * 0.6 + 0.03 ? 'zero' : costRoll > 0.95 ? 'unstated' : 'normal';
  const lead = leads.length > 0 && rng.chance(0.14) ? rng.pick(leads) : '';
  const outputSpecs = kind.outputs.length > 1 && rng.chance(0.45) ? kind.outputs : kind.outputs.slice(0, 1);
  return {
    name: kind.label(theme),
    lead,
    leadInName: lead !== '' && rng.chance(0.25),
    onlyYear: oneOff ? rng.pick(years) : null,
    cost,
    // Log-uniform 100 .. 60,000 千円: most activities are small, a few carry the budget.
    budget: Math.exp(rng.range(Math.log(100), Math.log(60000))),
    drift: rng.range(-0.05, 0.08),
    outputs: outputSpecs.map((s) => buildOutput(rng, s, years)),
  };
}

/** Departments of the same pillar, plus a few that join in anywhere: who plausibly co-runs an activity. */
function leadCandidates(measures: readonly MeasureRef[]): Map<string, string[]> {
  const byPillar = new Map<string, Set<string>>();
  for (const m of measures) {
    const set = byPillar.get(m.pillar) ?? new Set<string>();
    for (const d of m.def.departments) set.add(d);
    byPillar.set(m.pillar, set);
  }
  const out = new Map<string, string[]>();
  for (const [pillar, set] of byPillar) out.set(pillar, [...set, ...GENERAL_LEAD_DEPARTMENTS]);
  return out;
}

export function buildPrograms(seed: number, count: number, years: readonly number[]): ProgramModel[] {
  const measures = flattenTree();
  const setup = new Rng(seed ^ 0x5eed);
  const used = new Set<string>();
  const leadsByPillar = leadCandidates(measures);
  const kindsByMeasure = measures.map((m) => ACTIVITY_KINDS.filter((k) => k.fits === undefined || k.fits.test(m.def.name)));
  const programs: ProgramModel[] = [];
  for (let i = 0; i < count; i++) {
    // Every measure gets a program before any gets a second, so the policy tree has no empty branches.
    const measure = i < measures.length ? (measures[i] as MeasureRef) : setup.pick(measures);
    const rng = new Rng(Math.floor(keyed(seed, i, 0x70726f67, 0) * 4294967296));
    const def = measure.def;
    const { theme, name } = uniqueName(setup, measure, used);
    used.add(name);
    const department = rng.pick(def.departments);
    const hasId = !rng.chance(0.05);
    const renameYear = hasId && years.length > 1 && rng.chance(0.07) ? rng.pick(years.slice(1)) : null;
    const newName = renameYear === null ? name : renamed(setup, theme, name, used);
    used.add(newName);

    const outcomeCount = rng.int(1, 3);
    const pool = [...def.outcomes, ...GENERIC_OUTCOMES];
    const specs = rng.sample(def.outcomes, Math.min(outcomeCount, def.outcomes.length));
    if (specs.length < outcomeCount) specs.push(...rng.sample(pool.slice(def.outcomes.length), outcomeCount - specs.length));
    const outcomes = specs.map((s) => buildOutcome(rng, s, years));

    // Distinct kinds, so a sheet never lists the same activity twice; now and then one more that runs one year only.
    const leads = (leadsByPillar.get(measure.pillar) ?? []).filter((d) => d !== department);
    const steady = rng.int(1, 4);
    const oneOff = rng.chance(0.18);
    const kinds = rng.sample(kindsByMeasure[measure.order] ?? ACTIVITY_KINDS, steady + (oneOff ? 1 : 0));
    const activities = kinds.map((kind, a) =>
      buildActivity(rng, kind, theme, leads, years, oneOff && a > 0 && a === kinds.length - 1),
    );

    const first = outcomes[0] as OutcomeModel;
    const verb = first.up ? (first.unit === '%' ? '向上' : '増加') : first.unit === '%' ? '低下' : '減少';
    const opening = rng.pick(CONTEXT_OPENINGS);
    // Excel keeps a line break typed inside a cell (Alt+Enter) as LF within a quoted cell.
    const joiner = rng.chance(0.1) ? '\n' : rng.chance(0.3) ? '　' : '';
    const backgroundRest = `${def.detail}が求められています。${joiner}本市では、${theme}を通じて「${measure.goal.slice(2)}」の実現を目指しています。`;
    programs.push({
      key: i,
      // The real id is given below, once programs are in policy order; '' marks a program without 事業ID.
      id: hasId ? '?' : '',
      measure,
      department,
      theme,
      name,
      renameYear,
      newName,
      legal: rng.chance(0.12) ? '—' : def.legal,
      background: opening + backgroundRest,
      opening,
      backgroundRest,
      objective: `${theme}の取組を充実させ、${first.name}の${verb}を目指します。`,
      activities,
      outcomes,
      twinOf: null,
      copiedReflection: false,
    });
  }
  // Ids in policy order, as a city numbers programs when it first lists them.
  const width = Math.max(4, String(count).length);
  const ordered = programs.slice().sort((a, b) => a.measure.order - b.measure.order || a.key - b.key);
  ordered.forEach((p, n) => {
    if (p.id !== '') p.id = `P${String(n + 1).padStart(width, '0')}`;
  });
  return plantPrograms(ordered, seed, used);
}

/**
 * Sheet numbers per year. Numbers follow policy order in the first year; later years swap a few pairs and move a few
 * programs to new numbers at the end, as cities renumber when programs are reorganised. `reserved` keeps one number
 * free in one year (the seed sheet's No.124 in FY2024).
 */
export function assignSheetNumbers(
  seed: number,
  count: number,
  years: readonly number[],
  reserved: { year: number; no: number } | null,
): Map<number, Int32Array> {
  const rng = new Rng(seed ^ 0x0b0b);
  const current = new Int32Array(count);
  for (let i = 0; i < count; i++) current[i] = i + 1;
  let next = count + 1;
  const out = new Map<number, Int32Array>();
  years.forEach((year, k) => {
    if (k > 0 && count > 1) {
      const moves = Math.max(1, Math.round(count * 0.025));
      for (let m = 0; m < moves; m++) {
        const a = rng.int(0, count - 1);
        if (rng.chance(0.5)) {
          const b = rng.int(0, count - 1);
          const t = current[a] as number;
          current[a] = current[b] as number;
          current[b] = t;
        } else {
          current[a] = next++;
        }
      }
    }
    if (reserved !== null && reserved.year === year) {
      const holder = current.indexOf(reserved.no);
      if (holder >= 0) current[holder] = next++;
    }
    out.set(year, current.slice());
  });
  return out;
}

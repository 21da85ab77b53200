/**
 * Known answers planted in the sample city, for the analyses that judge sheets and programs to prove themselves on:
 * - twins: a program of another department (under the same 施策の目標, else the same 施策の大綱) rewritten as a near
 *   copy of one program — its theme, a name of the same theme, the 背景・目的 and 目標, the activities and the outcome
 *   indicators — the duplicates 類似事業 must find (precision at 10);
 * - easy targets: the first outcome achieved every year against a target kept flat, then lowered (シートの質);
 * - copied reflections: the same 振り返り every year, only its year changed (シートの質).
 * Drawn from their own seeded generator after every program is built, so the programs not chosen stay exactly as
 * they were; each plant goes to a program with a 事業ID, none twice.
 */
import type { ProgramModel } from './model';
import { Rng } from './prng';
import { DISTRICTS, NAME_SUFFIXES } from './vocabulary';

/** Shares of the programs: 12 twins, 8 easy targets and 8 copied reflections among the sample's 160. */
const TWIN_SHARE = 0.075;
const EASY_SHARE = 0.05;
const COPIED_SHARE = 0.05;

function twinName(theme: string, original: string, used: Set<string>): string {
  for (const suffix of NAME_SUFFIXES) {
    const name = theme + suffix;
    if (name !== original && !used.has(name) && !(suffix !== '事業' && theme.endsWith(suffix.slice(0, 2)))) return name;
  }
  for (let n = 0; ; n++) {
    const name = `${theme}事業（${DISTRICTS[n % DISTRICTS.length]}${n >= DISTRICTS.length ? `その${Math.floor(n / DISTRICTS.length) + 1}` : ''}）`;
    if (!used.has(name)) return name;
  }
}

/** `twin` rewritten as a near copy of `of`, keeping its own key, 事業ID, department and place in the policy tree. */
function twinOf(of: ProgramModel, twin: ProgramModel, used: Set<string>): ProgramModel {
  const name = twinName(of.theme, of.name, used);
  used.add(name);
  return {
    ...twin,
    theme: of.theme,
    name,
    renameYear: null,
    newName: name,
    legal: of.legal,
    background: of.background,
    opening: of.opening,
    backgroundRest: of.backgroundRest,
    objective: of.objective,
    activities: of.activities.map((a) => ({ ...a, lead: a.lead === twin.department ? '' : a.lead, leadInName: a.lead === twin.department ? false : a.leadInName })),
    outcomes: of.outcomes,
    twinOf: of.id,
  };
}

export function plantPrograms(programs: ProgramModel[], seed: number, used: Set<string>): ProgramModel[] {
  const rng = new Rng(seed ^ 0x91a47);
  const out = programs.slice();
  const taken = new Set<number>();
  const withId = () => out.map((p, i) => i).filter((i) => out[i]!.id !== '' && !taken.has(i));

  const twins = Math.round(out.length * TWIN_SHARE);
  for (const i of rng.sample(withId(), withId().length)) {
    if (taken.size >= twins * 2) break;
    if (taken.has(i)) continue;
    const a = out[i]!;
    const free = withId().filter((j) => j !== i && out[j]!.department !== a.department);
    const sameGoal = free.filter((j) => out[j]!.measure.pillar === a.measure.pillar && out[j]!.measure.goal === a.measure.goal);
    const samePillar = free.filter((j) => out[j]!.measure.pillar === a.measure.pillar);
    const pool = sameGoal.length > 0 ? sameGoal : samePillar;
    if (pool.length === 0) continue;
    const j = rng.pick(pool);
    out[j] = twinOf(a, out[j]!, used);
    taken.add(i);
    taken.add(j);
  }

  for (const i of rng.sample(withId(), Math.round(out.length * EASY_SHARE))) {
    const p = out[i]!;
    const [first, ...rest] = p.outcomes;
    if (first === undefined) continue;
    // a target for the sheet's own year, never eased by chance: the plant alone decides it
    out[i] = { ...p, outcomes: [{ ...first, easy: true, planForm: 'none', easeYear: null }, ...rest] };
    taken.add(i);
  }
  for (const i of rng.sample(withId(), Math.round(out.length * COPIED_SHARE))) {
    out[i] = { ...out[i]!, copiedReflection: true };
    taken.add(i);
  }
  return out;
}

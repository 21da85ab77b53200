import type { Thresholds } from '../analyses/scope';
import { isValidPercent, parsePercentText, THRESHOLD_NAMES, THRESHOLD_RULES, thresholdsFromPercents, type ThresholdPercents } from '../analyses/thresholds';

/** A tiny argument reader shared by the commands: positional paths, `--flag`, `--key value`. */
export interface ParsedArgs {
  paths: string[];
  flags: Set<string>;
  values: Map<string, string>;
}

export class UsageError extends Error {}

export function parseArgs(argv: readonly string[], valued: readonly string[] = [], flags: readonly string[] = []): ParsedArgs {
  const out: ParsedArgs = { paths: [], flags: new Set(), values: new Map() };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (!a.startsWith('--')) out.paths.push(a);
    else if (valued.includes(a.slice(2))) {
      const v = argv[++i];
      if (v === undefined) throw new UsageError(`${a} には値が必要です`);
      out.values.set(a.slice(2), v);
    } else if (flags.includes(a.slice(2))) out.flags.add(a.slice(2));
    else throw new UsageError(`不明なオプション: ${a}`);
  }
  return out;
}

/** --year, --pillar, --department as an analysis scope (year null: the latest year in the data, decided later). */
export interface CliScope {
  year: number | null;
  pillar: string | null;
  department: string | null;
}

export const SCOPE_OPTIONS = ['year', 'pillar', 'department'] as const;

export function readScopeArgs(args: ParsedArgs): CliScope {
  const y = args.values.get('year');
  let year: number | null = null;
  if (y !== undefined) {
    year = Number(y);
    if (!Number.isInteger(year)) throw new UsageError(`--year は西暦の年度で指定してください（例: 2024）: ${y}`);
  }
  return { year, pillar: args.values.get('pillar') ?? null, department: args.values.get('department') ?? null };
}

/** The scope as runAllAnalyses takes it, without null fields (so `--json` prints only what was asked). */
export function scopeOf(s: CliScope & { year: number | null }): { year: number | null; pillar?: string; department?: string } {
  return { year: s.year, ...(s.pillar !== null && { pillar: s.pillar }), ...(s.department !== null && { department: s.department }) };
}

/** --near 75 --under 60 --over 120: the evaluation thresholds in percent, as in the app's URL (?near=75). */
export const THRESHOLD_OPTIONS = ['near', 'under', 'over'] as const;
export const THRESHOLD_USAGE = '[--near 80] [--under 70] [--over 100]';

/**
 * The thresholds asked for, defaults for the others. Unlike the app's URL (where a bad value is ignored), a bad value
 * here stops the command: a briefing printed with 80% when 75% was typed would be worse than no briefing.
 */
export function readThresholdArgs(args: ParsedArgs): Thresholds {
  const percents: Partial<ThresholdPercents> = {};
  for (const name of THRESHOLD_NAMES) {
    const text = args.values.get(name);
    if (text === undefined) continue;
    const pct = parsePercentText(text);
    if (pct === null || !isValidPercent(name, pct)) {
      throw new UsageError(`--${name} はパーセントの数値で、${THRESHOLD_RULES[name].ja}としてください（例: --${name} ${name === 'over' ? 120 : 75}）: ${text}`);
    }
    percents[name] = pct;
  }
  return thresholdsFromPercents(percents);
}

import { DEFAULT_THRESHOLDS, type Thresholds } from './scope';

/**
 * The thresholds as people write them — percents ('75', '62.5') in the URL, the filter bar and the command line —
 * and the one set of rules for which values make sense. The analyses take ratios (0.75).
 */
export type ThresholdName = keyof Thresholds;
export const THRESHOLD_NAMES: readonly ThresholdName[] = ['near', 'under', 'over'];

/** Percents per threshold; null = not set (the default applies). */
export type ThresholdPercents = Record<ThresholdName, number | null>;

/**
 * What each threshold may be, in percent. near < 100: at 100% nothing could be 'near' (100% is achieved).
 * under ≤ 100: 'below 100%' still means something (every unspent yen). over ≥ 100: spending below the budget is never over.
 */
const VALID: Record<ThresholdName, (pct: number) => boolean> = {
  near: (p) => p > 0 && p < 100,
  under: (p) => p > 0 && p <= 100,
  over: (p) => p >= 100,
};

/** The rule in words, for the filter bar's and the command line's messages. */
export const THRESHOLD_RULES: Record<ThresholdName, { ja: string; en: string }> = {
  near: { ja: '0より大きく100未満', en: 'more than 0 and less than 100' },
  under: { ja: '0より大きく100以下', en: 'more than 0 and at most 100' },
  over: { ja: '100以上', en: '100 or more' },
};

/** The default of each threshold in percent: 80, 70, 100. */
export const DEFAULT_PERCENTS: Record<ThresholdName, number> = {
  near: toPercent(DEFAULT_THRESHOLDS.near),
  under: toPercent(DEFAULT_THRESHOLDS.under),
  over: toPercent(DEFAULT_THRESHOLDS.over),
};

/**
 * A percent as typed: digits with an optional decimal part ('75', '62.5', '７５' after NFKC). No sign, no exponent,
 * no '%' inside the number — `Number()` alone would take '1e2', '0x50' and ' ' (as 0).
 */
export function parsePercentText(text: string | null | undefined): number | null {
  if (text === null || text === undefined) return null;
  const t = text.normalize('NFKC').trim().replace(/%$/, '').trim();
  if (!/^\d+(\.\d+)?$/.test(t)) return null;
  const n = Number(t);
  return Number.isFinite(n) ? n : null;
}

export function isValidPercent(name: ThresholdName, pct: number): boolean {
  return Number.isFinite(pct) && VALID[name](pct);
}

/** A threshold from text: its percent when it is a valid value for that threshold, else null (the default applies). */
export function readThresholdPercent(name: ThresholdName, text: string | null | undefined): number | null {
  const pct = parsePercentText(text);
  return pct !== null && isValidPercent(name, pct) ? pct : null;
}

/**
 * Percents → the ratios the analyses take; unset or invalid ones take the default. The ratio is the double nearest
 * the decimal (99.9 → 0.999, where 99.9 / 100 is 0.9990000000000001), so a URL or a command line that spells out a
 * value computes exactly what the same ratio written in code does (80 → 0.8, the default itself).
 */
export function thresholdsFromPercents(p: Partial<ThresholdPercents>): Thresholds {
  const pick = (name: ThresholdName): number => {
    const v = p[name];
    return v !== null && v !== undefined && isValidPercent(name, v) ? Number((v / 100).toPrecision(12)) : DEFAULT_THRESHOLDS[name];
  };
  return { near: pick('near'), under: pick('under'), over: pick('over') };
}

/** A percent as written in a URL or an input: 75, 62.5 (never 70.00000000000001). */
export function percentText(pct: number): string {
  return String(Math.round(pct * 1e6) / 1e6);
}

/** 0.75 → 75, 0.7 → 70 (not 70.00000000000001). */
export function toPercent(ratio: number): number {
  return Math.round(ratio * 1e8) / 1e6;
}

export function isDefaultThresholds(t: Thresholds): boolean {
  return THRESHOLD_NAMES.every((n) => t[n] === DEFAULT_THRESHOLDS[n]);
}

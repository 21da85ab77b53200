/**
 * Figures as a Japanese council document writes them: 3,083人, 1,234千円, 87.6%, 令和6年度 (2024).
 * One place, so the app, the command line and the briefing print the same text for the same number.
 */
const INTEGER = new Intl.NumberFormat('ja-JP', { maximumFractionDigits: 0 });
const DECIMAL = new Intl.NumberFormat('ja-JP', { maximumFractionDigits: 2 });

export function formatNumber(value: number | null | undefined, unit: string | null = null): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  const n = Number.isInteger(value) ? INTEGER.format(value) : DECIMAL.format(value);
  return unit ? `${n}${unit}` : n;
}

/** The screen's language, for the few formats that differ (units, fiscal years, words). Default: Japanese. */
export type FormatLang = 'ja' | 'en';

/** 1,234千円; in English ¥1,234k (thousand yen, as the sheets count money). */
export function formatMoney(thousandYen: number | null | undefined, lang: FormatLang = 'ja'): string {
  if (lang === 'en') {
    const n = formatNumber(thousandYen);
    return n === '—' ? n : n.startsWith('-') ? `-¥${n.slice(1)}k` : `¥${n}k`;
  }
  return formatNumber(thousandYen, '千円');
}

/** A count with its Japanese counter word (12件, 3事業); English shows the bare number or an English noun. */
export function formatCount(value: number | null | undefined, lang: FormatLang, ja = '件', en = ''): string {
  if (lang === 'ja') return formatNumber(value, ja);
  const n = formatNumber(value);
  return en && n !== '—' ? `${n} ${en}` : n;
}

/** A ratio (0.876 → 87.6%), one decimal, as cities publish 達成率 and 執行率. */
export function formatPercent(ratio: number | null | undefined): string {
  if (ratio === null || ratio === undefined || !Number.isFinite(ratio)) return '—';
  return `${(Math.round(ratio * 1000) / 10).toFixed(1)}%`;
}

export function formatSignedNumber(value: number | null | undefined, unit: string | null = null): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  return value > 0 ? `+${formatNumber(value, unit)}` : formatNumber(value, unit);
}

/** 2024 → 令和6年度 (2024); 2019 → 令和元年度 (2019); 2018 → 平成30年度 (2018). English: FY2024. */
export function formatFiscalYear(year: number, lang: FormatLang = 'ja'): string {
  if (lang === 'en') return `FY${year}`;
  if (year >= 2019) return `令和${year === 2019 ? '元' : year - 2018}年度 (${year})`;
  if (year >= 1989) return `平成${year === 1989 ? '元' : year - 1988}年度 (${year})`;
  return `${year}年度`;
}

export const STATUS_LABELS_JA = {
  achieved: '達成',
  near: '概ね達成',
  missed: '未達',
  not_measured: '未測定',
} as const;

export const STATUS_LABELS_EN = {
  achieved: 'Achieved',
  near: 'Near',
  missed: 'Missed',
  not_measured: 'Not measured',
} as const;

export function statusLabel(status: keyof typeof STATUS_LABELS_JA, lang: FormatLang = 'ja'): string {
  return (lang === 'ja' ? STATUS_LABELS_JA : STATUS_LABELS_EN)[status];
}

export const DIRECTION_LABELS_JA = { up: '高いほど良い', down: '低いほど良い' } as const;
export const DIRECTION_LABELS_EN = { up: 'higher is better', down: 'lower is better' } as const;

export function directionLabel(direction: 'up' | 'down', lang: FormatLang = 'ja'): string {
  return (lang === 'ja' ? DIRECTION_LABELS_JA : DIRECTION_LABELS_EN)[direction];
}

/** A threshold as written in a definition or a legend: 0.8 → 80%, 0.75 → 75%, 0.825 → 82.5% (no trailing .0). */
export function formatThreshold(ratio: number): string {
  return `${Math.round(ratio * 1000) / 10}%`;
}

/**
 * What each status means for a rate (mean achievement in a legend, 達成率 of one indicator), with the near threshold
 * in force: 100%以上 / 80%以上 / 80%未満 / 評価なし.
 */
export function statusBoundLabels(near: number, lang: FormatLang = 'ja'): Record<keyof typeof STATUS_LABELS_JA, string> {
  const n = formatThreshold(near);
  if (lang === 'en') return { achieved: '100% or more', near: `${n} or more`, missed: `below ${n}`, not_measured: 'no rate' };
  return { achieved: '100%以上', near: `${n}以上`, missed: `${n}未満`, not_measured: '評価なし' };
}

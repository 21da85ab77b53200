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

export function formatMoney(thousandYen: number | null | undefined): string {
  return formatNumber(thousandYen, '千円');
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

/** 2024 → 令和6年度 (2024); 2019 → 令和元年度 (2019); 2018 → 平成30年度 (2018). */
export function formatFiscalYear(year: number): string {
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

export const DIRECTION_LABELS_JA = { up: '高いほど良い', down: '低いほど良い' } as const;

/** A threshold as written in a definition or a legend: 0.8 → 80%, 0.75 → 75%, 0.825 → 82.5% (no trailing .0). */
export function formatThreshold(ratio: number): string {
  return `${Math.round(ratio * 1000) / 10}%`;
}

/**
 * What each status means for a rate (mean achievement in a legend, 達成率 of one indicator), with the near threshold
 * in force: 100%以上 / 80%以上 / 80%未満 / 評価なし.
 */
export function statusBoundLabels(near: number): Record<keyof typeof STATUS_LABELS_JA, string> {
  const n = formatThreshold(near);
  return { achieved: '100%以上', near: `${n}以上`, missed: `${n}未満`, not_measured: '評価なし' };
}

import type { Row } from '../../db/database';
import { formatFiscalYear, formatNumber } from '../../format/ja';

/** Typed reads of a stored row (sheetDocument returns plain rows). */
export function text(row: Row | null | undefined, key: string): string | null {
  const v = row?.[key];
  return v === null || v === undefined || v === '' ? null : String(v);
}

export function num(row: Row | null | undefined, key: string): number | null {
  const v = row?.[key];
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

export function bool(row: Row | null | undefined, key: string): boolean | null {
  const v = row?.[key];
  return typeof v === 'boolean' ? v : null;
}

/** 2024 → 令和6年度 (the paper form's title, without the western year). */
export function eraFiscalYear(year: number): string {
  return formatFiscalYear(year).replace(/\s*\(\d+\)$/, '');
}

/** '2025-05-16' → 2025年5月16日; anything else as written. */
export function formatDate(iso: string | null, raw: string | null, lang: 'ja' | 'en' = 'ja'): string {
  const m = iso?.match(/^(\d{4})-(\d{2})-(\d{2})$/);
  if (m && lang === 'en') return iso!;
  if (m) return `${m[1]}年${Number(m[2])}月${Number(m[3])}日`;
  return raw ?? '—';
}

/**
 * A cell value as the sheet should show it: the parsed figure formatted (3,083人); the text as written when it could
 * not be read as a figure (集計中) — flagged so it can be marked; '—' when empty.
 */
export function cellValue(value: number | null, raw: string | null, unit: string | null = null): { text: string; raw: boolean } {
  if (value !== null) return { text: formatNumber(value, unit), raw: false };
  if (raw !== null && raw.trim() !== '' && !/^[—―－-]+$/.test(raw.trim())) return { text: raw, raw: true };
  return { text: '—', raw: false };
}

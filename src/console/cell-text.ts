import { formatNumber } from '../format/ja';

/**
 * A console cell as text. Numbers are grouped the Japanese way (formatNumber) but never rounded: the grid shows what
 * DuckDB returned, digit for digit. NULL is its own kind, so the grid can show it apart from an empty string.
 */
export type CellKind = 'null' | 'number' | 'text';

export function cellText(value: unknown, grouping = true): { text: string; kind: CellKind } {
  if (value === null || value === undefined) return { text: 'NULL', kind: 'null' };
  if (typeof value === 'number') return { text: grouping ? formatExact(value) : String(value), kind: 'number' };
  if (typeof value === 'string') return { text: value, kind: 'text' };
  if (typeof value === 'boolean') return { text: value ? 'true' : 'false', kind: 'text' };
  if (value instanceof Uint8Array) return { text: `(${value.length} bytes)`, kind: 'text' };
  return { text: JSON.stringify(value, (_, v: unknown) => (typeof v === 'bigint' ? Number(v) : v)), kind: 'text' };
}

/** Years read as 2024, not 2,024: a column named like a year (fiscal_year, target_year, 年度) is not grouped. */
export function groupsDigits(columnName: string): boolean {
  return !/(^|_)year$|年/i.test(columnName);
}

/** 1234567.125 → '1,234,567.125'; the shortest text that reads back as the same double, with grouping added. */
export function formatExact(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  if (Number.isInteger(value) && Math.abs(value) < 1e21) return formatNumber(value);
  const text = String(value);
  if (/e/i.test(text)) return text; // 1e-7: grouping means nothing there
  const [int = '', frac = ''] = text.split('.');
  const negative = int.startsWith('-');
  const grouped = formatNumber(Number(negative ? int.slice(1) : int));
  return `${negative ? '-' : ''}${grouped}.${frac}`;
}

/** A value as a CSV/xlsx cell: numbers and text as they are; lists and structs as their JSON. */
export function exportValue(value: unknown): string | number | boolean | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
  return cellText(value).text;
}

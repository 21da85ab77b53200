/**
 * CSV for Excel in Japan: UTF-8 with a BOM (otherwise Excel reads Shift_JIS and the Japanese is garbled), CRLF line
 * ends and RFC 4180 quoting. Text that a spreadsheet would take as a formula (=, +, -, @, tab, CR at the start) gets a
 * leading apostrophe; JS numbers stay numbers, negatives included. Pure: no DOM, no React.
 */
export type CsvCell = string | number | boolean | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;

export function toExcelCsv(columns: { header: string }[], rows: CsvCell[][]): string {
  const lines = [columns.map((c) => csvField(c.header)), ...rows.map((r) => columns.map((_, i) => csvField(r[i])))];
  return '\uFEFF' + lines.map((l) => l.join(',')).join('\r\n') + '\r\n';
}

/** One field: neutralised when it is text that would start a formula, quoted when it holds a comma, quote or line break. */
export function csvField(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

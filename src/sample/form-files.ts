import { csvCell } from './csv';
import { encodeCp932, encodeUtf16le, toCp932Safe } from './encode-text';

/**
 * A form (one evaluation sheet) written out as a clerk's Excel would: 'CSV' in CP932, 'Unicode text' (UTF-16 TSV),
 * an .xlsx with merged cells and typed numbers, or a web page. Used by the sample generator and the tests, so both
 * exercise the same files a city sends.
 */

/** A workbook cell: text, or a number with the display format Excel shows it with (`#,##0"人"`). */
export type SheetCell = string | { n: number; format?: string };

export interface MergeRange {
  /** 0-based, inclusive */
  r0: number;
  c0: number;
  r1: number;
  c1: number;
}

export interface FormSheet {
  name: string;
  rows: SheetCell[][];
  merges: MergeRange[];
}

/** What the cell shows, as a CSV export writes it. */
export function shownText(cell: SheetCell | undefined): string {
  if (cell === undefined) return '';
  if (typeof cell === 'string') return cell;
  return shownNumber(cell.n, cell.format);
}

const SUFFIX = /"([^"]*)"\s*$/;

/** Enough of Excel's number formats for the sample: grouping (`#,##0`), fixed decimals (`0.0`), a quoted unit after. */
function shownNumber(n: number, format: string | undefined): string {
  const numberPart = format?.replace(/"[^"]*"/g, '') ?? '';
  const decimals = /\.(0+)/.exec(numberPart)?.[1]?.length;
  const fixed = decimals === undefined ? String(n) : n.toFixed(decimals);
  const grouped = numberPart.includes('#,##0') ? fixed.replace(/^(-?\d+)/, (whole) => Number(whole).toLocaleString('en-US')) : fixed;
  const unit = format ? (SUFFIX.exec(format)?.[1] ?? '') : '';
  return `${grouped}${unit}`;
}

/** Merged cells as a CSV export writes them: the value in the first cell only. */
function visibleRows(sheet: FormSheet): string[][] {
  const rows = sheet.rows.map((r) => r.map(shownText));
  for (const m of sheet.merges) {
    for (let r = m.r0; r <= m.r1; r++) for (let c = m.c0; c <= m.c1; c++) if ((r !== m.r0 || c !== m.c0) && rows[r]) rows[r]![c] = '';
  }
  return rows.map(trimRight);
}

function trimRight(cells: string[]): string[] {
  let n = cells.length;
  while (n > 0 && cells[n - 1] === '') n--;
  return cells.slice(0, n);
}

function tsvCell(value: string): string {
  return /[\t"\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function formCsvText(sheet: FormSheet): string {
  return visibleRows(sheet).map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

export function formTsvText(sheet: FormSheet): string {
  return visibleRows(sheet).map((r) => r.map(tsvCell).join('\t')).join('\r\n') + '\r\n';
}

/** Excel 'CSV' in Japan: CP932, with the characters it cannot hold replaced as a clerk's file does (— → ―, ☑ → ■). */
export function formCsvCp932(sheet: FormSheet): Uint8Array {
  return encodeCp932(toCp932Safe(formCsvText(sheet)));
}

/** Excel 'Unicode text': UTF-16LE with a BOM, tab-separated. */
export function formTsvUtf16(sheet: FormSheet): Uint8Array {
  return encodeUtf16le(formTsvText(sheet));
}

/** One workbook, one worksheet per form, written by SheetJS with merged cells and number formats. */
export async function formWorkbook(sheets: readonly FormSheet[], bookType: 'xlsx' | 'ods' | 'xls' = 'xlsx'): Promise<Uint8Array> {
  const XLSX = await import('@e965/xlsx');
  const wb = XLSX.utils.book_new();
  for (const sheet of sheets) {
    const ws = XLSX.utils.aoa_to_sheet(visibleCells(sheet));
    sheet.rows.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (typeof cell === 'string') return;
        const ref = XLSX.utils.encode_cell({ r, c });
        const target = ws[ref];
        if (target && cell.format) target.z = cell.format;
      }),
    );
    ws['!merges'] = sheet.merges.map((m) => ({ s: { r: m.r0, c: m.c0 }, e: { r: m.r1, c: m.c1 } }));
    XLSX.utils.book_append_sheet(wb, ws, sheet.name);
  }
  const out = XLSX.write(wb, { type: 'array', bookType, compression: true }) as ArrayBuffer;
  return new Uint8Array(out);
}

/** Cells as Excel holds them: numbers as numbers, nothing under a merge but its first cell. */
function visibleCells(sheet: FormSheet): (string | number)[][] {
  const rows = sheet.rows.map((r) => r.map((cell) => (typeof cell === 'string' ? cell : cell.n)));
  for (const m of sheet.merges) {
    for (let r = m.r0; r <= m.r1; r++) for (let c = m.c0; c <= m.c1; c++) if ((r !== m.r0 || c !== m.c0) && rows[r]) rows[r]![c] = '';
  }
  return rows;
}

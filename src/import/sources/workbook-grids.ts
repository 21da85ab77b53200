import type { CellObject, WorkBook, WorkSheet } from '@e965/xlsx';
import { MERGED_FROM_ABOVE, MERGED_FROM_LEFT, type Grid, type GridRow, type SourceFormat } from '../grid';

/**
 * Excel and OpenDocument workbooks (.xlsx, .xlsm, .xls, .ods) → one grid per visible worksheet.
 *
 * SheetJS CE (the `@e965/xlsx` build of 0.20: the `xlsx` 0.18.5 on npm has known vulnerabilities and is no longer
 * published there) reads all three formats in the browser and in Node. It is loaded only when a workbook is opened,
 * so it is its own chunk and costs nothing on a visit that never sees one.
 *
 * Each cell becomes the text a clerk sees (what Excel's CSV export would write), with two corrections the CSV loses:
 * a number rounded by its display format keeps its full value, and merged cells are spread over every cell they cover
 * (flagged, so a form's merged activity name is not taken for a new activity).
 */
export async function workbookToGrids(bytes: Uint8Array, fileName: string, format: SourceFormat): Promise<{ grids: Grid[]; hidden: string[] }> {
  const XLSX = await import('@e965/xlsx');
  if (format === 'xls') {
    // Excel 95 (BIFF5) .xls store text in the workbook's code page (932 in Japan): SheetJS needs the tables for it.
    const cptable = await import('@e965/xlsx/dist/cpexcel.full.mjs');
    XLSX.set_cptable(cptable);
  }
  const wb: WorkBook = XLSX.read(bytes, { type: 'array', dense: true, cellFormula: false, cellHTML: false, cellNF: true, cellText: true, cellDates: false });
  const grids: Grid[] = [];
  const hidden: string[] = [];
  wb.SheetNames.forEach((sheet, i) => {
    // Hidden sheets hold a form's look-up lists and the macros' scratch space, not sheets to import.
    if (wb.Workbook?.Sheets?.[i]?.Hidden) {
      hidden.push(sheet);
      return;
    }
    const ws = wb.Sheets[sheet];
    if (!ws) return;
    const rows = sheetRows(ws, (cell) => cellText(cell, XLSX.SSF));
    grids.push({ name: wb.SheetNames.length > 1 ? `${fileName}#${sheet}` : fileName, file: fileName, sheet, format, encoding: null, rows });
  });
  return { grids, hidden };
}

interface Ssf {
  is_date(fmt: string | number): boolean;
}

function sheetRows(ws: WorkSheet, text: (cell: CellObject | undefined) => string): GridRow[] {
  const data = (ws['!data'] ?? []) as (CellObject[] | undefined)[];
  const rows: GridRow[] = [];
  for (let r = 0; r < data.length; r++) {
    const src = data[r] ?? [];
    const cells = new Array<string>(src.length);
    for (let c = 0; c < src.length; c++) cells[c] = text(src[c]);
    rows.push({ line: r + 1, cells });
  }
  for (const m of ws['!merges'] ?? []) spreadMerge(rows, m.s.r, m.s.c, m.e.r, m.e.c);
  return rows;
}

/** Excel keeps a merged cell's value in its top-left cell only; the others read as that value, flagged as copies. */
function spreadMerge(rows: GridRow[], r0: number, c0: number, r1: number, c1: number): void {
  while (rows.length <= r1) rows.push({ line: rows.length + 1, cells: [] });
  const value = rows[r0]!.cells[c0] ?? '';
  for (let r = r0; r <= r1; r++) {
    const row = rows[r]!;
    while (row.cells.length <= c1) row.cells.push('');
    if (!row.merged || row.merged.length < row.cells.length) {
      const flags = new Uint8Array(row.cells.length);
      if (row.merged) flags.set(row.merged);
      row.merged = flags;
    }
    for (let c = c0; c <= c1; c++) {
      if (r === r0 && c === c0) continue;
      row.cells[c] = value;
      row.merged[c]! |= (r > r0 ? MERGED_FROM_ABOVE : 0) | (c > c0 ? MERGED_FROM_LEFT : 0);
    }
  }
}

/** Signs a display format may put before a negative figure: ▲ and △ are the Japanese accounting minus. */
const NEGATIVE_MARK = /[-−▲△(（]/;
const FIRST_FIGURE = /\d[\d,]*(?:\.\d+)?/;

/**
 * The text of one cell as shown, except that a number whose display rounds it (`12.3%` for 0.12345, `1,235` for
 * 1234.56) is written out in full with the display's own prefix and suffix (`12.345%`), so no figure changes.
 */
export function cellText(cell: CellObject | undefined, ssf: Ssf): string {
  if (!cell) return '';
  switch (cell.t) {
    case 'z':
      return '';
    case 's':
      return String(cell.v ?? '');
    case 'b':
      return cell.w ?? (cell.v ? 'TRUE' : 'FALSE');
    case 'e':
      return cell.w ?? '#N/A';
    case 'd':
      return cell.w ?? String(cell.v ?? '');
    case 'n':
      return numberText(cell, ssf);
  }
  return cell.w ?? String(cell.v ?? '');
}

function numberText(cell: CellObject, ssf: Ssf): string {
  const v = cell.v as number;
  const shown = cell.w;
  if (shown === undefined || shown === '') return plain(v);
  // Dates and times are numbers formatted as dates: the date is what was meant.
  if (cell.z !== undefined && ssf.is_date(cell.z)) return shown;
  const m = FIRST_FIGURE.exec(shown);
  if (!m) return plain(v);
  const percent = /%\s*$/.test(shown);
  const value = percent ? Number((v * 100).toPrecision(15)) : v;
  const before = shown.slice(0, m.index);
  const after = shown.slice(m.index + m[0].length);
  const shownMagnitude = Number(m[0].replace(/,/g, ''));
  const negativeShown = NEGATIVE_MARK.test(before) || /^[)）]/.test(after);
  if (shownMagnitude === Math.abs(value) && negativeShown === value < 0) return shown;
  // Rounded by the format, or a sign the format hides: the full value, keeping a unit the format adds (人, %).
  const unit = after.replace(/^[)）]/, '');
  return `${plain(value)}${/\d/.test(unit) ? '' : unit}`;
}

/** The shortest text that reads back as exactly this double (no exponent for the figures of a sheet). */
function plain(v: number): string {
  if (Number.isInteger(v) && Math.abs(v) < 1e21) return v.toFixed(0);
  return String(v);
}

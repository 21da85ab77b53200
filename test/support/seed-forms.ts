/**
 * The real sheet No.124 form (../shared/seed/sheet-124-R6.txt) and the shapes a clerk or a website turns it into:
 * CP932 CSV, UTF-16 TSV shifted a column with blank rows added, an .xlsx with merged cells and typed numbers, and an
 * HTML page with real tick boxes. Every variant is made from the seed's own cells, so each must read back the same.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { textToGrid } from '../../src/import/sources/text-grid';
import { formCsvCp932, formTsvUtf16, formWorkbook, type FormSheet, type MergeRange, type SheetCell } from '../../src/sample/form-files';
import type { InputFile } from '../../src/import/types';

export const SEED_FORM_PATH = fileURLToPath(new URL('../../../shared/seed/sheet-124-R6.txt', import.meta.url));

export function seedFormBytes(): Uint8Array {
  return new Uint8Array(readFileSync(SEED_FORM_PATH));
}

/** The seed's cells, row by row, as the import splits its text. */
export function seedRows(): string[][] {
  const grid = textToGrid(new TextDecoder().decode(seedFormBytes()), 'seed', 'utf-8', []);
  return grid.rows.map((r) => r.cells.map((c) => c));
}

const rowIndex = (rows: string[][], test: (cells: string[]) => boolean) => rows.findIndex(test);

/** Rows of the ②③ table whose activity cells are empty but which carry an indicator: continuations. */
function continuationRows(rows: string[][]): number[] {
  const header = rowIndex(rows, (r) => r[0]?.startsWith('活動名・事業名') ?? false);
  const out: number[] = [];
  for (let i = header + 1; i < rows.length && !rows[i]![0]?.startsWith('④'); i++) {
    if ((rows[i]![0] ?? '') === '' && (rows[i]![2] ?? '') !== '') out.push(i);
  }
  return out;
}

/**
 * The seed as a worksheet as a city keeps it: the title and headings merged across the page, each activity's name,
 * description and money merged down over its extra indicator rows, figures as numbers with their display formats.
 */
export function seedSheet(name = 'No.124'): FormSheet {
  const rows: SheetCell[][] = seedRows().map((r) => r.map((c) => c));
  const merges: MergeRange[] = [];
  const width = 7;
  rows.forEach((r, i) => {
    const filled = r.filter((c) => c !== '').length;
    const text = String(r[0] ?? '');
    if (filled === 1 && text !== '' && r.length <= 1) merges.push({ r0: i, c0: 0, r1: i, c1: width - 1 });
  });
  for (const i of continuationRows(rows as string[][])) {
    for (const c of [0, 1, 5, 6]) merges.push({ r0: i - 1, c0: c, r1: i, c1: c });
  }
  // Figures typed as numbers, shown with Excel formats: `0 千円`, `3,083人`; targets as plain numbers.
  rows.forEach((r) => {
    r.forEach((cell, c) => {
      if (typeof cell !== 'string') return;
      const money = /^(\d[\d,]*) 千円$/.exec(cell);
      if (money) r[c] = { n: Number(money[1]!.replace(/,/g, '')), format: '0" 千円"' };
      else if (/^\d+$/.test(cell) && c >= 1) r[c] = { n: Number(cell) };
      else if (cell === '3,083人') r[c] = { n: 3083, format: '#,##0"人"' };
    });
  });
  return { name, rows, merges };
}

export function seedCp932Csv(): InputFile {
  return { name: 'sheet-124.csv', bytes: formCsvCp932(seedSheet()) };
}

/** UTF-16 TSV, every row shifted one column right, blank rows added after headings and inside the tables. */
export function seedUtf16ShiftedTsv(): InputFile {
  const sheet = seedSheet();
  const rows: SheetCell[][] = [];
  sheet.rows.forEach((r, i) => {
    rows.push(['', ...r]);
    if (i % 7 === 3 || String(r[0] ?? '').startsWith('③')) rows.push([]);
  });
  return { name: 'sheet-124-unicode.txt', bytes: formTsvUtf16({ name: sheet.name, rows, merges: [] }) };
}

export async function seedXlsx(): Promise<InputFile> {
  return { name: 'sheet-124.xlsx', bytes: await formWorkbook([seedSheet()]) };
}

/** The seed as a city's web page: headings and paragraphs, tables with rowspan, real tick boxes. */
export function seedHtml(): InputFile {
  const rows = seedRows();
  const continuation = new Set(continuationRows(rows));
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const cellHtml = (s: string) => {
    const box = /^<input( checked="")? type="checkbox"\/> (.*)$/.exec(s);
    return box ? `<label><input type="checkbox"${box[1] ? ' checked' : ''}> ${esc(box[2]!)}</label>` : esc(s);
  };
  const parts: string[] = ['<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>事務事業点検シート</title>',
    '<script>document.title = "x"</script></head><body>'];
  let inTable = false;
  rows.forEach((r, i) => {
    const filled = r.filter((c) => c !== '');
    if (filled.length === 0) return;
    if (r.length <= 1) {
      if (inTable) parts.push('</table>');
      inTable = false;
      parts.push(/^[①-⑤]/.test(r[0]!) ? `<h2>${esc(r[0]!)}</h2>` : `<p>${esc(r[0]!)}</p>`);
      return;
    }
    if (!inTable) parts.push('<table border="1">');
    inTable = true;
    const next = continuation.has(i + 1);
    const cells = r.map((c, col) => {
      if (continuation.has(i) && [0, 1, 5, 6].includes(col)) return '';
      const span = next && [0, 1, 5, 6].includes(col) ? ' rowspan="2"' : '';
      return `<td${span}>${cellHtml(c)}</td>`;
    });
    parts.push(`<tr>${cells.join('')}</tr>`);
  });
  if (inTable) parts.push('</table>');
  parts.push('</body></html>');
  return { name: 'sheet-124.html', bytes: new TextEncoder().encode(parts.join('\n')) };
}

/**
 * Settling a recognised header against the rows under it, where the header alone cannot tell:
 * - the file's year: a file with a 年度 column whose rows are all of one year reads `R7 目標値` as next year's target
 *   and `R5実績値` as another year's (the earliest header year was taken for the file's year, so a file of 2024 rows
 *   headed `R5実績値 R6実績値` read the 2023 figures as 2024's);
 * - two columns of one meaning: the one with figures is used (a first 実績値 left empty left every actual empty);
 * - 作成年・作成月・作成日 side by side: 作成日 is then the day of the month, and the three make the date.
 */
import { parseFiscalYear } from './cells';
import type { GridRow } from './grid';
import { mapColumns, type MappedColumn, type RecognisedTable } from './header';
import type { Finding } from './types';

type HeaderFinding = Omit<Finding, 'file' | 'line'>;

/** The one year every row's 年度 cell holds, or null (no 年度 column, rows of several years, none readable). */
export function singleDataYear(found: RecognisedTable, rows: readonly GridRow[]): number | null {
  const col = found.columns.find((c) => c.column.name === 'fiscal_year');
  if (!col) return null;
  const seen = new Map<string, number | null>();
  let year: number | null = null;
  for (const r of rows) {
    const text = (r.cells[col.index] ?? '').trim();
    if (text === '') continue;
    let y = seen.get(text);
    if (y === undefined) {
      const p = parseFiscalYear(text);
      y = p.ok ? p.value : null;
      seen.set(text, y);
      if (seen.size > 50) return null;
    }
    if (y === null) continue;
    if (year !== null && y !== year) return null;
    year = y;
  }
  return year;
}

/** The header mapped against the rows' year, when they have one year and the header's years say otherwise. */
export function againstDataYear(found: RecognisedTable, rows: readonly GridRow[]): RecognisedTable {
  if (!found.cells.some((c) => c.year !== null)) return found;
  const year = singleDataYear(found, rows);
  if (year === null || year === found.headerYear) return found;
  const remapped = mapColumns(found.table, found.cells, year);
  // The recognised table must keep its key columns: a remapping that loses them is not taken.
  if (!remapped.columns.some((c) => c.column.name === 'sheet_no')) return found;
  return { ...remapped, headerYear: year };
}

/**
 * Of two columns with one meaning, the one holding figures: when the left one is empty in every row and the right
 * one is not, the right one is used. Reported either way, with the rows where the two disagree.
 */
export function settleDuplicates(found: RecognisedTable, rows: readonly GridRow[]): { found: RecognisedTable; findings: HeaderFinding[] } {
  const findings: HeaderFinding[] = [];
  const columns = [...found.columns];
  for (const { cell, column } of found.duplicated) {
    const at = columns.findIndex((c) => c.column.name === column.name);
    const used = columns[at]!;
    let usedFilled = 0;
    let dupFilled = 0;
    let differ = 0;
    for (const r of rows) {
      const a = (r.cells[used.index] ?? '').trim();
      const b = (r.cells[cell.index] ?? '').trim();
      if (a !== '') usedFilled++;
      if (b !== '') dupFilled++;
      if (a !== '' && b !== '' && a !== b) differ++;
    }
    if (usedFilled === 0 && dupFilled > 0) {
      columns[at] = { ...used, index: cell.index, header: cell.text, note: cell.note };
      findings.push({
        column: cell.text,
        raw: cell.text,
        expected: null,
        severity: 'warning',
        message: `同じ意味の列が2つあります（「${used.header}」と「${cell.text}」）。左の列はどの行も空のため、右の列を使います（two columns of one meaning: the filled one is used）`,
      });
    } else {
      findings.push({
        column: cell.text,
        raw: cell.text,
        expected: null,
        severity: 'warning',
        message:
          `列「${cell.text}」は同じ意味の列「${used.header}」が前にあるため使われません` +
          (differ > 0 ? `。2つの列の値が違う行が${differ}行あります。どちらが正しいか確かめてください（the two disagree）` : ''),
      });
    }
  }
  return { found: { ...found, columns }, findings };
}

/**
 * `作成年` `作成月` `作成日` as three columns (a list with the date spread over them): the cell under 作成日 is a
 * day of the month, not a date. Returns the text to read as the date for a row, or null when the header has no such
 * split date.
 */
export function splitCreatedDate(found: RecognisedTable): ((cells: readonly string[]) => string) | null {
  const at = (key: string) => found.cells.find((c) => c.key === key);
  const y = at('作成年');
  const m = at('作成月');
  const d = found.columns.find((c) => c.column.name === 'created_on');
  if (!y || !m || !d) return null;
  return (cells) => {
    const [yy, mm, dd] = [y.index, m.index, d.index].map((i) => (cells[i] ?? '').trim());
    if (yy === '' && mm === '' && dd === '') return '';
    return `${/年$/.test(yy!) ? yy : `${yy}年`}${mm}月${dd}日`;
  };
}

export function mappedHeader(found: RecognisedTable, name: string): MappedColumn | undefined {
  return found.columns.find((c) => c.column.name === name);
}

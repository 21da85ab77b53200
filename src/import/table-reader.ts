import { isNotApplicable } from './cells';
import { makeRecordBuilder, type Cells, type DbRecord } from './build-records';
import { isBlankRow } from './blank-row';
import type { Grid, GridRow } from './grid';
import type { RecognisedTable } from './header';
import { headerFindings } from './header-advice';
import { noteAsUnit } from './indicator-units';
import { againstDataYear, settleDuplicates, splitCreatedDate } from './table-columns';
import { emptyReport, type ParsedUnit, type RejectedRow } from './parsed-unit';
import { readCell, type ReadCell, type ReadResult } from './read-cell';
import type { CellKind } from './schema';
import { rowHasher } from './row-hash';
import { figureHeaders, filledWidth, FIGURE_KINDS, shiftedCellMessage, cutRowMessage, shortRowMessage, usualCount, usualWidth, wideRowMessage } from './wide-rows';
import type { Finding } from './types';

export { findTableHeader, type TableHeader } from './table-header';

/** A grid recognised as one of the five tables → its records, one per data row. Pure: no database. */
export function readTableGrid(grid: Grid, recognised: RecognisedTable, headerAt: number): ParsedUnit {
  const report = emptyReport(grid.name, grid);
  report.kind = 'table';
  const fileName = grid.name;
  const fileFinding = (message: string): ParsedUnit => {
    report.findings.push({ file: fileName, line: null, column: null, raw: null, expected: null, severity: 'error', message });
    return { report, records: {}, rejected: [] };
  };
  const table = recognised.table;
  report.table = table;
  const header = grid.rows[headerAt]!;
  const dataRows = grid.rows.slice(headerAt + 1);
  const settled = settleDuplicates(againstDataYear(recognised, dataRows), dataRows);
  const found = settled.found;
  const createdDate = splitCreatedDate(found);
  const headerFind = (f: Omit<Finding, 'file' | 'line'>) => report.findings.push({ file: fileName, line: header.line, ...f });
  for (const f of headerFindings(createdDate ? { ...found, ignored: found.ignored.filter((c) => c.key !== '作成年' && c.key !== '作成月') } : found)) headerFind(f);
  settled.findings.forEach(headerFind);
  const hasYearColumn = found.columns.some((c) => c.column.name === 'fiscal_year');
  if (!hasYearColumn && found.headerYear === null) {
    return fileFinding('年度の列がなく、列名にも年度（R6 予算額 など）がありません。「年度」列を加えてください');
  }

  // Hash parsed values in canonical column order, so a re-export with its columns moved, `1,000` written `1000`,
  // `R6` written `令和6年度` or — turned into ― by Shift_JIS is still the same row.
  const hashColumns = found.columns.map((c) => c.column.name).sort();
  const build = makeRecordBuilder(table);
  // Exports repeat the same cells endlessly (years, units, 0 千円, ☑): parse each distinct short cell once per column.
  const memo = found.columns.map(() => new Map<string, ReadResult>());
  const readCached = (c: number, kind: CellKind, text: string, note: string | null): ReadResult => {
    if (text.length > 40) return readCell(kind, text, note);
    let r = memo[c]!.get(text);
    if (!r) memo[c]!.set(text, (r = readCell(kind, text, note)));
    return r;
  };
  const hash = rowHasher(table);
  const records: DbRecord[] = [];
  const rejected: RejectedRow[] = [];
  const yearMismatch: { count: number; firstLine: number | null } = { count: 0, firstLine: null };
  const usual = usualWidth(header, dataRows);
  // Only text files: a worksheet's rows end at their last filled cell.
  const textFile = grid.format === 'csv' || grid.format === 'tsv';
  const fullCount = textFile ? usualCount(header, dataRows) : 0;
  const figures = figureHeaders(found.columns);
  const headerUnits = found.columns.map((c) => (c.column.kind === 'quantity' || c.column.kind === 'target' ? noteAsUnit(c.note) : null));
  let lastRow: GridRow | null = null;
  for (const row of dataRows) {
    report.rows++;
    if (isBlankRow(row.cells)) {
      report.blank++;
      continue;
    }
    const find = (f: Pick<Finding, 'column' | 'raw' | 'expected' | 'severity' | 'message'>) =>
      report.findings.push({ file: fileName, line: row.line, ...f });
    const width = filledWidth(row.cells);
    const shifted = width > usual;
    const previous = lastRow;
    lastRow = row;
    // A row cut in two leaves its first half looking whole when the cut fell between two cells (`…,100,⏎0`): the
    // line before a short row, or before a short row that holds no keys, is told that the rest may be there.
    let cutTold = false;
    const warnCut = () => {
      if (cutTold || !previous || !textFile || row.cells.length >= header.cells.length) return;
      cutTold = true;
      report.findings.push({ file: fileName, line: previous.line, column: null, raw: null, expected: null, severity: 'warning', message: cutRowMessage(row.line) });
    };
    if (shifted) {
      find({ column: null, raw: row.cells.slice(usual, width).join(grid.format === 'tsv' ? '\t' : ','), expected: `${usual}列`, severity: 'error', message: wideRowMessage(width, usual, figures) });
    } else if (row.cells.length < fullCount) {
      find({ column: null, raw: row.cells.join(grid.format === 'tsv' ? '\t' : ','), expected: `${fullCount}列`, severity: 'warning', message: shortRowMessage(row.cells.length, fullCount) });
      warnCut();
    } else if (width > filledWidth(header.cells)) {
      const named = filledWidth(header.cells);
      find({ column: null, raw: row.cells.slice(named, width).join(','), expected: `${named}列`, severity: 'warning', message: `見出しのない列に値があります（${width}列）。見出しのない列は読み飛ばします` });
    }
    const cells: Cells = new Map();
    for (let c = 0; c < found.columns.length; c++) {
      const col = found.columns[c]!;
      const text = row.cells[col.index] ?? '';
      if (shifted && FIGURE_KINDS.has(col.column.kind) && text.trim() !== '') {
        cells.set(col.column.name, { raw: text, value: null });
        find({ column: col.header, raw: text, expected: '引用符で囲んだ数値（"1,200"）', severity: 'error', message: shiftedCellMessage(text) });
        continue;
      }
      const dateText = createdDate && col.column.name === 'created_on' ? createdDate(row.cells) : null;
      const r = dateText !== null ? readCell('date', dateText, null) : readCached(c, col.column.kind, text, col.note);
      if (r.ok) {
        // The header's target year (`目標値（R9年度）`) stands for a cell that names none of its own; its unit
        // (`実績値（人）`) is the row's unit when nothing nearer says one (settleUnit).
        let cell = r.cell;
        if (col.targetYear && cell.targetYear == null && cell.value !== null) cell = { ...cell, targetYear: col.targetYear };
        if (headerUnits[c] && cell.value !== null) cell = { ...cell, headerUnit: headerUnits[c] };
        cells.set(col.column.name, cell);
        for (const w of r.warnings ?? []) find({ column: col.header, raw: text, ...w });
      }
      else {
        cells.set(col.column.name, { raw: text, value: null });
        find({ column: col.header, raw: text, expected: r.expected, severity: r.severity, message: r.message });
      }
    }
    if (!hasYearColumn) cells.set('fiscal_year', { raw: '', value: found.headerYear });
    else if (found.headerYear !== null && cells.get('fiscal_year')?.value != null && cells.get('fiscal_year')!.value !== found.headerYear) {
      yearMismatch.count++;
      yearMismatch.firstLine ??= row.line;
    }
    const missing = ['fiscal_year', 'sheet_no'].filter((k) => cells.get(k)?.value == null);
    if (missing.length) {
      const what = missing.map((k) => (k === 'fiscal_year' ? '年度' : 'シートNo')).join('と');
      const reason = `${what}が空か読めないため、この行は取り込めません（保留表に残します）`;
      find({ column: missing.map((k) => headerFor(found, k)).join(', '), raw: null, expected: what, severity: 'error', message: reason });
      warnCut();
      rejected.push({ source_file: fileName, source_line: row.line, table_name: table, reason, raw_cells: JSON.stringify(row.cells) });
      report.rejected++;
      continue;
    }
    const record = build(cells, (f) => find({ ...f, column: f.column ? headerFor(found, f.column) : null }), row.line);
    record.source_file = fileName;
    record.source_line = row.line;
    record.row_hash = hash(hashTexts(cells, hashColumns), record.fiscal_year as number);
    records.push(record);
  }
  if (yearMismatch.count > 0) {
    report.findings.push({
      file: fileName,
      line: yearMismatch.firstLine,
      column: null,
      raw: null,
      expected: `${found.headerYear}年度の行`,
      severity: 'warning',
      message: `列名の年度（${found.headerYear}年度: 例「R6 目標値」）と年度列の値が違う行が${yearMismatch.count}行あります。列名は今年度・翌年度の区別にだけ使い、行の年度を優先しました`,
    });
  }
  return { report, records: { [table]: records }, rejected };
}

/** The row's parsed cells as the texts its hash is computed from, in the given (sorted) column order. */
export function hashTexts(cells: Cells, columns: readonly string[]): string[] {
  return columns.map((c) => hashText(cells.get(c)));
}

/** A parsed cell as text for the row hash: its value when it has one, else its raw text unless that means 'none'. */
function hashText(cell: ReadCell | undefined): string {
  if (!cell) return '';
  if (cell.value !== null && cell.value !== undefined) return Array.isArray(cell.value) ? cell.value.join(',') : String(cell.value);
  return isNotApplicable(cell.raw) ? '' : cell.raw;
}

function headerFor(recognised: RecognisedTable, name: string): string {
  return recognised.columns.find((c) => c.column.name === name)?.header ?? name;
}

import Papa from 'papaparse';
import { isNotApplicable } from './cells';
import { makeRecordBuilder, type Cells, type DbRecord } from './build-records';
import { decodeBytes } from './decode';
import { recogniseTable, type RecognisedTable } from './header';
import { readCell, type ReadCell, type ReadResult } from './read-cell';
import type { CellKind } from './schema';
import { rowHasher } from './row-hash';
import type { FileReport, Finding, InputFile, TableName } from './types';

export interface RejectedRow {
  source_file: string;
  source_line: number;
  table_name: TableName | null;
  reason: string;
  /** the row's cells as a JSON array of strings, exactly as read */
  raw_cells: string;
}

export interface ParsedFile {
  report: FileReport;
  records: DbRecord[];
  rejected: RejectedRow[];
}

/** Title rows above the header are common in exports (`令和6年度 事務事業一覧`): look for the header this far down. */
const HEADER_SEARCH_ROWS = 10;

/** decode → parse → recognise → normalise, for one file. Pure: no database. */
export function parseFile(file: InputFile): ParsedFile {
  const report: FileReport = { file: file.name, encoding: null, table: null, rows: 0, loaded: 0, blank: 0, rejected: 0, alreadyImported: 0, findings: [] };
  const fileFinding = (message: string): ParsedFile => {
    report.findings.push({ file: file.name, line: null, column: null, raw: null, expected: null, severity: 'error', message });
    return { report, records: [], rejected: [] };
  };

  const decoded = decodeBytes(file.bytes);
  if (!decoded.ok) return fileFinding(decoded.message);
  report.encoding = decoded.encoding;
  for (const i of decoded.issues) {
    report.findings.push({ file: file.name, line: i.line, column: null, raw: i.raw, expected: null, severity: i.severity, message: i.message });
  }
  const rows = splitRows(decoded.text, file.name, report.findings);
  if (rows.every((r) => isBlankRow(r.cells))) return fileFinding('ファイルが空です（ヘッダー行がありません）');

  // The first non-blank row that is a header wins; when none is, the first non-blank row is the one to report.
  let headerAt = -1;
  let recognised: RecognisedTable | null = null;
  let firstError: { line: number; error: string } | null = null;
  for (let i = 0; i < Math.min(rows.length, HEADER_SEARCH_ROWS) && !recognised; i++) {
    if (isBlankRow(rows[i]!.cells)) continue;
    const attempt = recogniseTable(rows[i]!.cells);
    if ('error' in attempt) firstError ??= { line: rows[i]!.line, error: attempt.error };
    else [recognised, headerAt] = [attempt, i];
  }
  if (!recognised) {
    report.findings.push({ file: file.name, line: firstError!.line, column: null, raw: null, expected: null, severity: 'error', message: firstError!.error });
    return { report, records: [], rejected: [] };
  }
  const found: RecognisedTable = recognised;
  const table = found.table;
  report.table = table;
  const header = rows[headerAt]!;
  for (const cell of found.ignored) {
    report.findings.push({ file: file.name, line: header.line, column: cell.text, raw: cell.text, expected: null, severity: 'info', message: `列「${cell.text}」は使われません（読み飛ばします）` });
  }
  for (const cell of found.duplicated) {
    report.findings.push({ file: file.name, line: header.line, column: cell.text, raw: cell.text, expected: null, severity: 'warning', message: `列「${cell.text}」は同じ意味の列が前にあるため使われません` });
  }
  const hasYearColumn = found.columns.some((c) => c.column.name === 'fiscal_year');
  if (!hasYearColumn && found.headerYear === null) {
    return fileFinding('年度の列がなく、列名にも年度（R6 予算額 など）がありません。「年度」列を加えてください');
  }

  // Hash parsed values in canonical column order, so a re-export with its columns moved, `1,000` written `1000`,
  // `R6` written `令和6年度` or — turned into ― by Shift_JIS is still the same row.
  const hashColumns = [...found.columns].sort((a, b) => a.column.name.localeCompare(b.column.name));
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
  for (const row of rows.slice(headerAt + 1)) {
    report.rows++;
    if (isBlankRow(row.cells)) {
      report.blank++;
      continue;
    }
    const find = (f: Pick<Finding, 'column' | 'raw' | 'expected' | 'severity' | 'message'>) =>
      report.findings.push({ file: file.name, line: row.line, ...f });
    if (row.cells.length > header.cells.length && row.cells.slice(header.cells.length).some((c) => c.trim() !== '')) {
      find({ column: null, raw: row.cells.slice(header.cells.length).join(','), expected: `${header.cells.length}列`, severity: 'warning', message: `ヘッダーより列が多い行です（${row.cells.length}列）。余分な列は読み飛ばします` });
    }
    const cells: Cells = new Map();
    for (let c = 0; c < found.columns.length; c++) {
      const col = found.columns[c]!;
      const text = row.cells[col.index] ?? '';
      const r = readCached(c, col.column.kind, text, col.note);
      if (r.ok) cells.set(col.column.name, r.cell);
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
      rejected.push({ source_file: file.name, source_line: row.line, table_name: table, reason, raw_cells: JSON.stringify(row.cells) });
      report.rejected++;
      continue;
    }
    const record = build(cells, (f) => find({ ...f, column: f.column ? headerFor(found, f.column) : null }));
    record.source_file = file.name;
    record.source_line = row.line;
    record.row_hash = hash(hashColumns.map((c) => hashText(cells.get(c.column.name))), record.fiscal_year as number);
    records.push(record);
  }
  if (yearMismatch.count > 0) {
    report.findings.push({
      file: file.name,
      line: yearMismatch.firstLine,
      column: null,
      raw: null,
      expected: `${found.headerYear}年度の行`,
      severity: 'warning',
      message: `列名の年度（${found.headerYear}年度: 例「R6 目標値」）と年度列の値が違う行が${yearMismatch.count}行あります。列名は今年度・翌年度の区別にだけ使い、行の年度を優先しました`,
    });
  }
  return { report, records, rejected };
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

interface SourceRow {
  cells: string[];
  line: number;
}

/** papaparse, row by row, remembering the line each row starts on (quoted cells may span lines). */
function splitRows(text: string, fileName: string, findings: Finding[]): SourceRow[] {
  const rows: SourceRow[] = [];
  const newline = text.includes('\n') ? '\n' : '\r';
  let scanned = 0;
  let line = 1;
  let rowStart = 0;
  Papa.parse<string[]>(text, {
    delimiter: detectDelimiter(text),
    skipEmptyLines: false,
    step: (result) => {
      for (let p = text.indexOf(newline, scanned); p !== -1 && p < rowStart; p = text.indexOf(newline, p + 1)) line++;
      scanned = rowStart;
      const rowLine = line;
      for (const e of result.errors) {
        findings.push({ file: fileName, line: rowLine, column: null, raw: null, expected: null, severity: 'error', message: `CSV の書式エラー: ${papaErrorJa(e.code)}（${e.message}）` });
      }
      rows.push({ cells: result.data, line: rowLine });
      rowStart = result.meta.cursor;
    },
  });
  // A trailing newline gives papaparse one empty last row; it is not a blank data row.
  const last = rows.at(-1);
  if (last && last.cells.length === 1 && last.cells[0] === '') rows.pop();
  return rows;
}

function papaErrorJa(code: string): string {
  if (code === 'MissingQuotes') return '引用符（"）が閉じられていません';
  if (code === 'InvalidQuotes') return '引用符（"）の位置が不正です';
  return code;
}

/** Excel's 'Unicode text' is tab-separated; its CSV is comma-separated. Decide from the first lines (a title row may come first). */
function detectDelimiter(text: string): string {
  const head = text.slice(0, 8192).split('\n').slice(0, HEADER_SEARCH_ROWS).join('\n');
  const tabs = head.split('\t').length - 1;
  const commas = head.split(',').length - 1;
  return tabs > commas ? '\t' : ',';
}

function isBlankRow(cells: readonly string[]): boolean {
  return cells.every((c) => isNotApplicable(c) || /^\s*(千円|円|百万円)\s*$/.test(c));
}

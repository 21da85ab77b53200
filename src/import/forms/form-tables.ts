import type { Cells } from '../build-records';
import { isBlankRow } from '../blank-row';
import { findColumn, mapColumns, parseHeaderCell, type HeaderCell, type MappedColumn } from '../header';
import { isMergedCopy, MERGED_FROM_ABOVE } from '../grid';
import { readCell, type ReadCell } from '../read-cell';
import type { Finding, TableName } from '../types';
import type { FormGrid, RowRange } from './form-grid';
import type { FormTable } from './template';

/** One row for one of the five tables, as cells parsed by the table import's own readers. */
export interface FormRow {
  table: TableName;
  line: number;
  cells: Cells;
}

export type Find = (f: Omit<Finding, 'file'>) => void;

export interface TableRead {
  rows: FormRow[];
  blank: number;
  /** the header was found */
  found: boolean;
}

const FEEDS: Record<FormTable['rows'], TableName[]> = {
  'activities-outputs': ['activities', 'outputs'],
  outcomes: ['outcomes'],
};

/**
 * Reads one table of the form: its header found by the fields it must hold (through the header aliases, so
 * `活動名・事業名 (対象年)`, `R6 目標値`, `R7 目標値` map as in a table file), then its rows down to the section's end.
 */
export function readFormTable(fg: FormGrid, range: RowRange, spec: FormTable, fiscalYear: number, find: Find): TableRead {
  const tables = FEEDS[spec.rows];
  const header = findHeader(fg, range, spec, tables, fiscalYear);
  if (!header) return { rows: [], blank: 0, found: false };
  const reader = spec.rows === 'outcomes' ? outcomeRows : activityRows;
  return { ...reader(fg, header, range, find), found: true };
}

interface FoundHeader {
  row: number;
  columns: Map<TableName, MappedColumn[]>;
}

function findHeader(fg: FormGrid, range: RowRange, spec: FormTable, tables: TableName[], fiscalYear: number): FoundHeader | null {
  const depth = spec.headerRows ?? 1;
  for (let r = range.from; r < range.to; r++) {
    if (fg.firstFilled(r) === -1) continue;
    const cells = headerCells(fg, r, depth, tables, fiscalYear);
    const columns = new Map(tables.map((t) => [t, mapColumns(t, cells, fiscalYear).columns] as const));
    const has = (need: string) => {
      const [table, name] = need.split('.') as [TableName, string];
      return columns.get(table)?.some((c) => c.column.name === name) ?? false;
    };
    if (spec.header.every(has)) return { row: r, columns };
  }
  return null;
}

/**
 * A multi-row header read column by column: the lowest row's name where it has one that means something
 * (`R6 活動・事業内容` under the group `アクティビティ`), else the rows above joined or alone (`R6 予算額` standing in
 * the upper row only, its lower cell empty or merged).
 */
function headerCells(fg: FormGrid, r: number, depth: number, tables: TableName[], fiscalYear: number): HeaderCell[] {
  const width = Math.max(...Array.from({ length: depth }, (_, i) => fg.rows[r - i]?.cells.length ?? 0));
  const cells: HeaderCell[] = [];
  for (let c = 0; c < width; c++) {
    const stack: string[] = [];
    for (let y = Math.max(0, r - depth + 1); y <= r; y++) {
      const t = fg.text(y, c).trim();
      if (t !== '' && stack.at(-1) !== t) stack.push(t);
    }
    const candidates = [stack.at(-1), stack.join(' '), ...stack.slice(0, -1).reverse()].filter((t): t is string => !!t);
    const maps = (t: string) => tables.some((table) => findColumn(table, parseHeaderCell(t, c), fiscalYear) !== undefined);
    const text = candidates.find(maps) ?? candidates[0] ?? '';
    const cell = parseHeaderCell(text, c);
    if (cell.key !== '') cells.push(cell);
  }
  return cells;
}

/** Parses the mapped cells of one row for one table; unreadable cells are reported with their cell. */
function rowCells(fg: FormGrid, r: number, columns: MappedColumn[], find: Find): Cells {
  const cells: Cells = new Map();
  for (const col of columns) {
    const text = fg.text(r, col.index);
    const res = readCell(col.column.kind, text, col.note);
    if (res.ok) {
      cells.set(col.column.name, res.cell);
      for (const w of res.warnings ?? []) find({ line: fg.line(r), column: fg.where({ row: r, col: col.index }, col.header), raw: text, ...w });
    }
    else {
      cells.set(col.column.name, { raw: text, value: null });
      find({ line: fg.line(r), column: fg.where({ row: r, col: col.index }, col.header), raw: text, expected: res.expected, severity: res.severity, message: res.message });
    }
  }
  return cells;
}

function hasAny(fg: FormGrid, r: number, columns: MappedColumn[], except: readonly string[] = []): boolean {
  return columns.some((c) => !except.includes(c.column.name) && !fg.isEmpty(r, c.index));
}

/**
 * The ②③ table. A row with an activity name starts an activity (and carries its first output indicator); a row
 * whose activity cells are empty — or merged with the row above — adds another output indicator to that activity.
 */
function activityRows(fg: FormGrid, header: FoundHeader, range: RowRange, find: Find): Omit<TableRead, 'found'> {
  const actCols = header.columns.get('activities') ?? [];
  const outCols = (header.columns.get('outputs') ?? []).filter((c) => c.column.name !== 'activity' && c.column.name !== 'activity_no');
  const nameCol = actCols.find((c) => c.column.name === 'activity')!;
  const ownCols = actCols.filter((c) => c.column.name !== 'activity');
  const rows: FormRow[] = [];
  let blank = 0;
  let activityNo = 0;
  let current: { name: ReadCell } | null = null;
  for (let r = header.row + 1; r < range.to; r++) {
    const gridRow = fg.rows[r]!;
    if (isBlankRow(gridRow.cells)) {
      blank++;
      continue;
    }
    const line = fg.line(r);
    const startsActivity = !isMergedCopy(gridRow, nameCol.index, MERGED_FROM_ABOVE) && !fg.isEmpty(r, nameCol.index);
    if (startsActivity) {
      const cells = rowCells(fg, r, actCols, find);
      // A form with a 活動No column numbers its activities itself; otherwise they are numbered in order.
      const given = cells.get('activity_no')?.value;
      activityNo = typeof given === 'number' ? given : activityNo + 1;
      if (typeof given !== 'number') cells.set('activity_no', { raw: String(activityNo), value: activityNo });
      current = { name: cells.get('activity')! };
      rows.push({ table: 'activities', line, cells });
    } else if (hasAny(fg, r, ownCols.filter((c) => c.column.name === 'budget' || c.column.name === 'spend'))) {
      find({ line, column: null, raw: gridRow.cells.join('\t'), expected: '活動名・事業名のある行', severity: 'warning', message: '活動名のない行に金額があります。どの活動の金額か分からないため、金額は読み飛ばしました' });
    }
    if (!hasAny(fg, r, outCols)) continue;
    const cells = rowCells(fg, r, outCols, find);
    if (current) {
      cells.set('activity', current.name);
      cells.set('activity_no', { raw: String(activityNo), value: activityNo });
    } else {
      find({ line, column: null, raw: null, expected: '活動名・事業名', severity: 'warning', message: 'どの活動の指標か分かりません（この行より上に活動名がありません）' });
    }
    rows.push({ table: 'outputs', line, cells });
  }
  return { rows, blank };
}

/** The ④ table: one outcome indicator per filled row. */
function outcomeRows(fg: FormGrid, header: FoundHeader, range: RowRange, find: Find): Omit<TableRead, 'found'> {
  const cols = header.columns.get('outcomes') ?? [];
  const rows: FormRow[] = [];
  let blank = 0;
  for (let r = header.row + 1; r < range.to; r++) {
    if (isBlankRow(fg.rows[r]!.cells) || !hasAny(fg, r, cols)) {
      blank++;
      continue;
    }
    rows.push({ table: 'outcomes', line: fg.line(r), cells: rowCells(fg, r, cols, find) });
  }
  return { rows, blank };
}

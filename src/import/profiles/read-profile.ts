import { buildRows } from '../build-rows';
import { isNotApplicable, parseEraYearPrefix } from '../cells';
import { parseMoneyKind } from '../cells/categories';
import type { Cells } from '../build-records';
import type { Grid } from '../grid';
import { emptyReport, type ParsedUnit, type RejectedRow } from '../parsed-unit';
import { readCell } from '../read-cell';
import { INPUT_COLUMNS } from '../schema';
import type { Finding, TableName } from '../types';
import type { ImportProfile, IndicatorSpec, MoneyField, ValueSpec, YearBlock } from './profile';
import { findProfileHeader, jsonRecords, tableRecords, type ProfileRecord } from './profile-records';
import { applyRule } from './rules';
import { atPath, columnOf, locate, ProfileError, type RecordContext } from './values';

type Find = (f: Omit<Finding, 'file'>) => void;
interface Row {
  table: TableName;
  line: number | null;
  cells: Cells;
}

/** A worksheet or CSV read with a profile. Null when its header is not the profile's (the caller tries others). */
export function readProfileGrid(grid: Grid, profile: ImportProfile): ParsedUnit | null {
  const found = findProfileHeader(grid, profile);
  if (!found) return null;
  return readRecords(grid.name, grid, profile, tableRecords(grid, found.header, found.row));
}

/** A JSON file read with a profile. */
export function readProfileJson(name: string, json: unknown, profile: ImportProfile): ParsedUnit {
  return readRecords(name, null, profile, jsonRecords(json, profile));
}

function readRecords(name: string, grid: Grid | null, profile: ImportProfile, records: Iterable<ProfileRecord>): ParsedUnit {
  const report = emptyReport(name, grid);
  report.kind = 'profile';
  report.template = profile.name;
  if (!grid) report.format = 'json';
  const rows: Row[] = [];
  const rejected: RejectedRow[] = [];
  try {
    for (const rec of records) {
      report.rows++;
      const find: Find = (f) => report.findings.push({ file: name, ...f, line: f.line ?? rec.line, column: rec.line === null && f.column ? `${rec.label} ${f.column}` : f.column });
      const out = readRecord(profile, rec, find);
      if ('reject' in out) {
        rejected.push({ source_file: name, source_line: rec.line ?? report.rows, table_name: 'sheets', reason: out.reject, raw_cells: JSON.stringify(rec.ctx.kind === 'table' ? rec.ctx.cells : rec.ctx.value) });
        report.rejected++;
        continue;
      }
      rows.push(...out.rows);
    }
  } catch (e) {
    if (!(e instanceof ProfileError)) throw e;
    // A profile naming a column the file lacks is the profile's mistake, said once for the file.
    report.findings.push({ file: name, line: null, column: null, raw: null, expected: null, severity: 'error', message: `取込設定「${profile.name}」で読めません: ${e.message}` });
    return { report, records: {}, rejected: [] };
  }
  return { report, records: buildRows(rows, name, (line, f) => report.findings.push({ file: name, line, ...f })), rejected };
}

/** Every row one record makes: its sheet in each year it has data, money, indicators and its review. */
function readRecord(profile: ImportProfile, rec: ProfileRecord, find: Find): { rows: Row[] } | { reject: string } {
  const { ctx } = rec;
  const read = (table: TableName, field: string, spec: ValueSpec | undefined, cells: Cells, c: RecordContext = ctx): void => {
    if (!spec) return;
    const located = locate(spec, c);
    if (located === null) return;
    const kind = INPUT_COLUMNS[table].find((col) => col.name === field)!.kind;
    const ruled = applyRule(located.text, spec.rule);
    if (ruled.text === null) {
      cells.set(field, { raw: located.text, value: null });
      find({ line: null, column: located.where, raw: located.text, expected: null, severity: 'warning', message: ruled.warning });
      return;
    }
    const res = readCell(kind, ruled.text, null);
    if (res.ok) cells.set(field, { ...res.cell, raw: located.text });
    else {
      cells.set(field, { raw: located.text, value: null });
      find({ line: null, column: located.where, raw: located.text, expected: res.expected, severity: res.severity, message: res.message });
    }
  };

  const year: Cells = new Map();
  read('sheets', 'fiscal_year', profile.fiscalYear, year);
  const fy = year.get('fiscal_year')?.value as number | null | undefined;
  const keys: Cells = new Map();
  read('sheets', 'sheet_no', profile.sheet.sheet_no, keys);
  if (fy == null || keys.get('sheet_no')?.value == null) {
    const what = [fy == null ? '年度' : null, keys.get('sheet_no')?.value == null ? 'シートNo' : null].filter(Boolean).join('と');
    find({ line: null, column: null, raw: null, expected: what, severity: 'error', message: `${what}が空か読めないため、この行は取り込めません（保留表に残します）` });
    return { reject: `${what}が空か読めません` };
  }
  if (profile.municipality) {
    keys.set('municipality', { raw: profile.municipality.name, value: profile.municipality.name });
    if (profile.municipality.code) keys.set('municipality_code', { raw: profile.municipality.code, value: profile.municipality.code });
  }
  const at = (y: number): Cells => new Map([...keys, ['fiscal_year', y === fy ? year.get('fiscal_year')! : { raw: String(y), value: y }]]);

  const rows: Row[] = [];
  const years = new Set<number>([fy]);
  const sheetCells: Cells = new Map();
  for (const [field, spec] of Object.entries(profile.sheet)) if (field !== 'sheet_no') read('sheets', field, spec, sheetCells);

  // Year blocks (tables): money and indicator values, one block per fiscal year.
  const blocks = ctx.kind === 'table' && profile.yearBlocks ? blockRanges(profile, ctx, fy) : [];
  for (const b of blocks) {
    if (profile.yearBlocks?.skipEmpty && b.empty) continue;
    years.add(b.year);
    const c = { ...(ctx as Extract<RecordContext, { kind: 'table' }>), block: b.range };
    if (profile.money) {
      const money = at(b.year);
      money.set('money_kind', { raw: b.spec.kind, value: b.spec.kind });
      for (const [field, spec] of Object.entries(profile.money.fields)) read('program_money', field as MoneyField, spec, money, c);
      rows.push({ table: 'program_money', line: rec.line, cells: money });
    }
  }
  for (const ind of profile.indicators ?? []) rows.push(...indicatorRows(ind, ctx, blocks, profile, at, years, read, rec.line));
  if (profile.money?.keyed && ctx.kind === 'json') rows.push(...keyedMoney(profile, ctx, at, years, read, find, rec.line));

  for (const y of [...years].sort()) rows.push({ table: 'sheets', line: rec.line, cells: new Map([...at(y), ...sheetCells]) });
  if (profile.review) {
    const review = at(fy);
    for (const [field, spec] of Object.entries(profile.review)) read('reviews', field, spec, review);
    rows.push({ table: 'reviews', line: rec.line, cells: review });
  }
  return { rows };
}

interface BlockAt {
  spec: YearBlock;
  year: number;
  range: { from: number; to: number };
  /** nothing but empty cells, dashes and zeros: the program did not exist that year */
  empty: boolean;
}

function blockRanges(profile: ImportProfile, ctx: Extract<RecordContext, { kind: 'table' }>, fy: number): BlockAt[] {
  const width = profile.yearBlocks!.width;
  return profile.yearBlocks!.blocks.map((spec) => {
    const from = columnOf(ctx.header, spec.start);
    const cells = ctx.cells.slice(from, from + width);
    const empty = cells.every((t) => isNotApplicable(t) || /^\s*0+(\.0+)?\s*$/.test(t));
    return { spec, year: typeof spec.year === 'number' ? spec.year : fy + spec.year.offset, range: { from, to: from + width }, empty };
  });
}

type Read = (table: TableName, field: string, spec: ValueSpec | undefined, cells: Cells, c?: RecordContext) => void;

/** Placeholder names a sheet's macro leaves in an unused indicator slot. */
const PLACEHOLDER = /^\s*[0０]\s*$/;

function indicatorRows(ind: IndicatorSpec, ctx: RecordContext, blocks: BlockAt[], profile: ImportProfile, at: (y: number) => Cells, years: Set<number>, read: Read, line: number | null): Row[] {
  const table: TableName = ind.kind === '成果' ? 'outcomes' : 'outputs';
  const entries: RecordContext[] =
    ind.each && ctx.kind === 'json' ? asArray(atPath(ctx.value, ind.each)).map((value, i) => ({ ...ctx, value, at: `${ind.each}[${i}]` })) : [ctx];
  const rows: Row[] = [];
  for (const entry of entries) {
    const name = locate(ind.name, entry)?.text ?? '';
    if (isNotApplicable(name) || PLACEHOLDER.test(name) || ind.placeholders?.includes(name.trim())) continue;
    const base: Cells = new Map([['indicator_kind', { raw: ind.kind, value: ind.kind }]]);
    read(table, 'indicator', ind.name, base, entry);
    if (ind.unit) read(table, 'unit', ind.unit, base, entry);
    if (blocks.length && ind.value && ctx.kind === 'table') {
      for (const b of blocks) {
        if (profile.yearBlocks?.skipEmpty && b.empty) continue;
        const cells: Cells = new Map([...at(b.year), ...base]);
        read(table, b.spec.values === 'target' ? 'target' : 'actual', ind.value, cells, { ...ctx, block: b.range });
        rows.push({ table, line, cells });
      }
    } else if (entry.kind === 'json') {
      const targets = yearKeyed(atPath(entry.value, ind.targets ?? ''), ind.targets);
      const actuals = yearKeyed(atPath(entry.value, ind.actuals ?? ''), ind.actuals);
      for (const y of [...new Set([...targets.keys(), ...actuals.keys()])].sort()) {
        const cells: Cells = new Map([...at(y), ...base]);
        if (targets.has(y)) read(table, 'target', { path: targets.get(y)! }, cells, entry);
        if (actuals.has(y)) read(table, 'actual', { path: actuals.get(y)! }, cells, entry);
        years.add(y);
        rows.push({ table, line, cells });
      }
    }
  }
  return rows;
}

/** `{ "R5": 80, "R6": 120, "最終年度": "R年度" }` → year → the path of its value (keys that are no year are left out). */
function yearKeyed(obj: unknown, path: string | undefined): Map<number, string> {
  const out = new Map<number, string>();
  if (!path || obj === null || typeof obj !== 'object') return out;
  for (const [key, value] of Object.entries(obj as Record<string, unknown>)) {
    const y = parseEraYearPrefix(key.endsWith('年度') ? key : `${key}年度`);
    if (y && y.rest === '' && value !== null) out.set(y.year, `${path}["${key}"]`);
  }
  return out;
}

/** `{ "R5決算": {…}, "R6決算見込": {…}, "R7予算": {…} }`: each key a year and a kind of money. */
function keyedMoney(profile: ImportProfile, ctx: Extract<RecordContext, { kind: 'json' }>, at: (y: number) => Cells, years: Set<number>, read: Read, find: Find, line: number | null): Row[] {
  const path = profile.money!.keyed!;
  const obj = atPath(ctx.value, path);
  if (obj === null || typeof obj !== 'object') return [];
  const rows: Row[] = [];
  for (const [key, value] of Object.entries(obj as Record<string, unknown>)) {
    const y = parseEraYearPrefix(key);
    const kind = y ? parseMoneyKind(y.rest) : null;
    if (!y || !kind?.ok || kind.value === null) {
      find({ line: null, column: `${path}.${key}`, raw: key, expected: 'R6決算・R7予算 のような年度と区分', severity: 'warning', message: `「${key}」は年度と金額の区分として読めないため、読み飛ばしました` });
      continue;
    }
    const money = at(y.year);
    money.set('money_kind', { raw: key, value: kind.value });
    const entry = { ...ctx, value, at: `${path}.${key}` };
    for (const [field, spec] of Object.entries(profile.money!.fields)) read('program_money', field, spec, money, entry);
    years.add(y.year);
    rows.push({ table: 'program_money', line, cells: money });
  }
  return rows;
}

function asArray(v: unknown): unknown[] {
  return Array.isArray(v) ? v : [];
}

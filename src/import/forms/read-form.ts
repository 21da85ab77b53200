import { buildRows } from '../build-rows';
import type { Cells } from '../build-records';
import { emptyReport, type ParsedUnit } from '../parsed-unit';
import { readCell } from '../read-cell';
import { INPUT_COLUMNS } from '../schema';
import type { Finding } from '../types';
import { FormGrid, locateSections, wholeForm, type RowRange } from './form-grid';
import { readFormTable, type Find, type FormRow } from './form-tables';
import { fieldLabels, locateField, type FieldValue } from './locate-field';
import type { FormField, FormTemplate } from './template';

/**
 * One evaluation sheet read with its template → rows of the five tables, through the table import's own cell
 * readers and record builders, so a form and a table file with the same cells store the same values.
 */
export function readForm(fg: FormGrid, template: FormTemplate): ParsedUnit {
  const grid = fg.grid;
  const report = emptyReport(grid.name, grid);
  report.kind = 'form';
  report.template = template.name;
  const find: Find = (f) => report.findings.push({ file: grid.name, ...f });
  const none = (): ParsedUnit => ({ report, records: {}, rejected: [] });

  const sections = locateSections(fg, template);
  const rangeOf = (id: string | undefined): RowRange => (id === undefined ? wholeForm(fg) : sections.get(id) ?? wholeForm(fg));
  reportMissingSections(template, sections, fg, find);
  const known = [...new Set(template.fields.filter((f) => f.read !== 'title-year').flatMap(fieldLabels))].sort((a, b) => b.length - a.length);
  const locate = (field: FormField) => locateField(fg, rangeOf(field.section), field, known);
  const missing = (field: FormField, severity: Finding['severity']) => {
    const range = rangeOf(field.section);
    const labels = fieldLabels(field).filter((l) => !/^[a-z_.]+$/.test(l)).slice(0, 3);
    find({
      line: range.found && range.to > range.from ? fg.line(range.from) : null,
      column: null,
      raw: null,
      expected: labels.map((l) => `「${l}」`).join('または'),
      severity,
      message: `「${labels[0] ?? field.to}」が見つかりません（${where(fg, range)}を探しました）`,
    });
  };

  // The sheet's keys: without both nothing of it can be stored.
  const yearField = template.fields.find((f) => f.to === 'fiscal_year');
  const yearHit = yearField ? locate(yearField) : null;
  const tables = template.tables.map((spec) => ({ spec, range: rangeOf(spec.section) }));
  const fiscalYear = yearHit?.year ?? null;
  if (fiscalYear === null) {
    if (yearField) missing(yearField, 'error');
    return none();
  }
  report.fiscalYear = fiscalYear;
  const sheetField = template.fields.find((f) => f.to === 'sheet_no');
  const sheetHit = sheetField ? locate(sheetField) : null;
  const sheetNo = sheetHit ? readCell('key', sheetHit.text, null) : null;
  if (!sheetNo?.ok || sheetNo.cell.value === null) {
    if (sheetField && !sheetHit) missing(sheetField, 'error');
    else find({ line: sheetHit ? fg.line(sheetHit.labelRef.row) : null, column: sheetHit ? fg.where(sheetHit.ref ?? sheetHit.labelRef, sheetHit.label) : null, raw: sheetHit?.text ?? null, expected: 'シートNo', severity: 'error', message: 'シートNoが空のため、このシートは取り込めません' });
    return none();
  }
  report.sheetNo = sheetNo.cell.value as string;
  const keyCells: Cells = new Map([
    ['fiscal_year', { raw: yearHit!.text, value: fiscalYear }],
    ['sheet_no', sheetNo.cell],
  ]);

  const rows: FormRow[] = [];
  for (const table of ['sheets', 'reviews'] as const) {
    const fields = template.fields.filter((f) => f.to.startsWith(`${table}.`));
    const cells: Cells = new Map();
    let line: number | null = null;
    for (const field of fields) {
      const hit = locate(field);
      if (!hit) {
        if (!field.optional) missing(field, 'warning');
        continue;
      }
      line ??= fg.line(hit.labelRef.row);
      readField(fg, field, hit, cells, find);
    }
    if (cells.size > 0) rows.push({ table, line: line!, cells });
  }
  for (const { spec, range } of tables) {
    const read = readFormTable(fg, range, spec, fiscalYear, find);
    if (!read.found) {
      find({ line: range.found ? fg.line(range.from) : null, column: null, raw: null, expected: spec.header.join(', '), severity: 'warning', message: `表の見出し（${spec.header.map(headerLabel).join('・')}）が見つかりません（${where(fg, range)}を探しました）` });
    }
    report.blank += read.blank;
    rows.push(...read.rows);
  }
  report.rows = rows.length + report.blank;
  const keyed = rows.map((r) => ({ ...r, cells: new Map([...keyCells, ...r.cells]) }));
  return { report, records: buildRows(keyed, grid.name, (line, f) => find({ ...f, line })), rejected: [] };
}

/** Reads a found field's text with its column's reader; unreadable values are reported at their cell. */
function readField(fg: FormGrid, field: FormField, hit: FieldValue, cells: Cells, find: Find): void {
  const [table, name] = field.to.split('.') as ['sheets' | 'reviews', string];
  const kind = INPUT_COLUMNS[table].find((c) => c.name === name)!.kind;
  if (field.read === 'box' && hit.ref === null) {
    find({ line: fg.line(hit.labelRef.row), column: fg.where(hit.labelRef, hit.label), raw: fg.text(hit.labelRef.row, hit.labelRef.col), expected: '☑ または ☐', severity: 'warning', message: `「${hit.label}」のチェック欄（☑/☐）が見つかりません。不明として扱います` });
    return;
  }
  const res = readCell(kind, hit.text, null);
  // The stored raw text is the cell as written (`<input checked="" type="checkbox"/> 活動`), not just the mark read.
  if (res.ok) {
    cells.set(name, hit.cellText === undefined ? res.cell : { ...res.cell, raw: hit.cellText });
    const ref = hit.ref ?? hit.labelRef;
    for (const w of res.warnings ?? []) find({ line: fg.line(ref.row), column: fg.where(ref, hit.label), raw: hit.text, ...w });
  }
  else {
    cells.set(name, { raw: hit.text, value: null });
    const ref = hit.ref ?? hit.labelRef;
    find({ line: fg.line(ref.row), column: fg.where(ref, hit.label), raw: hit.text, expected: res.expected, severity: res.severity, message: res.message });
  }
}

function reportMissingSections(template: FormTemplate, sections: Map<string, RowRange>, fg: FormGrid, find: Find): void {
  const used = new Set([...template.fields.map((f) => f.section), ...template.tables.map((t) => t.section)]);
  for (const s of template.sections) {
    if (!used.has(s.id) || sections.get(s.id)?.found) continue;
    find({ line: null, column: null, raw: null, expected: s.headings.map((h) => `「${h}」`).join('または'), severity: 'info', message: `区切りの見出し「${s.headings[0]}」が見つかりません。シート全体（${fg.rows.length}行）から探しました` });
  }
}

function where(fg: FormGrid, range: RowRange): string {
  if (!range.found || range.to <= range.from) return 'シート全体';
  const label = range.id === 'head' ? '表題と見出し' : `区切り「${fg.text(range.from, fg.firstFilled(range.from)).trim()}」`;
  return `${label}の中（${fg.line(range.from)}〜${fg.line(range.to - 1)}行目）`;
}

const HEADER_LABELS: Record<string, string> = {
  'activities.activity': '活動名・事業名',
  'outputs.indicator': '指標',
  'outcomes.indicator': '指標名',
};

function headerLabel(field: string): string {
  return HEADER_LABELS[field] ?? field;
}

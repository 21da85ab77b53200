import { parseEraYearPrefix } from '../../cells/fiscal-year';
import { columnLetter, type Grid } from '../../grid';
import { parseHeaderCell } from '../../header';
import { INPUT_COLUMNS } from '../../schema';
import type { ImportProfile, ValueSpec } from '../profile';
import { findProfileHeader, HEADER_SEARCH_ROWS, joinedHeader } from '../profile-records';
import type { TableHeader } from '../values';
import { isReviewField, type ColumnOrText, type MappingDraft } from './draft';

/** Why a draft cannot be saved yet (`error`), or what the user should know about it (`warning`); the screen words them. */
export interface DraftProblem {
  code:
    | 'name' // no name
    | 'fiscal-year' // no fiscal year
    | 'sheet-no' // no sheet number
    | 'municipality-code' // a code that is not 5 or 6 digits
    | 'header-row' // the header's last row is below the rows profiles look in
    | 'signature' // no named column to recognise the file by
    | 'signature-elsewhere' // the file would be recognised at another header row
    | 'block-width' // year blocks without a width
    | 'block-beyond' // a year block runs past the last column
    | 'block-overlap' // two year blocks share columns
    | 'needs-blocks' // money or indicator values, but no year block to read them in
    | 'generic-signature'; // the headers it is recognised by are the five tables' own: it could take their CSVs
  severity: 'error' | 'warning';
  /** the column or block concerned, when there is one */
  at?: string;
}

export interface BuiltProfile {
  /** null while an error remains */
  profile: ImportProfile | null;
  problems: DraftProblem[];
  /** the header as the profile reads it (rows joined): what the screen shows above the grid */
  header: TableHeader;
}

/** Headers recognising a file: enough to tell a city's layout from the five tables, few enough to survive an added column. */
const MAX_SIGNATURE = 8;

/**
 * The profile a draft describes. Columns are named by their header, as a person writes profiles (`{ col: "事業名" }`,
 * the nth of equal headers), so a column added before them does no harm; a column without a header, or whose header
 * carries a year (`令和4年度 事業費`, different in next year's file), is named by its letter. Year-block values are
 * named by their header inside the block when it is the same in every block, else by their place in the block.
 */
export function buildProfile(draft: MappingDraft, grid: Grid, id: string): BuiltProfile {
  const header = joinedHeader(grid, draft.headerRow, draft.headerRows);
  const problems: DraftProblem[] = [];
  const error = (code: DraftProblem['code'], at?: string) => problems.push({ code, severity: 'error', ...(at ? { at } : {}) });
  const col = (c: number): ValueSpec => {
    const text = header.texts[c] ?? '';
    const key = header.keys[c] ?? '';
    if (key === '' || hasYear(text)) return { letter: columnLetter(c) };
    const nth = header.keys.slice(0, c + 1).filter((k) => k === key).length;
    return nth > 1 ? { col: text, nth } : { col: text };
  };
  const columnOrText = (v: ColumnOrText): ValueSpec => ('column' in v ? col(v.column) : { const: v.text });

  if (draft.name.trim() === '') error('name');
  if (!draft.fiscalYear) error('fiscal-year');
  if (!draft.sheetNo) error('sheet-no');
  const code = draft.municipality.code.trim();
  if (code !== '' && !/^[0-9]{5,6}$/.test(code)) error('municipality-code');
  if (draft.headerRow >= HEADER_SEARCH_ROWS) error('header-row');

  const { width, list } = draft.blocks;
  const width0 = list.length ? width : 0;
  if (list.length && width < 1) error('block-width');
  const starts = list.map((b) => b.start).sort((a, b) => a - b);
  starts.forEach((s, i) => {
    if (s + width > header.texts.length) error('block-beyond', columnLetter(s));
    if (i > 0 && s < starts[i - 1]! + width) error('block-overlap', columnLetter(s));
  });
  const inBlock = (offset: number): ValueSpec => {
    const first = list[0]!.start;
    const key = header.keys[first + offset] ?? '';
    const text = header.texts[first + offset] ?? '';
    const same = key !== '' && !hasYear(text) && list.every((b) => header.keys.slice(b.start, b.start + width0).indexOf(key) === offset);
    return same ? { inBlock: text } : { blockColumn: offset + 1 };
  };
  const hasMoney = Object.keys(draft.money).length > 0;
  const valued = draft.indicators.filter((i) => i.value !== null);
  if ((hasMoney || valued.length) && list.length === 0) error('needs-blocks');

  const signature = signatureHeaders(draft, header, list.length && width > 0 ? inBlockTexts(draft, header) : []);
  if (signature.length === 0) error('signature');
  else if (signature.every(isTableAlias)) problems.push({ code: 'generic-signature', severity: 'warning' });

  if (problems.some((p) => p.severity === 'error')) return { profile: null, problems, header };

  const fy = draft.fiscalYear!;
  const sheet: ImportProfile['sheet'] = { sheet_no: 'column' in draft.sheetNo! ? col(draft.sheetNo.column) : { format: '{#}' } };
  const review: NonNullable<ImportProfile['review']> = {};
  for (const [field, c] of Object.entries(draft.fields) as [keyof MappingDraft['fields'], number][]) {
    if (isReviewField(field)) review[field] = col(c);
    else sheet[field] = col(c);
  }
  const profile: ImportProfile = {
    id,
    name: draft.name.trim(),
    description: 'データ画面の「取込設定の作成」で作成 / made on the data page’s mapping screen',
    ...(draft.municipality.name.trim() ? { municipality: { name: draft.municipality.name.trim(), ...(code ? { code } : {}) } } : {}),
    match: { headers: signature },
    source: { kind: 'table', ...(draft.sheet !== null ? { sheet: draft.sheet } : {}), ...(draft.headerRows > 1 ? { headerRows: draft.headerRows } : {}) },
    fiscalYear: 'column' in fy ? { ...col(fy.column), ...(fy.era ? { rule: { eraNumber: fy.era } } : {}) } : { const: String(fy.year) },
    sheet,
    ...(Object.keys(review).length ? { review } : {}),
  };
  if (list.length) {
    profile.yearBlocks = {
      width,
      skipEmpty: draft.blocks.skipEmpty,
      blocks: list.map((b) => ({ start: col(b.start), year: 'offset' in b.year ? { offset: b.year.offset } : b.year.year, kind: b.kind, values: b.values })),
    };
  }
  if (hasMoney && list.length) {
    profile.money = { fields: Object.fromEntries(Object.entries(draft.money).map(([f, o]) => [f, inBlock(o)])) };
  }
  if (draft.indicators.length) {
    profile.indicators = draft.indicators.map((i) => ({
      kind: i.kind,
      name: columnOrText(i.name),
      ...(i.unit ? { unit: columnOrText(i.unit) } : {}),
      ...(i.value !== null && list.length ? { value: inBlock(i.value) } : {}),
    }));
  }

  // The profile must find its header where the user put it: a signature that an earlier row also holds would read
  // the file from there.
  const found = findProfileHeader(grid, profile);
  if (found?.row !== draft.headerRow) return { profile: null, problems: [...problems, { code: found ? 'signature-elsewhere' : 'header-row', severity: 'error' }], header };
  return { profile, problems, header };
}

/** `令和4年度 事業費`, `R5`, `2024年度`: a header that names a year changes from one year's file to the next. */
export function hasYear(text: string): boolean {
  return parseEraYearPrefix(text.trim()) !== null;
}

/** The headers of the assigned columns (outside the year blocks first), distinct, in the order the screen lists them. */
function signatureHeaders(draft: MappingDraft, header: TableHeader, blockTexts: string[]): string[] {
  const columns: number[] = [];
  if (draft.sheetNo && 'column' in draft.sheetNo) columns.push(draft.sheetNo.column);
  if (draft.fiscalYear && 'column' in draft.fiscalYear) columns.push(draft.fiscalYear.column);
  columns.push(...Object.values(draft.fields));
  for (const i of draft.indicators) {
    if ('column' in i.name) columns.push(i.name.column);
    if (i.unit && 'column' in i.unit) columns.push(i.unit.column);
  }
  const texts = [...columns.map((c) => header.texts[c] ?? ''), ...blockTexts];
  const out: string[] = [];
  const keys = new Set<string>();
  for (const t of texts) {
    const key = t.normalize('NFKC').replace(/\s+/g, '').toLowerCase();
    if (key === '' || hasYear(t) || keys.has(key)) continue;
    keys.add(key);
    out.push(t);
    if (out.length === MAX_SIGNATURE) break;
  }
  return out;
}

/** The first block's headers that the money and indicator values are read by (those without a year). */
function inBlockTexts(draft: MappingDraft, header: TableHeader): string[] {
  const first = draft.blocks.list[0]!.start;
  const offsets = [...Object.values(draft.money), ...draft.indicators.map((i) => i.value).filter((v): v is number => v !== null)];
  return offsets.map((o) => header.texts[first + o] ?? '');
}

/** A header any of the five tables knows (`事業名`, `年度`): a profile recognised by those alone would take their CSVs. */
function isTableAlias(text: string): boolean {
  const cell = parseHeaderCell(text, 0);
  return Object.values(INPUT_COLUMNS).some((cols) => cols.some((c) => c.aliases.includes(cell.key)));
}

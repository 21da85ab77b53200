import { isBlankRow } from '../../blank-row';
import { parseMoneyKind } from '../../cells/categories';
import { parseEraYearPrefix } from '../../cells/fiscal-year';
import { isMergedCopy, MERGED_FROM_LEFT, type Grid } from '../../grid';
import { parseHeaderCell } from '../../header';
import { INPUT_COLUMNS } from '../../schema';
import type { MoneyField } from '../profile';
import { HEADER_SEARCH_ROWS, joinedHeader } from '../profile-records';
import { hasYear } from './build-profile';
import { emptyDraft, type BlockDraft, type IndicatorDraft, type MappingDraft, type PlainField } from './draft';

/**
 * The mapping screen's first draft for a file no table, form or profile knows: where its header is, which columns
 * are Seika's fields (the five tables' header aliases, then a few words cities use), its year blocks (the same
 * headers repeating at a fixed step) and indicator slots. Only a suggestion: the user checks it on the grid.
 */

const FIGURE = /^[-+▲△]?[\d０-９,，.．%％]+$/;
const ALL_ALIASES = new Set(Object.values(INPUT_COLUMNS).flatMap((cols) => cols.flatMap((c) => c.aliases)));

/** The header's last row and its depth: the row among the first 15 that looks most like a header. */
export function guessHeader(grid: Grid): { row: number; depth: 1 | 2 | 3 } {
  let best = { row: 0, score: -Infinity };
  for (let r = 0; r < Math.min(grid.rows.length, HEADER_SEARCH_ROWS); r++) {
    const cells = grid.rows[r]!.cells;
    if (isBlankRow(cells)) continue;
    let score = 0;
    for (const text of cells) {
      const t = text.trim();
      if (t === '') continue;
      if (ALL_ALIASES.has(parseHeaderCell(t, 0).key)) score += 3;
      // data rows hold figures; header rows hold names
      score += FIGURE.test(t) ? -2 : 1;
    }
    if (score > best.score) best = { row: r, score };
  }
  // A row of names right under it, where it has none (a CSV's second header row: merges are lost), ends the header.
  const below = grid.rows[best.row + 1]?.cells;
  const above = grid.rows[best.row]?.cells ?? [];
  const row = below && !isBlankRow(below) && !below.some((t) => FIGURE.test(t.trim())) && below.some((t, c) => t.trim() !== '' && (above[c] ?? '').trim() === '') ? best.row + 1 : best.row;
  return { row, depth: row > 0 && isGroupRow(grid, row) ? 2 : 1 };
}

/**
 * Whether the row above a header is needed to name its columns: a column named only there (a CSV's name over an
 * empty cell), or a group name (not a year) over several columns (`活動指標` over `目標値` `実績値`). A name merged
 * down over both rows is in the lower row already, and years over year blocks are better left out: the profile then
 * names the block's columns alone (`事業費`), and reads next year's file, whose years have moved on, all the same.
 */
function isGroupRow(grid: Grid, row: number): boolean {
  const lower = grid.rows[row]!;
  const upper = grid.rows[row - 1]!;
  if (isBlankRow(upper.cells)) return false;
  if (upper.cells.some((t, c) => t.trim() !== '' && (lower.cells[c] ?? '').trim() === '' && !hasYear(t))) return true;
  return upper.cells.some((t, c) => isMergedCopy(upper, c, MERGED_FROM_LEFT) && !hasYear(t));
}

/** A whole first draft: header, year, sheet number, fields, year blocks, money and indicators. */
export function suggestDraft(grid: Grid, header = guessHeader(grid)): MappingDraft {
  const draft = emptyDraft(header.row, header.depth, grid.sheet);
  const joined = joinedHeader(grid, header.row, header.depth);
  const lower = grid.rows[header.row]?.cells ?? [];
  // the lowest row names a column; a name only above it (a CSV's group over an empty cell) stands in
  const keys = joined.texts.map((t, c) => parseHeaderCell(lower[c] ?? '', c).key || parseHeaderCell(t, c).key);
  const data = grid.rows.slice(header.row + 1).filter((r) => !isBlankRow(r.cells)).slice(0, 30).map((r) => r.cells);
  const column = (c: number) => data.map((cells) => (cells[c] ?? '').trim()).filter((t) => t !== '');

  const found = detectBlocks(keys, joined.texts);
  // years over the blocks are looked for in the two rows above too, whether or not the header takes them in
  const withAbove = joinedHeader(grid, header.row, Math.min(3, header.row + 1)).texts;
  const inBlocks = (c: number) => found !== null && found.starts.some((s) => c >= s && c < s + found.width);
  const outside = joined.texts.map((_, c) => c).filter((c) => !inBlocks(c));
  const taken = new Set<number>();

  // fiscal year: a 年度 column (a bare `6` is the era's year), else a year in the title above the header
  const yearCol = outside.find((c) => aliasOf(keys[c]!, 'fiscal_year') || (/年度$/.test(keys[c]!) && column(c).length > 0 && column(c).every(looksLikeYear)));
  if (yearCol !== undefined) {
    taken.add(yearCol);
    draft.fiscalYear = { column: yearCol, era: column(yearCol).every((t) => /^[0-9０-９]{1,2}$|^元$/.test(t)) ? '令和' : null };
  } else {
    const year = titleYear(grid, header.row - header.depth + 1);
    if (year !== null) draft.fiscalYear = { year };
  }

  const sheetCol =
    outside.find((c) => !taken.has(c) && aliasOf(keys[c]!, 'sheet_no')) ??
    outside.find((c) => !taken.has(c) && /番号|no\.?$|コード|id$/.test(keys[c]!) && isUnique(column(c)));
  if (sheetCol !== undefined) {
    taken.add(sheetCol);
    draft.sheetNo = { column: sheetCol };
  }

  for (const c of outside) {
    if (taken.has(c)) continue;
    const field = plainFieldOf(keys[c]!, draft.fields);
    // `作成日` holding only a day of the month (a date split over 年・月・日 columns) is no date
    if (field === 'created_on' && column(c).every((t) => /^[0-9０-９]{1,2}$/.test(t))) continue;
    if (field) {
      draft.fields[field] = c;
      taken.add(c);
    }
  }

  if (found) {
    const fy = draft.fiscalYear && 'column' in draft.fiscalYear ? firstYear(column(draft.fiscalYear.column), draft.fiscalYear.era) : draft.fiscalYear?.year ?? null;
    draft.blocks = { width: found.width, skipEmpty: true, list: blockDrafts(found, withAbove, fy) };
    const first = found.starts[0]!;
    for (let o = 0; o < found.width; o++) {
      const field = moneyFieldOf(keys[first + o]!, draft.money);
      if (field) draft.money[field] = o;
    }
  }
  draft.indicators = indicatorSlots(outside.filter((c) => !taken.has(c)), keys, found, draft.money);
  return draft;
}

function aliasOf(key: string, name: string): boolean {
  return Object.values(INPUT_COLUMNS).some((cols) => cols.some((c) => c.name === name && c.aliases.includes(key)));
}

function looksLikeYear(t: string): boolean {
  return /^[0-9０-９]{1,2}$|^元$/.test(t) || (parseEraYearPrefix(t) !== null && /年度?$|^[RHSrhs]\d+$|^\d{4}$/.test(t.trim()));
}

function isUnique(values: string[]): boolean {
  return values.length > 0 && new Set(values).size === values.length;
}

/** The year the first of a 年度 column's values stands for (a bare `6` in the era given). */
export function firstYear(values: string[], era: string | null): number | null {
  const t = values[0];
  if (t === undefined) return null;
  return parseEraYearPrefix(era && /^[0-9０-９]{1,2}$|^元$/.test(t) ? `${era}${t}年度` : t)?.year ?? null;
}

/** `令和6年度 事務事業評価一覧` above the header: the year the whole file is about. */
function titleYear(grid: Grid, headerTop: number): number | null {
  for (const row of grid.rows.slice(0, Math.max(0, headerTop))) {
    for (const cell of row.cells) {
      const m = /(令和|平成|R|H)\s*([0-9０-９]{1,2}|元)\s*年度|((?:19|20)\d\d)\s*年度/.exec(cell.normalize('NFKC'));
      if (m) return parseEraYearPrefix(m[0])?.year ?? null;
    }
  }
  return null;
}

/** Words cities use for Seika's fields besides the five tables' aliases (`事業の名称`, `所管`, `政策分野`). */
const FIELD_WORDS: [RegExp, PlainField][] = [
  [/事業名|事業の名称|^名称$/, 'program'],
  [/所管|担当|課名?$/, 'department'],
  [/大綱|政策/, 'pillar'],
  [/方向性/, 'next_direction'],
  [/振り返り|総括/, 'reflection'],
];

function plainFieldOf(key: string, taken: MappingDraft['fields']): PlainField | null {
  if (key === '') return null;
  for (const table of ['sheets', 'reviews'] as const) {
    const hit = INPUT_COLUMNS[table].find((c) => c.aliases.includes(key) && !['fiscal_year', 'sheet_no', 'municipality', 'municipality_code'].includes(c.name));
    if (hit && !(hit.name in taken)) return hit.name as PlainField;
  }
  // a number or a code column is no name (`政策番号` is not the pillar)
  if (/番号|コード|no\.?$|id$/.test(key)) return null;
  const word = FIELD_WORDS.find(([re, f]) => re.test(key) && !(f in taken));
  return word ? word[1] : null;
}

const MONEY_WORDS: [RegExp, MoneyField][] = [
  [/国庫|国費/, 'national'],
  [/県支出|都道府県|府支出|都支出/, 'prefectural'],
  [/地方債|市債/, 'bonds'],
  [/一般財源/, 'general_fund'],
  [/人件費/, 'personnel_cost'],
  [/トータルコスト|総コスト|フルコスト/, 'total_cost'],
  [/事業費/, 'project_cost'],
  [/職員|人工/, 'staff'],
  [/業務時間/, 'work_hours'],
];

function moneyFieldOf(key: string, taken: MappingDraft['money']): MoneyField | null {
  const hit = INPUT_COLUMNS.program_money.find((c) => c.aliases.includes(key) && c.name !== 'fiscal_year' && c.name !== 'sheet_no' && c.name !== 'money_kind');
  if (hit && !(hit.name in taken) && !hit.name.startsWith('municipality')) return hit.name as MoneyField;
  const word = MONEY_WORDS.find(([re, f]) => re.test(key) && !(f in taken));
  return word ? word[1] : null;
}

interface FoundBlocks {
  width: number;
  starts: number[];
}

/**
 * Year blocks: headers (their year and notes removed) that come back at a fixed step, as many times each. The
 * step is the block's width and the earliest of them its start. One repeating header makes blocks only when the
 * years over it differ (`R4 決算額`, `R5 決算額`): a header that merely occurs twice is no block.
 */
export function detectBlocks(keys: string[], texts: string[]): FoundBlocks | null {
  const positions = new Map<string, number[]>();
  keys.forEach((k, c) => {
    if (k !== '') positions.set(k, [...(positions.get(k) ?? []), c]);
  });
  const groups = new Map<string, { step: number; count: number; firsts: number[] }>();
  for (const list of positions.values()) {
    if (list.length < 2) continue;
    const step = list[1]! - list[0]!;
    if (!list.every((p, i) => i === 0 || p - list[i - 1]! === step)) continue;
    const id = `${step}×${list.length}`;
    const g = groups.get(id) ?? { step, count: list.length, firsts: [] };
    g.firsts.push(list[0]!);
    groups.set(id, g);
  }
  const candidates = [...groups.values()]
    .filter((g) => g.firsts.length <= g.step && Math.max(...g.firsts) - Math.min(...g.firsts) < g.step)
    .filter((g) => g.firsts.length >= 2 || new Set(Array.from({ length: g.count }, (_, i) => yearIn(texts, g.firsts[0]! + i * g.step, 1))).size === g.count)
    .sort((a, b) => b.count * b.firsts.length - a.count * a.firsts.length || Math.min(...a.firsts) - Math.min(...b.firsts));
  const best = candidates[0];
  if (!best) return null;
  const start = Math.min(...best.firsts);
  return { width: best.step, starts: Array.from({ length: best.count }, (_, i) => start + i * best.step) };
}

/** The first year a block's headers name (`令和4年度 事業費` → 2022), or null. */
function yearIn(texts: string[], start: number, width: number): number | null {
  for (let c = start; c < start + width; c++) {
    const y = parseEraYearPrefix((texts[c] ?? '').trim());
    if (y) return y.year;
  }
  return null;
}

/**
 * Each block's year (from its headers, relative to the record's year when that is known; else counting back from
 * the last block, as 大船渡市's 5 years before to the evaluation year) and kind (the words over it, else 決算).
 */
function blockDrafts(found: FoundBlocks, texts: string[], fy: number | null): BlockDraft[] {
  const years = found.starts.map((s) => yearIn(texts, s, found.width));
  const known = years.every((y) => y !== null);
  return found.starts.map((s, i) => {
    const words = texts.slice(s, s + found.width).join(' ');
    const named = /予算|計画|見込|決算/.test(words) ? parseMoneyKind(words.match(/決算見込|見込|決算|計画|予算/)![0]) : null;
    const kind = named?.ok && named.value ? named.value : '決算';
    const year: BlockDraft['year'] = known ? (fy !== null ? { offset: years[i]! - fy } : { year: years[i]! }) : { offset: i - (found.starts.length - 1) };
    return { start: s, year, kind, values: kind === '予算' || kind === '計画' ? 'target' : 'actual' };
  });
}

/**
 * Indicator slots: name columns (`成果指標`, `⑤活動指標 ア：名称`) outside the blocks, each with the unit column
 * beside it and, in order, the block's indicator value columns (`成果実績`, `⑦成果指標 サ`).
 */
function indicatorSlots(outside: number[], keys: string[], found: FoundBlocks | null, money: MappingDraft['money']): IndicatorDraft[] {
  const names = outside.filter((c) => /指標/.test(keys[c]!) && !/単位/.test(keys[c]!));
  const moneyOffsets = new Set(Object.values(money));
  const values = found ? Array.from({ length: found.width }, (_, o) => o).filter((o) => !moneyOffsets.has(o) && /指標|実績|成果|目標/.test(keys[found.starts[0]! + o]!)) : [];
  return names.map((c, i) => {
    const k = keys[c]!;
    const unit = /単位/.test(keys[c + 1] ?? '') ? { column: c + 1 } : null;
    return { kind: /活動|アウトプット/.test(k) ? '活動' : /対象/.test(k) ? '対象' : '成果', name: { column: c }, unit, value: values[i] ?? null };
  });
}

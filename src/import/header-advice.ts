/**
 * What the header tells the user beyond which table it is: a column name one letter off an accepted one
 * (「実積値」は「実績値」ではありませんか), a table without a column for its key figures (every actual empty), a column
 * of another year, characters nobody can see. A misspelt 実績値 used to leave every actual empty with an info line.
 */
import { codePointLabel } from './cells';
import { columnLetter } from './grid';
import type { HeaderCell, MappedColumn, RecognisedTable } from './header';
import { INPUT_COLUMNS, TABLE_LABELS_JA } from './schema';
import { TABLE_NAMES, type Finding, type TableName } from './types';

type HeaderFinding = Omit<Finding, 'file' | 'line'>;

/** The figures a table is read for: without a column for one of them, each of its rows has it empty. */
const KEY_FIGURES: Partial<Record<TableName, { names: string[]; shown: string }[]>> = {
  outcomes: [{ names: ['target'], shown: '目標値' }, { names: ['actual'], shown: '実績値' }],
  outputs: [{ names: ['target', 'next_target'], shown: '目標値' }, { names: ['actual'], shown: '実績値' }],
  activities: [{ names: ['budget'], shown: '予算額' }, { names: ['spend'], shown: '決算額' }],
};

/** Accepted header names one edit away (a letter changed, added, dropped or two swapped) from `key`. */
export function nearMisses(key: string, tables: readonly TableName[], skip: ReadonlySet<string> = new Set()): { alias: string; column: string }[] {
  if (Array.from(key).length < 2) return [];
  const out: { alias: string; column: string }[] = [];
  for (const t of tables) {
    for (const c of INPUT_COLUMNS[t]) {
      if (skip.has(c.name)) continue;
      for (const a of c.aliases) {
        if (!out.some((o) => o.alias === a) && oneEditApart(key, a)) out.push({ alias: a, column: c.name });
      }
    }
  }
  return out.slice(0, 3);
}

function oneEditApart(a: string, b: string): boolean {
  const x = Array.from(a);
  const y = Array.from(b);
  if (x.join('') === y.join('') || Math.abs(x.length - y.length) > 1) return false;
  // Two-letter names differ by a letter from too many others (成果/結果): only a changed letter counts there.
  if (Math.min(x.length, y.length) < 3 && x.length !== y.length) return false;
  let i = 0;
  while (i < x.length && i < y.length && x[i] === y[i]) i++;
  const rest = (p: string[], q: string[]) => p.join('') === q.join('');
  if (x.length === y.length) {
    if (rest(x.slice(i + 1), y.slice(i + 1))) return true;
    return x[i] === y[i + 1] && x[i + 1] === y[i] && rest(x.slice(i + 2), y.slice(i + 2));
  }
  return x.length > y.length ? rest(x.slice(i + 1), y.slice(i)) : rest(x.slice(i), y.slice(i + 1));
}

export function suggestion(cell: HeaderCell, misses: { alias: string }[]): string {
  return misses.map((m) => `「${cell.text.trim()}」は「${m.alias}」ではありませんか`).join('。');
}

/** The header's findings: unknown columns (with near misses), other years, invisible characters, missing figures. */
export function headerFindings(found: RecognisedTable): HeaderFinding[] {
  const out: HeaderFinding[] = [];
  const taken = new Set(found.columns.map((c) => c.column.name));
  for (const cell of found.cells) {
    if (cell.invisible.length === 0) continue;
    out.push({
      column: cell.text,
      raw: cell.text,
      expected: '見えない文字のない列名',
      severity: 'warning',
      message: `列名「${cell.text.trim()}」には見えない文字・制御文字（${cell.invisible.map(codePointLabel).join(' ')}）が含まれていたため、取り除いて読みました`,
    });
  }
  for (const cell of found.ignored) {
    const misses = nearMisses(cell.key, [found.table], taken);
    out.push(
      misses.length
        ? {
            column: cell.text,
            raw: cell.text,
            expected: misses.map((m) => m.alias).join(' / '),
            severity: 'warning',
            message: `列「${cell.text}」は使われません。${suggestion(cell, misses)}（見出しを直すとその列として読みます。a header one letter off an accepted one）`,
          }
        : { column: cell.text, raw: cell.text, expected: null, severity: 'info', message: `列「${cell.text}」は使われません（読み飛ばします）` },
    );
  }
  for (const cell of found.otherYear) {
    out.push({
      column: cell.text,
      raw: cell.text,
      expected: found.headerYear === null ? null : `${found.headerYear}年度の列`,
      severity: 'warning',
      message: `列「${cell.text}」は${cell.year}年度の値で、この表の行（${found.headerYear}年度）とは年度が違うため読みません（a column of another year）`,
    });
  }
  for (const figure of KEY_FIGURES[found.table] ?? []) {
    if (figure.names.some((n) => taken.has(n))) continue;
    const misses = found.ignored.flatMap((cell) => nearMisses(cell.key, [found.table]).filter((m) => figure.names.includes(m.column)).map(() => cell));
    const hint = misses.length ? `${suggestion(misses[0]!, [{ alias: figure.shown }])}。` : '';
    out.push({
      column: null,
      raw: null,
      expected: `「${figure.shown}」の列`,
      severity: 'warning',
      message: `この表（${TABLE_LABELS_JA[found.table]}）には「${figure.shown}」の列がありません。${hint}${figure.shown}はすべての行で空として読みます（no column for ${figure.shown}）`,
    });
  }
  return out;
}

/** For a header no table matches: the near misses among every table's names, to append to the error. */
export function unmatchedAdvice(cells: readonly HeaderCell[]): string {
  const known = new Set(TABLE_NAMES.flatMap((t) => INPUT_COLUMNS[t].flatMap((c) => c.aliases)));
  const hints = cells.filter((c) => !known.has(c.key)).map((c) => suggestion(c, nearMisses(c.key, TABLE_NAMES))).filter((s) => s !== '');
  return hints.length ? `。${hints.join('。')}` : '';
}

/** `C（実績値）`-style: where a column stands, for a clerk looking at the sheet. */
export function placeOf(column: MappedColumn | HeaderCell): string {
  return `${columnLetter(column.index)}列`;
}

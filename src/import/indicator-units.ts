/**
 * An indicator's unit, settled from everything the row says about it: the 単位 column, the name's `(件)`, a figure
 * header's note (`目標値（人）`) and the units written in the figure cells (`120%`, `1.5万人`). Where they disagree
 * the figure is kept as written, with a warning on its cell: `120%` in a row whose 単位 is 件 once loaded as
 * 120 件 without a word. A figure scaled by a multiplier word goes back into the row's own unit when that unit
 * carries the word (`1.5万人` under 単位 万人 is 1.5, not 15000).
 */
import type { Cells, Report } from './build-records';
import type { ReadCell } from './read-cell';

const FIGURES = ['target', 'next_target', 'actual', 'baseline'] as const;
const LABELS: Record<(typeof FIGURES)[number], string> = { target: '目標値', next_target: '翌年度目標値', actual: '実績値', baseline: '基準値' };

// Notes a figure header carries that are not units (`実績値（見込）`, `目標値（当初）`).
const NOT_UNITS = new Set(['見込', '見込み', '予定', '暫定', '速報', '確定', '累計', '当初', '補正', '参考', '任意', '必須', '目標', '実績', '年度', '単位', '税込', '税抜', '対象年']);

/** A figure header's note as a unit (`人`, `単位：件`, `％`), or null for a year, a remark or anything long. */
export function noteAsUnit(note: string | null): string | null {
  if (note === null) return null;
  const unit = note.normalize('NFKC').replace(/\s/g, '').replace(/^単位[:：]?/, '');
  if (unit === '' || Array.from(unit).length > 6 || /\d/.test(unit) || NOT_UNITS.has(unit)) return null;
  return unit;
}

const same = (a: string, b: string) => a.normalize('NFKC').replace(/\s/g, '') === b.normalize('NFKC').replace(/\s/g, '');

/**
 * The row's unit; figure cells in `cells` are replaced (never changed in place) where a multiplier goes back into
 * that unit. A figure cell's headerUnit is the unit its header's note gives (see noteAsUnit).
 */
export function settleUnit(cells: Cells, report: Report): string | null {
  const column = (cells.get('unit')?.value as string | null | undefined) ?? null;
  const fromHeader = FIGURES.map((n) => cells.get(n)?.headerUnit ?? null).find((u) => u !== null) ?? null;
  const stated = column ?? cells.get('indicator')?.unit ?? fromHeader;
  let unit = stated;
  let unitFrom: string | null = stated === null ? null : column !== null ? '単位の列' : '見出し';
  for (const name of FIGURES) {
    const cell = cells.get(name);
    if (!cell || cell.value === null || cell.value === undefined) continue;
    const own = cell.unit ?? null;
    if (own === null) continue;
    if (unit === null) {
      unit = own;
      unitFrom = LABELS[name];
      continue;
    }
    if (same(own, unit)) continue;
    if (cell.scale && same(cell.scale.word + own, unit)) {
      cells.set(name, unscaled(cell, cell.scale.power));
      continue;
    }
    report({
      column: name,
      raw: cell.raw,
      expected: `単位「${unit}」の数値`,
      severity: 'warning',
      message:
        `「${cell.raw.trim()}」の単位「${cell.scale ? cell.scale.word : ''}${own}」は${unitFrom}の単位「${unit}」と違います。` +
        `値は ${String(cell.value)} のまま取り込みます。どちらが正しいか確かめてください（the cell's unit disagrees with the row's unit）`,
    });
  }
  return unit;
}

/** 15000 read from `1.5万人`, back as 1.5 (万人): rounded to 15 digits, the figure as written. */
function unscaled(cell: ReadCell, power: number): ReadCell {
  const v = Number(((cell.value as number) / 10 ** power).toPrecision(15));
  return { ...cell, value: v === 0 ? 0 : v, unit: `${cell.scale!.word}${cell.unit!}` };
}

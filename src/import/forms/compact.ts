/**
 * Labels are compared the way headers are (src/import/header.ts): NFKC, no white space, lower case — so `シート No.`,
 * `ｼｰﾄNO.` and `シートNo．` are one label. A compact text remembers where each of its characters stood in the cell as
 * written, so that the value after a label (`シート No.: 124 作成日: 2025.5/16`) is cut from the original text.
 */
export interface CompactText {
  text: string;
  /** index in the original cell of each compact character */
  at: number[];
  /** whether white space stood before each compact character (a label starts at a word boundary) */
  spaced: boolean[];
}

const SPACE = /\s/;

export function compactText(raw: string): CompactText {
  let text = '';
  const at: number[] = [];
  const spaced: boolean[] = [];
  let space = true;
  let i = 0;
  for (const ch of raw) {
    const folded = ch.normalize('NFKC').toLowerCase();
    for (const f of folded) {
      if (SPACE.test(f)) {
        space = true;
        continue;
      }
      text += f;
      at.push(i);
      spaced.push(space);
      space = false;
    }
    i += ch.length;
  }
  return { text, at, spaced };
}

export function labelKey(label: string): string {
  return label.normalize('NFKC').replace(/\s+/g, '').toLowerCase();
}

/** Between a label and its value: a colon, or nothing but the space that compacting removed. */
const SEPARATORS = new Set([':', '：']);

export interface LabelAt {
  label: string;
  start: number;
  /** compact index just after the label and its separator */
  valueStart: number;
}

/**
 * Where a label stands in a cell: at its start or after white space, and followed by the end of the cell, a colon
 * or white space. `施策` is thus found in `施策` and `施策: 3 連携事業` but not in `施策の大綱`.
 */
export function findLabelIn(c: CompactText, labels: readonly string[], from = 0): LabelAt | null {
  let best: LabelAt | null = null;
  for (const label of labels) {
    for (let p = c.text.indexOf(label, from); p !== -1; p = c.text.indexOf(label, p + 1)) {
      if (best && p >= best.start) break;
      if (p !== 0 && !c.spaced[p]) continue;
      const after = p + label.length;
      const ends = after === c.text.length || SEPARATORS.has(c.text[after]!) || c.spaced[after] === true;
      if (!ends) continue;
      let valueStart = after;
      while (valueStart < c.text.length && SEPARATORS.has(c.text[valueStart]!)) valueStart++;
      if (!best || p < best.start || (p === best.start && label.length > best.label.length)) best = { label, start: p, valueStart };
      break;
    }
  }
  return best;
}

import { describe, expect, it } from 'vitest';
import { linesIn, pagesByHeight, rowHeightForLines, rowHeightMm } from '../../../src/briefing/paginate';
import { clipToWidth } from '../../../src/briefing/chart-options';
import { displayWidth } from '../../../src/format/display-width';

describe('briefing pagination by printed height', () => {
  it('counts full-width characters double', () => {
    expect(displayWidth('abc')).toBe(3);
    expect(displayWidth('事業')).toBe(4);
    expect(displayWidth('ｱｲｳ')).toBe(3); // half-width kana
    expect(displayWidth('１２３')).toBe(6); // full-width digits
  });

  it('wraps text by the column width (3 mm a full-width glyph, 2.4 mm padding)', () => {
    // 88 mm → (88 − 2.4) / 3 = 28.5 → 57 half-width units a line
    expect(linesIn('', 88)).toBe(1);
    expect(linesIn('あ'.repeat(28), 88)).toBe(1);
    expect(linesIn('あ'.repeat(29), 88)).toBe(2);
    expect(linesIn('a'.repeat(57), 88)).toBe(1);
    expect(linesIn('a'.repeat(58), 88)).toBe(2);
    // a column narrower than its padding still holds something per line
    expect(linesIn('あいう', 1)).toBe(3);
  });

  it('takes the tallest cell of a row', () => {
    expect(rowHeightMm([['短い', 88], ['あ'.repeat(60), 88]])).toBe(rowHeightForLines(3));
    expect(rowHeightMm([])).toBe(rowHeightForLines(1));
  });

  it('cuts rows into pages in order, never over the budget, one row a page at least', () => {
    const rows = [10, 10, 10, 25, 5, 40, 1];
    expect(pagesByHeight(rows, (r) => r, 30)).toEqual([[10, 10, 10], [25, 5], [40], [1]]);
    expect(pagesByHeight([], (r: number) => r, 30)).toEqual([[]]);
    const pages = pagesByHeight(rows, (r) => r, 30);
    expect(pages.flat()).toEqual(rows);
    for (const p of pages) if (p.length > 1) expect(p.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(30);
  });
});

describe('chart labels clipped to their room', () => {
  it('keeps names that fit, cuts longer ones with an ellipsis inside the limit', () => {
    expect(clipToWidth('I 子育て・教育', 72)).toBe('I 子育て・教育');
    const clipped = clipToWidth('目標'.repeat(40), 20);
    expect(clipped.endsWith('…')).toBe(true);
    expect(displayWidth(clipped)).toBeLessThanOrEqual(20);
    expect(clipped.startsWith('目標目標')).toBe(true);
  });
});

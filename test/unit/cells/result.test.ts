import { describe, expect, it } from 'vitest';
import { cellError, cellOk, cellWarning, quoteCell } from '../../../src/import/cells/result';

describe('result helpers', () => {
  it('builds each kind of result', () => {
    expect(cellOk(3)).toEqual({ ok: true, value: 3 });
    expect(cellOk(null)).toEqual({ ok: true, value: null });
    expect(cellError('数値', 'だめ')).toEqual({ ok: false, expected: '数値', severity: 'error', message: 'だめ' });
    expect(cellWarning('数値', '注意')).toEqual({ ok: false, expected: '数値', severity: 'warning', message: '注意' });
  });

  it.each([
    ['ほげ', '「ほげ」'],
    ['一行目\n二行目', '「一行目↵二行目」'],
    ['あ'.repeat(30), `「${'あ'.repeat(30)}」`],
    ['あ'.repeat(31), `「${'あ'.repeat(30)}…」`],
    // Counted in characters, not UTF-16 units, so a surrogate pair is never cut in half.
    ['𠮷'.repeat(31), `「${'𠮷'.repeat(30)}…」`],
  ])('quoteCell(%j) → %j', (raw, expected) => {
    expect(quoteCell(raw)).toBe(expected);
  });
});

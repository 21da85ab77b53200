/**
 * The bracket splitting that regexes did (quadratic or cubic in a run of spaces) is now done by hand; on short
 * generated texts it finds exactly what those regexes found, so that only the time changed.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findBracketed, splitTrailingParen } from '../../../src/import/cells/text';

const text = fc.string({ unit: fc.constantFrom('a', 'あ', ' ', '\u3000', '\n', '(', ')', '（', '）', '【', '】', 'R', '6'), maxLength: 14 });

describe('by hand, as the regexes did', () => {
  it('splitTrailingParen = /^(.*?)\\s*[(（]([^()（）]*)[)）]$/s', () => {
    const OLD = /^(.*?)\s*[(（]([^()（）]*)[)）]$/s;
    fc.assert(
      fc.property(text, (s) => {
        const m = OLD.exec(s);
        expect(splitTrailingParen(s)).toEqual(m ? { before: m[1], inner: m[2] } : null);
      }),
      { numRuns: 3000 },
    );
  });

  it('splitTrailingParen(…, "(", ")") then trim = /^(.*?)\\s*\\(\\s*([^()]+?)\\s*\\)$/s (targets)', () => {
    const OLD = /^(.*?)\s*\(\s*([^()]+?)\s*\)$/s;
    fc.assert(
      fc.property(text, (s) => {
        const m = OLD.exec(s);
        const mine = splitTrailingParen(s, '(', ')');
        const ours = mine && mine.inner !== '' ? { before: mine.before, inner: mine.inner.trim() } : null;
        expect(ours).toEqual(m ? { before: m[1], inner: m[2]!.trim() } : null);
      }),
      { numRuns: 3000 },
    );
  });

  it('findBracketed = s.matchAll(/\\s*【([^【】]*)】\\s*/g)', () => {
    const OLD = /\s*【([^【】]*)】\s*/g;
    fc.assert(
      fc.property(text, (s) => {
        const old = [...s.matchAll(OLD)].map((m) => ({ index: m.index, text: m[0], inner: m[1] }));
        expect(findBracketed(s)).toEqual(old);
      }),
      { numRuns: 3000 },
    );
  });
});

import { describe, expect, it } from 'vitest';
import { codePointLabel, removeInvisible, showInvisible } from '../../../src/import/cells/invisible';
import { quoteCell } from '../../../src/import/cells/result';

describe('removeInvisible', () => {
  it.each<[string, string, string[]]>([
    ['3,083', '3,083', []],
    ['3\u200b,083', '3,083', ['\u200b']], // zero-width space
    ['\ufeff2024', '2024', ['\ufeff'], ], // a BOM inside the file: two exports pasted together
    ['事業\u202eA', '事業A', ['\u202e']], // right-to-left override
    ['A\u2066B\u2069', 'AB', ['\u2066', '\u2069']], // bidi isolates
    ['\u001b[31m赤\u001b[0m', '[31m赤[0m', ['\u001b']], // a terminal escape code loses its ESC
    ['a\u0000b\u007fc\u009bd', 'abcd', ['\u0000', '\u007f', '\u009b']],
    ['soft\u00adhyphen', 'softhyphen', ['\u00ad']],
    ['tag\u{E0041}\u{E0001}', 'tag', ['\u{E0041}', '\u{E0001}']], // Unicode tags ('ASCII smuggling')
    ['一行目\n二行目\tタブ\r\n', '一行目\n二行目\tタブ\r\n', []], // line breaks and tabs are text
    ['葛\u{E0100}城', '葛\u{E0100}城', []], // an ideographic variation selector chooses the kanji's form
    ['😀', '😀', []],
    ['\u200b\u200b\u200b', '', ['\u200b']],
  ])('%j → %j', (raw, text, removed) => {
    expect(removeInvisible(raw)).toEqual({ text, removed });
  });

  it('keeps lone surrogates as they are', () => {
    expect(removeInvisible('\ud800\u200bx').text).toBe('\ud800x');
  });
});

describe('showing invisible characters', () => {
  it.each([
    ['\u200b', '⟨U+200B⟩'],
    ['\u0000', '⟨U+0000⟩'],
    ['\u{E0041}', '⟨U+E0041⟩'],
  ])('%j is named %j', (ch, label) => {
    expect(codePointLabel(ch)).toBe(label);
  });

  it('shows every invisible or control character, and line breaks as ↵', () => {
    expect(showInvisible('1\u200b000\u001b[2J\r\n次\u202e')).toBe('1⟨U+200B⟩000⟨U+001B⟩[2J↵次⟨U+202E⟩');
  });

  it('quotes a cell with its invisible characters shown', () => {
    expect(quoteCell('12\u200b3')).toBe('「12⟨U+200B⟩3」');
    expect(quoteCell(`\u001b${'あ'.repeat(40)}`)).toBe(`「⟨U+001B⟩${'あ'.repeat(29)}…」`);
  });
});

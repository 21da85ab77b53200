import { describe, expect, it } from 'vitest';
import { cleanText, identityKey, isNotApplicable, toHalfWidth } from '../../../src/import/cells/text';

describe('toHalfWidth', () => {
  it.each([
    ['３，０８３', '3,083'],
    ['Ｒ６', 'R6'],
    ['１２．５％', '12.5%'],
    ['令和\u3000６年度', '令和 6年度'],
    ['㋿6', '令和6'],
    ['（件）', '(件)'],
    ['ｶﾞｲﾄﾞ', 'ガイド'],
    ['－１２０', '-120'],
    ['▲120', '▲120'],
    ['ー', 'ー'],
  ])('%j → %j', (raw, expected) => {
    expect(toHalfWidth(raw)).toBe(expected);
  });
});

describe('cleanText', () => {
  it.each([
    ['  参加人数  ', '参加人数'],
    ['\u3000参加人数\u3000', '参加人数'],
    ['104,602\t', '104,602'],
    ['104,602\t\t', '104,602'],
    ['\uFEFF年度', '年度'],
    ['一行目\r\n二行目', '一行目\n二行目'],
    ['一行目\r二行目\r\n', '一行目\n二行目'],
    // User text is shown as written: no NFKC.
    ['３，０８３ Ｒ６ ｶﾞ', '３，０８３ Ｒ６ ｶﾞ'],
    ['取組  回数', '取組  回数'],
    ['', ''],
  ])('%j → %j', (raw, expected) => {
    expect(cleanText(raw)).toBe(expected);
  });
});

describe('isNotApplicable', () => {
  it.each([
    ['', true],
    ['   ', true],
    ['\u3000', true],
    ['\t', true],
    ['—', true], // U+2014, the seed's dash
    ['－', true], // U+FF0D
    ['-', true],
    ['―', true], // U+2015
    ['‐', true], // U+2010
    ['–', true], // U+2013
    ['−', true], // U+2212 alone: a minus with no figure
    ['――', true],
    [' — ', true],
    ['\u3000－\u3000', true],
    ['なし', true],
    ['該当なし', true],
    ['\u3000なし\u3000', true],
    ['該当 なし', true],
    ['ー', false], // U+30FC katakana long vowel mark: a letter, not a dash
    ['ーー', false],
    ['0', false],
    ['-1', false],
    ['千円', false],
    ['なし等', false],
    ['実施', false],
  ])('%j → %s', (raw, expected) => {
    expect(isNotApplicable(raw)).toBe(expected);
  });
});

describe('identityKey', () => {
  it.each([
    ['教育機関・民間企業との連携事業', '教育機関・民間企業との連携事業'],
    ['教育機関・民間企業との 連携事業', '教育機関・民間企業との連携事業'],
    ['教育機関・民間企業との\u3000連携事業\t', '教育機関・民間企業との連携事業'],
    ['ＳＤＧｓ推進事業', 'SDGs推進事業'],
    ['参加人数 (人)', '参加人数(人)'],
    ['参加人数（人）', '参加人数(人)'],
    ['取組\n回数', '取組回数'],
  ])('%j → %j', (raw, expected) => {
    expect(identityKey(raw)).toBe(expected);
  });

  it('keeps different names apart', () => {
    expect(identityKey('取組回数')).not.toBe(identityKey('取組数'));
  });
});

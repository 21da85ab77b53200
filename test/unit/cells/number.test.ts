import { describe, expect, it } from 'vitest';
import { parseMoney, parseQuantity, type Quantity } from '../../../src/import/cells/number';
import { ERROR, NOT_APPLICABLE, WARNING, ok, outcome } from './outcome';

const q = (value: number, unit: string | null = null): Quantity => ({ value, unit });

describe('parseQuantity', () => {
  it.each([
    ['3083', q(3083)],
    ['3,083', q(3083)],
    ['３，０８３', q(3083)],
    ['３０８３', q(3083)],
    ['3,083人', q(3083, '人')],
    ['3,083 人', q(3083, '人')],
    ['３，０８３人', q(3083, '人')],
    ['0 千円', q(0, '千円')],
    ['12.5%', q(12.5, '%')],
    ['12.5％', q(12.5, '%')],
    ['12.5 %', q(12.5, '%')],
    ['１２．５％', q(12.5, '%')],
    ['▲120', q(-120)],
    ['△120', q(-120)],
    ['▲ 120', q(-120)],
    ['▲1,200千円', q(-1200, '千円')],
    ['-120', q(-120)],
    ['−120', q(-120)], // U+2212
    ['－120', q(-120)], // U+FF0D
    ['+5', q(5)],
    ['＋5', q(5)],
    ['-0', q(0)],
    ['1.2万人', q(1.2, '万人')],
    ['104,602\t', q(104602)],
    ['\u3000104,602\u3000', q(104602)],
    ['0', q(0)],
    ['0.5', q(0.5)],
    ['1,234,567.89', q(1234567.89)],
    ['40', q(40)],
    ['5件', q(5, '件')],
    ['1回', q(1, '回')],
    ['1,200㎡', q(1200, 'm2')],
    ['30m3', q(30, 'm3')],
    ['5km2', q(5, 'km2')],
    // A note after the unit stays in the unit: the figure is still good, and the raw text is kept anyway.
    ['3,083人（見込）', q(3083, '人(見込)')],
  ])('%j → %j', (raw, expected) => {
    expect(outcome(parseQuantity(raw))).toEqual(ok(expected));
  });

  it('keeps -0 out of the results, so that Object.is comparisons hold', () => {
    const r = parseQuantity('▲0');
    expect(Object.is(r.ok ? r.value?.value : NaN, 0)).toBe(true);
  });

  it.each([[''], [' '], ['\u3000'], ['—'], ['－'], ['-'], ['―'], ['‐'], ['–'], ['なし'], ['該当なし']])(
    '%j is not applicable: null, not zero',
    (raw) => {
      expect(outcome(parseQuantity(raw))).toEqual(NOT_APPLICABLE);
    },
  );

  it.each([['実施'], ['把握'], ['調査未実施'], ['集計中'], ['未実施'], ['未集計'], ['千円'], ['ー'], ['%']])(
    'words for a figure %j are a warning, not an error',
    (raw) => {
      expect(outcome(parseQuantity(raw))).toEqual(WARNING);
    },
  );

  it('tells the user the words are kept and the indicator is not measured', () => {
    expect(parseQuantity('調査未実施')).toEqual({
      ok: false,
      expected: '数値',
      severity: 'warning',
      message:
        '「調査未実施」は数値ではありません。文字はそのまま残し、指標は「未測定」として扱います' +
        '（not a number: the text is kept and the indicator is treated as not measured）',
    });
  });

  it.each([
    ['12-3'],
    ['1.2.3'],
    ['29（4）'],
    ['29(4)'],
    ['人3'], // a unit goes after the figure only
    ['約3,000人'],
    ['3 083'],
    ['.5'],
    ['5.'],
    ['1e3'],
    ['▲-120'],
    ['--120'],
    ['120-'],
    ['3,083人\n(見込)'],
    ['R6'],
    ['2025/5/16'],
  ])('text with digits that is no number, %j, is an error', (raw) => {
    expect(outcome(parseQuantity(raw))).toEqual(ERROR);
  });

  it('says what it expected for an unreadable number', () => {
    expect(parseQuantity('12-3')).toEqual({
      ok: false,
      expected: '数値（3083, 3,083, 3,083人, 12.5%, ▲120）',
      severity: 'error',
      message: '「12-3」は数値として読めません（not a number）',
    });
  });
});

describe('parseMoney', () => {
  it.each<[string, string | null, number]>([
    ['0 千円', null, 0],
    ['0千円', null, 0],
    ['0', null, 0],
    ['1,200', null, 1200],
    ['1,200', '千円', 1200],
    ['１，２００', null, 1200],
    ['1,200', '円', 1.2],
    ['1,200円', null, 1.2],
    ['1,200円', '千円', 1.2], // the cell's unit wins over the header's
    ['5千円', '円', 5],
    ['3', '百万円', 3000],
    ['1.005', '百万円', 1005], // not 1004.9999999999999
    ['4,350円', null, 4.35], // not 4.3500000000000005
    ['3百万円', null, 3000],
    ['1', '円', 0.001],
    ['12', '（千円）', 12],
    ['12', '(円)', 0.012],
    ['12', '単位：千円', 12],
    ['12', '', 12],
    ['▲500', null, -500],
    ['△500', '円', -0.5],
    ['¥1,200', null, 1.2],
    ['￥1,200', '千円', 1.2],
    ['¥1,200円', null, 1.2],
    // A Shift_JIS yen sign decodes to a backslash.
    ['\\1,200', null, 1.2],
    ['104,602\t', null, 104602],
  ])('%j with header unit %j → %d 千円', (raw, headerUnit, expected) => {
    expect(outcome(parseMoney(raw, headerUnit))).toEqual(ok(expected));
  });

  it.each<[string, string | null]>([
    ['', null],
    ['—', null],
    ['－', '円'],
    ['なし', null],
    // the seed's four empty activity rows carry the unit with no figure
    ['千円', null],
    [' 千円', null],
    ['千円', '円'],
    ['円', null],
    ['百万円', null],
  ])('%j (header %j) is not applicable', (raw, headerUnit) => {
    expect(outcome(parseMoney(raw, headerUnit))).toEqual(NOT_APPLICABLE);
  });

  it.each<[string, string | null]>([
    ['12人', null],
    ['12', '人'],
    ['12ドル', null],
    ['1.2万円', null], // only 千円, 円 and 百万円 are read
    ['未定', null],
    ['実施', null],
    ['12-3', null],
    ['¥12千円', null],
    ['人12', null],
  ])('%j (header %j) is an error', (raw, headerUnit) => {
    expect(outcome(parseMoney(raw, headerUnit))).toEqual(ERROR);
  });

  it('names the unit it could not use', () => {
    expect(parseMoney('12', '人')).toEqual({
      ok: false,
      expected: '金額（千円。1,200 / 0 千円 / 1,200円 / 3百万円）',
      severity: 'error',
      message: '「12」の単位「人」は金額の単位として読めません（千円・円・百万円のみ）',
    });
  });
});

import { describe, expect, it } from 'vitest';
import { parseMoney, parseQuantity, type Quantity } from '../../../src/import/cells/number';
import { warningsOf } from '../../../src/import/cells/result';
import { ERROR, NOT_APPLICABLE, WARNING, ok, outcome } from './outcome';

const q = (value: number, unit: string | null = null): Quantity => ({ value, unit });
const scaled = (value: number, unit: string | null, word: string, power: number): Quantity => ({ value, unit, scale: { word, power } });

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
    // 万・千・億 multiply (this read 1.2 万人, 12 千人 and 1 億 before, and the 万 was lost against a 単位 of 人)
    ['1.2万人', scaled(12000, '人', '万', 4)],
    ['1.5万人', scaled(15000, '人', '万', 4)],
    ['12千人', scaled(12000, '人', '千', 3)],
    ['1億', scaled(100_000_000, null, '億', 8)],
    ['3百万人', scaled(3_000_000, '人', '百万', 6)],
    ['1.005万人', scaled(10050, '人', '万', 4)], // from the digits, not 10049.999999999998
    ['２．５万 人', scaled(25000, '人', '万', 4)],
    ['▲1.2万', scaled(-12000, null, '万', 4)],
    // 千円 and 百万円 are units of money in their own right, not multiplied yen
    ['500千円', q(500, '千円')],
    ['3百万円', q(3, '百万円')],
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

  // A bound or an estimate: the figure as written, the word out of the unit, and a warning on the cell (100以上 was
  // once 100 with the unit 以上, 約3,000人 an error).
  it.each<[string, Quantity, string]>([
    ['100以上', q(100), '以上'],
    ['100人以上', q(100, '人'), '以上'],
    ['約3,000人', q(3000, '人'), '約'],
    ['2,700人程度', q(2700, '人'), '程度'],
    ['1.5万人超', scaled(15000, '人', '万', 4), '超'],
    ['50未満', q(50), '未満'],
  ])('%j is read without its bound, with a warning', (raw, value, word) => {
    const r = parseQuantity(raw);
    expect(r.ok && r.value).toEqual(value);
    expect(warningsOf(r).map((w) => [w.severity, w.message.includes(`「${word}」のついた数値`)])).toEqual([['warning', true]]);
  });

  // Kanji numerals were 'not measured' words; two or more of them are a figure the import does not read.
  it.each(['三千', '一万二千人', '百万'])('%j in kanji numerals is an error', (raw) => {
    expect(outcome(parseQuantity(raw))).toEqual(ERROR);
    expect(parseQuantity(raw)).toMatchObject({ message: expect.stringContaining('漢数字') });
  });
  it.each(['十分', '一部実施', '百貨店の改修のため未集計'])('%j (one numeral, then words) stays a word', (raw) => {
    expect(outcome(parseQuantity(raw))).toEqual(WARNING);
  });

  it('says what it expected for an unreadable number', () => {
    expect(parseQuantity('12-3')).toEqual({
      ok: false,
      expected: '数値（3083, 3,083, 3,083人, 1.5万人, 12.5%, ▲120）',
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
    ['1.2万円', null, 12], // was an error: 万円 and 億円 are read too
    ['2億円', null, 200_000],
    ['5', '（万円）', 50],
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
      expected: '金額（千円。1,200 / 0 千円 / 1,200円 / 3百万円 / 1.2万円）',
      severity: 'error',
      message: '「12」の単位「人」は金額の単位として読めません（千円・円・万円・百万円・億円のみ）',
    });
  });
});

describe('digit grouping', () => {
  it.each([['1,2,3'], ['12,34'], ['1,2345'], ['1234,567'], ['1,23,456'], ['1,000,00'], ['１，２，３'], ['12,34人'], [',123'], ['123,'], ['1,,234']])(
    '%j is an error, not a number with its commas dropped',
    (raw) => {
      expect(outcome(parseQuantity(raw))).toEqual(ERROR);
    },
  );

  it('says that the separators are misplaced', () => {
    const r = parseQuantity('12,34');
    expect(r.ok ? null : r.message).toBe(
      '「12,34」は桁区切りのカンマの位置が正しくありません（1,234,567 のように3桁ごと）。値は空として取り込みます（misplaced thousands separators）',
    );
  });

  it.each([['1,234', 1234], ['12,345', 12345], ['123,456,789', 123456789], ['1,234.5', 1234.5]])('%j → %d', (raw, value) => {
    expect(outcome(parseQuantity(raw))).toEqual(ok(q(value)));
  });

  it('reports misplaced separators in money as such', () => {
    const r = parseMoney('1,2,3円', null);
    expect(r.ok ? null : [r.severity, r.message]).toEqual(['error', expect.stringContaining('桁区切り')]);
  });
});

describe('figures a double cannot hold', () => {
  it('stores a 20-digit figure with a warning that names the stored value', () => {
    const r = parseQuantity('12345678901234567890');
    expect(r).toEqual({
      ok: true,
      value: q(12345678901234567000),
      warnings: [
        {
          expected: '数値（3083, 3,083, 3,083人, 1.5万人, 12.5%, ▲120）',
          severity: 'warning',
          message:
            '「12345678901234567890」は桁が多すぎて正確には保存できません（有効数字は約15桁）。保存した値は 12345678901234567000 です' +
            '（more digits than a double holds: the stored value differs）',
        },
      ],
    });
  });

  it.each([['9007199254740993'], ['0.12345678901234567890'], ['1.00000000000000000001']])('warns about lost digits in %j', (raw) => {
    const r = parseQuantity(raw);
    expect(r.ok && r.warnings?.map((w) => w.severity)).toEqual(['warning']);
  });

  it('warns about an exact integer beyond 2^53, where sums stop being exact', () => {
    const r = parseQuantity('9007199254740992');
    expect(r.ok && r.value?.value).toBe(2 ** 53);
    expect(r.ok && r.warnings?.[0]?.message).toContain('2^53');
  });

  it.each([['9007199254740991'], ['123456789012345'], ['0.1'], ['1'], ['3,083人'], ['1.5万人']])('has no warning for %j', (raw) => {
    const r = parseQuantity(raw);
    expect(r.ok && r.warnings).toBeUndefined();
  });

  it.each([[`1${'0'.repeat(309)}`], [`${'9'.repeat(400)}`], [`0.${'0'.repeat(400)}1`], [`1${'0'.repeat(301)}億`]])(
    '%j is an error: beyond what a double holds',
    (raw) => {
      expect(outcome(parseQuantity(raw))).toEqual(ERROR);
    },
  );

  it('keeps the warning in money and in targets', () => {
    expect(warningsOf(parseMoney('12345678901234567890円', null))).toHaveLength(1);
    const r = parseMoney(`1${'0'.repeat(306)}`, '百万円');
    expect(outcome(r)).toEqual(ERROR);
  });
});

describe('Excel error values', () => {
  it.each([['#REF!'], ['#DIV/0!'], ['#N/A'], ['#VALUE!'], ['#NAME?'], ['#NULL!'], ['#NUM!'], ['#SPILL!'], ['#CALC!'], ['#n/a'], ['＃Ｎ／Ａ'], [' #REF! '], ['Err:502']])(
    '%j is an error, not a "not measured" word',
    (raw) => {
      expect(outcome(parseQuantity(raw))).toEqual(ERROR);
      expect(outcome(parseMoney(raw, null))).toEqual(ERROR);
    },
  );

  it('names the error and what it means', () => {
    const r = parseQuantity('#DIV/0!');
    expect(r.ok ? null : r.message).toBe(
      '「#DIV/0!」は Excel のエラー値です（0 で割っています）。値は空として取り込みます。元のブックで数式を直して書き出し直してください' +
        '（a spreadsheet error value, not data: fix the formula）',
    );
  });

  it.each([['#1'], ['#REF'], ['# N/A'], ['#タグ']])('%j is no Excel error', (raw) => {
    const r = parseQuantity(raw);
    expect(r.ok ? '' : r.message).not.toContain('Excel');
  });
});

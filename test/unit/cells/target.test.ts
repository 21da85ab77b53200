import { describe, expect, it } from 'vitest';
import { parseTarget, type Target } from '../../../src/import/cells/target';
import { ERROR, NOT_APPLICABLE, WARNING, ok, outcome } from './outcome';

const t = (value: number, unit: string | null, targetYear: number | null): Target => ({ value, unit, targetYear });

describe('parseTarget', () => {
  it.each([
    // everything parseQuantity reads, with no year
    ['1', t(1, null, null)],
    ['40', t(40, null, null)],
    ['2700', t(2700, null, null)], // a bare four-digit figure is no year
    ['3,083', t(3083, null, null)],
    ['３，０８３人', t(3083, '人', null)],
    ['12.5%', t(12.5, '%', null)],
    ['▲120', t(-120, null, null)],
    ['1.2万人', { ...t(12000, '人', null), scale: { word: '万', power: 4 } }],
    ['R9年度 2.7万人', { ...t(27000, '人', 2027), scale: { word: '万', power: 4 } }],
    // with a leading year
    ['R9年度 2,700人', t(2700, '人', 2027)],
    ['令和9年度：2,700人', t(2700, '人', 2027)],
    ['令和9年度:2,700人', t(2700, '人', 2027)],
    ['R9年度:2700', t(2700, null, 2027)],
    ['2027年度 2,700人', t(2700, '人', 2027)],
    ['2027年 2,700人', t(2700, '人', 2027)],
    ['(R9) 2,700', t(2700, null, 2027)],
    ['（R9）2,700人', t(2700, '人', 2027)],
    ['(2027) 2,700', t(2700, null, 2027)],
    ['R9年度目標 2,700人', t(2700, '人', 2027)],
    ['R9年度目標値：2,700人', t(2700, '人', 2027)],
    ['R9年度まで 2,700人', t(2700, '人', 2027)],
    ['R9 2,700人', t(2700, '人', 2027)],
    ['Ｒ９年度　２，７００人', t(2700, '人', 2027)],
    ['r9年度 2,700人', t(2700, '人', 2027)],
    ['H30年度 15件', t(15, '件', 2018)],
    ['令和元年度 5', t(5, null, 2019)],
    ['R9年度 ▲5%', t(-5, '%', 2027)],
    // with the year after the figure
    ['2,700人（R9年度）', t(2700, '人', 2027)],
    ['2,700人 (R9)', t(2700, '人', 2027)],
    ['2,700人（R9年度目標）', t(2700, '人', 2027)],
  ])('%j → %j', (raw, expected) => {
    expect(outcome(parseTarget(raw))).toEqual(ok(expected));
  });

  it.each([[''], ['—'], ['－'], ['-'], ['なし'], ['該当なし']])('%j is not applicable', (raw) => {
    expect(outcome(parseTarget(raw))).toEqual(NOT_APPLICABLE);
  });

  it.each([['実施'], ['把握'], ['集計中'], ['現状維持'], ['R9年度 未定']])('words %j are a warning', (raw) => {
    expect(outcome(parseTarget(raw))).toEqual(WARNING);
  });

  it('quotes the whole cell in the warning, year included', () => {
    const r = parseTarget('R9年度 未定');
    expect(r.ok ? null : r.message).toBe(
      '「R9年度 未定」は数値ではありません。文字はそのまま残し、指標は「未測定」として扱います' +
        '（not a number: the text is kept and the indicator is treated as not measured）',
    );
  });

  it.each([
    ['R9年度'], // a year and no figure
    ['令和9年度：'],
    ['R9年度 —'],
    ['R0年度 5'],
    ['2101年度 5'],
    ['2027 2,700'], // a bare western year needs 年度 or parentheses
    ['R9年度 12-3'],
    ['(R9 2,700'],
    ['人2,700'],
    ['29（4）'],
  ])('%j is an error', (raw) => {
    expect(outcome(parseTarget(raw))).toEqual(ERROR);
  });

  it('says a year alone is no target', () => {
    expect(parseTarget('R9年度')).toEqual({
      ok: false,
      expected: '目標値（2,700 / 2,700人 / R9年度 2,700人 / 令和9年度：2,700人）',
      severity: 'error',
      message: '「R9年度」には目標年度だけで目標値がありません（a year but no figure）',
    });
  });
});

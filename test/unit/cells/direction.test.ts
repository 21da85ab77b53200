import { describe, expect, it } from 'vitest';
import { parseDirection, type Direction } from '../../../src/import/cells/direction';
import { ERROR, NOT_APPLICABLE, ok, outcome } from './outcome';

describe('parseDirection', () => {
  it.each<[string, Direction]>([
    ['up', 'up'],
    ['down', 'down'],
    ['UP', 'up'],
    ['Down', 'down'],
    ['ｕｐ', 'up'],
    ['増', 'up'],
    ['減', 'down'],
    ['高', 'up'],
    ['低', 'down'],
    ['↑', 'up'],
    ['↓', 'down'],
    ['高いほど良い', 'up'],
    ['低いほど良い', 'down'],
    ['高いほどよい', 'up'],
    ['低いほどよい', 'down'],
    ['大きいほど良い', 'up'],
    ['小さいほど良い', 'down'],
    ['多いほど良い', 'up'],
    ['少ないほど良い', 'down'],
    ['増加', 'up'],
    ['減少', 'down'],
    ['上昇', 'up'],
    ['低下', 'down'],
    [' 増加 ', 'up'],
    ['\u3000減少\u3000', 'down'],
    ['高い ほど 良い', 'up'],
  ])('%j → %s', (raw, expected) => {
    expect(outcome(parseDirection(raw))).toEqual(ok(expected));
  });

  it.each([[''], ['—'], ['－'], ['-'], ['なし']])('%j is not applicable', (raw) => {
    expect(outcome(parseDirection(raw))).toEqual(NOT_APPLICABLE);
  });

  it.each([['＋'], ['+'], ['ほげ'], ['upward'], ['増減'], ['高いほど悪い'], ['→'], ['1'], ['ー']])(
    '%j is an error',
    (raw) => {
      expect(outcome(parseDirection(raw))).toEqual(ERROR);
    },
  );

  it('says what it expected', () => {
    expect(parseDirection('ほげ')).toEqual({
      ok: false,
      expected: '方向（up/down, 増/減, 高/低, ↑/↓, 高いほど良い/低いほど良い）',
      severity: 'error',
      message: '「ほげ」は方向として読めません（not a direction: up or down）',
    });
  });
});

import { cellError, cellOk, quoteCell, tooLong, type CellResult } from './result';
import { cleanText, isNotApplicable, MAX_VALUE_LENGTH, toHalfWidth } from './text';

export type Direction = 'up' | 'down';

const EXPECTED = '方向（up/down, 増/減, 高/低, ↑/↓, 高いほど良い/低いほど良い）';

// 良い is written in kana (よい) as often as in kanji. '+'/'-' are not accepted: a lone dash means 'not applicable'.
const WORDS: ReadonlyMap<string, Direction> = new Map([
  ['up', 'up'],
  ['down', 'down'],
  ['増', 'up'],
  ['減', 'down'],
  ['高', 'up'],
  ['低', 'down'],
  ['↑', 'up'],
  ['↓', 'down'],
  ['増加', 'up'],
  ['減少', 'down'],
  ['上昇', 'up'],
  ['低下', 'down'],
  ...goodWhen(['高い', '大きい', '多い'], 'up'),
  ...goodWhen(['低い', '小さい', '少ない'], 'down'),
]);

function goodWhen(adjectives: string[], direction: Direction): [string, Direction][] {
  return adjectives.flatMap((a) => [
    [`${a}ほど良い`, direction],
    [`${a}ほどよい`, direction],
  ]);
}

/** Which way of an indicator is better. */
export function parseDirection(raw: string): CellResult<Direction> {
  const text = cleanText(raw);
  if (isNotApplicable(text)) return cellOk(null);
  if (text.length > MAX_VALUE_LENGTH) return tooLong(EXPECTED, text, '方向');
  const direction = WORDS.get(toHalfWidth(text).replace(/\s/g, '').toLowerCase());
  if (direction) return cellOk(direction);
  return cellError(EXPECTED, `${quoteCell(text)}は方向として読めません（not a direction: up or down）`);
}

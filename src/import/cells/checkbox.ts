import { cellError, cellOk, quoteCell, tooLong, type CellResult } from './result';
import { cleanText, isNotApplicable, MAX_VALUE_LENGTH, toValueText } from './text';

const EXPECTED = 'チェック（☑ ■ ✓ ○ 1 true はい 有 / ☐ □ 0 false いいえ 無 / 空欄）';

// ○/× is the Japanese yes/no (〇 U+3007 is typed for ○ as often as not); レ is how a tick is typed on a
// Japanese keyboard; ☒ is a box ticked with a cross.
const TICKED = new Set(['☑', '☒', '✅', '■', '✓', '✔', '○', '◯', '〇', '●', 'レ', '1', 'true', 'yes', 'はい', '有', 'あり']);
const UNTICKED = new Set(['☐', '□', '×', '0', 'false', 'no', 'いいえ', '無']);
// A sheet exported with its labels puts the box before the label: '☑ 活動', '■コスト'.
const BOXES = new Set(['☑', '☒', '■', '✓', '✔', '○', '◯', '〇', '●', '☐', '□']);

/**
 * A tick box. Empty is a definite 'not ticked' (false), not 'not applicable': an exported sheet leaves an
 * unticked box blank. A dash or なし (the opposite of あり) is read the same way.
 */
export function parseCheckbox(raw: string): CellResult<boolean> {
  const text = cleanText(raw);
  if (isNotApplicable(text)) return cellOk(false);
  if (text.length > MAX_VALUE_LENGTH) return tooLong(EXPECTED, text, 'チェック');
  const norm = toValueText(text).toLowerCase();
  const first = String.fromCodePoint(norm.codePointAt(0) ?? 0);
  const mark = BOXES.has(first) ? first : norm;
  if (TICKED.has(mark)) return cellOk(true);
  if (UNTICKED.has(mark)) return cellOk(false);
  return cellError(EXPECTED, `${quoteCell(text)}はチェックの有無として読めません（not a tick box）`);
}

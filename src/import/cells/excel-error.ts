import { cellError, quoteCell, type CellResult } from './result';
import { toHalfWidth } from './text';

const EXPECTED = '値（Excel のエラー値ではなく、数式の結果か値）';

// What each error means, for the user who has to fix the formula in the workbook.
const EXCEL_ERRORS: ReadonlyMap<string, string> = new Map([
  ['#REF!', '参照先のセルがありません'],
  ['#DIV/0!', '0 で割っています'],
  ['#N/A', '検索した値が見つかりません'],
  ['#VALUE!', '数式の引数の種類が違います'],
  ['#NAME?', '関数名または名前が見つかりません'],
  ['#NULL!', 'セル範囲の指定が正しくありません'],
  ['#NUM!', '計算結果が数値として正しくありません'],
  ['#SPILL!', 'スピル範囲が空いていません'],
  ['#CALC!', '計算できません'],
  ['#FIELD!', 'フィールドがありません'],
  ['#BLOCKED!', '機能が使えません'],
  ['#CONNECT!', 'データに接続できません'],
  ['#BUSY!', '計算中でした'],
  ['#UNKNOWN!', '未対応のデータ型です'],
  ['#GETTING_DATA', 'データの取得中でした'],
]);
// LibreOffice writes its errors as Err:502 and the like.
const LIBREOFFICE_ERROR = /^Err:\d{3}$/;

/**
 * A spreadsheet error value (#REF!, #DIV/0!, #N/A…) exported in place of a formula's result. It is no data and no
 * 'not measured' word: the formula behind it is broken. An error finding, the value NULL, the text kept as raw.
 * Null when the cell is no error value. The input is the cell already trimmed.
 */
export function excelError<T>(text: string): Extract<CellResult<T>, { ok: false }> | null {
  if (text.length > 16 || !(text.startsWith('#') || text.startsWith('＃') || text.startsWith('Err:'))) return null;
  const code = toHalfWidth(text).toUpperCase();
  const meaning = EXCEL_ERRORS.get(code) ?? (LIBREOFFICE_ERROR.test(text) ? 'LibreOffice の計算エラーです' : null);
  if (meaning === null) return null;
  return cellError<T>(
    EXPECTED,
    `${quoteCell(text)}は Excel のエラー値です（${meaning}）。値は空として取り込みます。元のブックで数式を直して書き出し直してください` +
      '（a spreadsheet error value, not data: fix the formula）',
  ) as Extract<CellResult<T>, { ok: false }>;
}

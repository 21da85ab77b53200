import { readDecimal } from './decimal';
import { excelError } from './excel-error';
import { isKanjiFigure, takeLeadingQualifier, takeTrailingQualifier } from './figure-words';
import { cellError, cellOk, cellWarning, quoteCell, tooLong, type CellResult, type CellWarning } from './result';
import { cleanText, hasNumberChar, isNotApplicable, MAX_VALUE_LENGTH, toHalfWidth, toValueText } from './text';

export interface Quantity {
  value: number;
  unit: string | null;
  /**
   * Set when the figure carried a multiplier word (1.5万人 → value 15000, unit 人, scale {word 万, power 4}), so that a
   * row whose 単位 column says 万人 can put the figure back into its own unit.
   */
  scale?: { word: string; power: number };
}

const EXPECTED_QUANTITY = '数値（3083, 3,083, 3,083人, 1.5万人, 12.5%, ▲120）';
const EXPECTED_WORDS = '数値';

// ▲ and △ are the Japanese accounting signs for a negative figure; − (U+2212) is what Word and some
// fonts turn a typed minus into. Full-width － has already become '-' by NFKC.
const NEGATIVE = new Set(['-', '−', '▲', '△']);
// Anchored and without two adjacent quantifiers over the same characters: linear on any cell.
const QUANTITY = /^([-+−▲△])?\s*([\d,]+)(?:\.(\d+))?(.*)$/s;
// Thousands separators every three digits, as Excel writes them; 1,2,3 or 12,34 is a typo, not 123 or 1234.
const GROUPED = /^\d{1,3}(?:,\d{3})+$/;
// A unit follows the figure (3,083人). It may hold no digit, except the m2/m3 that NFKC makes of ㎡ and m³.
const UNIT_DIGITS = /\d/;
const AREA_VOLUME = /m[23]/g;
// 万・億・兆 (and 百・千 before them or alone) multiply the figure: 1.5万人 is 15,000 人, 12千人 is 12,000 人.
const MULTIPLIER = /^(百|千)?(万|億|兆)?/;
const POWER: Readonly<Record<string, number>> = { 百: 2, 千: 3, 万: 4, 億: 8, 兆: 12 };
// 千円 and 百万円 are the units budgets are kept in, not multiplied yen: they stay units (money converts them).
const MONEY_UNITS = new Set(['千円', '百万円']);

export function parseQuantity(raw: string): CellResult<Quantity> {
  const text = cleanText(raw);
  if (isNotApplicable(text)) return cellOk(null);
  const spreadsheetError = excelError<Quantity>(text);
  if (spreadsheetError) return spreadsheetError;
  if (text.length > MAX_VALUE_LENGTH) return hasNumberChar(text) ? tooLong(EXPECTED_QUANTITY, text, '数値') : wordsForFigure(text);
  const figure = readFigure(toValueText(text));
  // Real sheets answer a figure with a word (実施, 把握, 集計中): the word is the reason there is no figure.
  if (figure.kind === 'words') return wordsForFigure(text);
  if (figure.kind === 'bad') return cellError(EXPECTED_QUANTITY, `${quoteCell(text)}は${figure.reason ?? '数値として読めません（not a number）'}`);
  const warnings: CellWarning[] = figure.warning ? [{ expected: EXPECTED_QUANTITY, severity: 'warning', message: `${quoteCell(text)}は${figure.warning}` }] : [];
  return cellOk(figure.quantity, warnings);
}

/** A figure read from its value text: a quantity (maybe with a warning), words, or no figure and why. */
export type Figure =
  | { kind: 'ok'; quantity: Quantity; warning: string | null }
  | { kind: 'words' }
  | { kind: 'bad'; reason: string | null };

/** Reads a figure; reasons and warnings are phrases to follow 「cell」は. */
export function readFigure(written: string): Figure {
  if (!/\d/.test(written)) {
    if (isKanjiFigure(written)) {
      return { kind: 'bad', reason: '漢数字の数値です。算用数字（3000 など）で書いてください。値は空として取り込みます（a figure in kanji numerals is not read）' };
    }
    return { kind: 'words' };
  }
  const { text: norm, word: before } = takeLeadingQualifier(written);
  const m = QUANTITY.exec(norm);
  const digits = m?.[2] ?? '';
  if (!m || digits.startsWith(',') || digits.endsWith(',')) return { kind: 'bad', reason: null };
  if (digits.includes(',') && !GROUPED.test(digits)) {
    return {
      kind: 'bad',
      reason: '桁区切りのカンマの位置が正しくありません（1,234,567 のように3桁ごと）。値は空として取り込みます（misplaced thousands separators）',
    };
  }
  const bound = takeTrailingQualifier((m[4] ?? '').trim());
  let unit = bound.unit;
  const multiplier = MONEY_UNITS.has(unit) ? '' : (MULTIPLIER.exec(unit)?.[0] ?? '');
  if (multiplier !== '') unit = unit.slice(multiplier.length).trim();
  if (!isUnit(unit)) return { kind: 'bad', reason: null };
  const qualifier = before ?? bound.word;
  const power = Array.from(multiplier).reduce((p, ch) => p + (POWER[ch] ?? 0), 0);

  const decimal = readDecimal(digits.replace(/,/g, ''), m[3] ?? '', power);
  if (decimal.problem === 'overflow' || decimal.problem === 'underflow') {
    return {
      kind: 'bad',
      reason: `${decimal.problem === 'overflow' ? '大きすぎて' : '0 に近すぎて'}数値として保存できません。値は空として取り込みます（beyond what a double can hold）`,
    };
  }
  let warning: string | null = null;
  if (qualifier !== null) {
    warning = `「${qualifier}」のついた数値です。${qualifier}を除いた数値 ${NEGATIVE.has(m[1] ?? '') ? -decimal.value : decimal.value} として取り込みます（a figure with a bound or estimate word: read without it）`;
  } else if (decimal.problem === 'inexact') {
    warning = `桁が多すぎて正確には保存できません（有効数字は約15桁）。保存した値は ${decimal.value} です（more digits than a double holds: the stored value differs）`;
  } else if (decimal.problem === 'unsafe') {
    warning = '2^53 を超える整数で、合計などの計算では誤差が出ます（beyond 2^53: sums of it are not exact）';
  }
  const value = NEGATIVE.has(m[1] ?? '') ? -decimal.value : decimal.value;
  // -0 would print as 0 yet fail exact comparisons downstream.
  const quantity: Quantity = { value: value === 0 ? 0 : value, unit: unit === '' ? null : unit };
  if (power > 0) quantity.scale = { word: multiplier, power };
  return { kind: 'ok', quantity, warning };
}

/** The warning for a figure answered in words; the cell text is kept and shown as the reason. */
export function wordsForFigure<T>(text: string): CellResult<T> {
  return cellWarning(
    EXPECTED_WORDS,
    `${quoteCell(text)}は数値ではありません。文字はそのまま残し、指標は「未測定」として扱います` +
      '（not a number: the text is kept and the indicator is treated as not measured）',
  );
}

function isUnit(unit: string): boolean {
  if (unit === '') return true;
  if (/^[-+.,]/.test(unit) || unit.includes('\n')) return false;
  return !UNIT_DIGITS.test(unit.replace(AREA_VOLUME, 'm'));
}

const EXPECTED_MONEY = '金額（千円。1,200 / 0 千円 / 1,200円 / 3百万円 / 1.2万円）';
// Powers of ten from the unit to 千円 (thousand yen), the unit of every budget in the sheets.
const TO_THOUSAND_YEN: ReadonlyMap<string, number> = new Map([
  ['千円', 0],
  ['円', -3],
  ['万円', 1],
  ['百万円', 3],
  ['億円', 5],
]);
// Shift_JIS shows byte 0x5C as ¥, and it is decoded as '\': a yen sign may arrive as a backslash.
const YEN_SIGN = /^[¥\\]\s*/;

/**
 * Money in 千円. The cell's own unit (0 千円, 1,200円, 1.2万円) wins over the header's; a null header means 千円.
 */
export function parseMoney(raw: string, headerUnit: string | null): CellResult<number> {
  const text = cleanText(raw);
  if (isNotApplicable(text)) return cellOk(null);
  const spreadsheetError = excelError<number>(text);
  if (spreadsheetError) return spreadsheetError;
  if (text.length > MAX_VALUE_LENGTH) return tooLong(EXPECTED_MONEY, text, '金額');
  const norm = toValueText(text);
  // Empty rows of an exported sheet still carry the unit printed in the cell ('千円' with no figure).
  if (TO_THOUSAND_YEN.has(normaliseMoneyUnit(norm))) return cellOk(null);

  const yen = YEN_SIGN.exec(norm);
  const figure = readFigure(yen ? norm.slice(yen[0].length) : norm);
  if (figure.kind !== 'ok') {
    const reason = figure.kind === 'bad' ? figure.reason : null;
    return cellError(EXPECTED_MONEY, `${quoteCell(text)}は${reason ?? '金額として読めません（not an amount of money）'}`);
  }
  const { value: amount, unit: cellUnit, scale } = figure.quantity;
  if (yen && cellUnit !== null && cellUnit !== '円') {
    return cellError(EXPECTED_MONEY, `${quoteCell(text)}は金額として読めません（not an amount of money）`);
  }

  const unit = normaliseMoneyUnit(yen ? '円' : (cellUnit ?? headerUnit ?? '千円')) || '千円';
  const power = TO_THOUSAND_YEN.get(unit);
  if (power === undefined) {
    return cellError(
      EXPECTED_MONEY,
      `${quoteCell(text)}の単位「${scale && cellUnit !== null ? scale.word : ''}${unit}」は金額の単位として読めません（千円・円・万円・百万円・億円のみ）`,
    );
  }
  const value = scaleBy(amount, power);
  if (!Number.isFinite(value)) {
    return cellError(EXPECTED_MONEY, `${quoteCell(text)}は大きすぎて金額として保存できません（beyond what a double can hold）`);
  }
  const warnings: CellWarning[] = figure.warning ? [{ expected: EXPECTED_MONEY, severity: 'warning', message: `${quoteCell(text)}は${figure.warning}` }] : [];
  return cellOk(value, warnings);
}

// Headers write the unit as '（千円）', '単位：千円' or '千円'.
function normaliseMoneyUnit(unit: string): string {
  return toHalfWidth(unit)
    .replace(/\s/g, '')
    .replace(/^\((.*)\)$/, '$1')
    .replace(/^単位:?/, '');
}

// Rounded to a millionth of 千円 (a thousandth of a yen) so that 1.005百万円 is 1005, not 1004.9999999999999.
// Beyond 10^9 千円 a double has no millionths left to round.
function scaleBy(value: number, power: number): number {
  if (power === 0) return value;
  const plain = value * 10 ** power;
  if (Math.abs(plain) > 1e9) return plain;
  const scaled = Math.round(plain * 1e6) / 1e6;
  return scaled === 0 ? 0 : scaled;
}

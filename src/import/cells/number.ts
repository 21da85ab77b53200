import { cellError, cellOk, cellWarning, quoteCell, type CellResult } from './result';
import { cleanText, isNotApplicable, toHalfWidth } from './text';

export interface Quantity {
  value: number;
  unit: string | null;
}

const EXPECTED_QUANTITY = '数値（3083, 3,083, 3,083人, 12.5%, ▲120）';
const EXPECTED_WORDS = '数値';

// ▲ and △ are the Japanese accounting signs for a negative figure; − (U+2212) is what Word and some
// fonts turn a typed minus into. Full-width － has already become '-' by NFKC.
const NEGATIVE = new Set(['-', '−', '▲', '△']);
const QUANTITY = /^([-+−▲△])?\s*(\d+(?:,\d+)*(?:\.\d+)?)(.*)$/s;
// A unit follows the figure (3,083人). It may hold no digit, except the m2/m3 that NFKC makes of ㎡ and m³.
const UNIT_DIGITS = /\d/;
const AREA_VOLUME = /m[23]/g;

export function parseQuantity(raw: string): CellResult<Quantity> {
  const text = cleanText(raw);
  if (isNotApplicable(text)) return cellOk(null);
  const norm = toHalfWidth(text);
  // Real sheets answer a figure with a word (実施, 把握, 集計中): the word is the reason there is no figure.
  if (!/\d/.test(norm)) return wordsForFigure(text);
  const m = QUANTITY.exec(norm);
  const unit = (m?.[3] ?? '').trim();
  if (!m || !isUnit(unit)) {
    return cellError(EXPECTED_QUANTITY, `${quoteCell(text)}は数値として読めません（not a number）`);
  }
  const magnitude = Number((m[2] ?? '').replace(/,/g, ''));
  const value = NEGATIVE.has(m[1] ?? '') ? -magnitude : magnitude;
  // -0 would print as 0 yet fail exact comparisons downstream.
  return cellOk({ value: value === 0 ? 0 : value, unit: unit === '' ? null : unit });
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

const EXPECTED_MONEY = '金額（千円。1,200 / 0 千円 / 1,200円 / 3百万円）';
// Powers of ten from the unit to 千円 (thousand yen), the unit of every budget in the sheets.
const TO_THOUSAND_YEN: ReadonlyMap<string, number> = new Map([
  ['千円', 0],
  ['円', -3],
  ['百万円', 3],
]);
// Shift_JIS shows byte 0x5C as ¥, and it is decoded as '\': a yen sign may arrive as a backslash.
const YEN_SIGN = /^[¥\\]\s*/;

/**
 * Money in 千円. The cell's own unit (0 千円, 1,200円) wins over the header's; a null header means 千円.
 */
export function parseMoney(raw: string, headerUnit: string | null): CellResult<number> {
  const text = cleanText(raw);
  if (isNotApplicable(text)) return cellOk(null);
  const norm = toHalfWidth(text);
  // Empty rows of an exported sheet still carry the unit printed in the cell ('千円' with no figure).
  if (TO_THOUSAND_YEN.has(normaliseMoneyUnit(norm))) return cellOk(null);

  const yen = YEN_SIGN.exec(norm);
  const quantity = parseQuantity(yen ? norm.slice(yen[0].length) : norm);
  if (!quantity.ok) {
    return cellError(EXPECTED_MONEY, `${quoteCell(text)}は金額として読めません（not an amount of money）`);
  }
  if (quantity.value === null) return cellOk(null);
  if (yen && quantity.value.unit !== null && quantity.value.unit !== '円') {
    return cellError(EXPECTED_MONEY, `${quoteCell(text)}は金額として読めません（not an amount of money）`);
  }

  const unit = normaliseMoneyUnit(yen ? '円' : (quantity.value.unit ?? headerUnit ?? '千円')) || '千円';
  const power = TO_THOUSAND_YEN.get(unit);
  if (power === undefined) {
    return cellError(
      EXPECTED_MONEY,
      `${quoteCell(text)}の単位「${unit}」は金額の単位として読めません（千円・円・百万円のみ）`,
    );
  }
  return cellOk(scale(quantity.value.value, power));
}

// Headers write the unit as '（千円）', '単位：千円' or '千円'.
function normaliseMoneyUnit(unit: string): string {
  return toHalfWidth(unit)
    .replace(/\s/g, '')
    .replace(/^\((.*)\)$/, '$1')
    .replace(/^単位:?/, '');
}

// Rounded to a millionth of 千円 (a thousandth of a yen) so that 1.005百万円 is 1005, not 1004.9999999999999.
function scale(value: number, power: number): number {
  if (power === 0) return value;
  const scaled = Math.round(value * 10 ** power * 1e6) / 1e6;
  return scaled === 0 ? 0 : scaled;
}

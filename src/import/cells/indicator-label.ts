import { cleanText, splitTrailingParen, toHalfWidth } from './text';

// The seed writes an output indicator with its unit: '提携先企業・団体 (件)', '参加人数 (人)'. Found by hand: the
// regex that did it was cubic in a run of spaces inside the parentheses.
const MAX_UNIT_LENGTH = 6;

/**
 * An indicator label and the unit in its trailing parentheses. Only a short unit without digits is taken, so a
 * note such as '（R6から集計）' stays part of the name. The unit is NFKC-normalised (（％） → %) to match the
 * units read from figures; the name is kept as written.
 */
export function parseIndicatorLabel(raw: string): { name: string; unit: string | null } {
  const text = cleanText(raw);
  const m = splitTrailingParen(text);
  const name = m?.before ?? '';
  const unit = m?.inner.trim() ?? '';
  const isUnit = name !== '' && unit !== '' && Array.from(unit).length <= MAX_UNIT_LENGTH && !/[0-9０-９]/.test(unit);
  if (!isUnit) return { name: text, unit: null };
  return { name, unit: toHalfWidth(unit) };
}

import { cleanText, toHalfWidth } from './text';

// The seed writes an output indicator with its unit: '提携先企業・団体 (件)', '参加人数 (人)'.
const TRAILING_UNIT = /^(.*?)\s*[(（]\s*([^()（）]*?)\s*[)）]$/s;
const MAX_UNIT_LENGTH = 6;

/**
 * An indicator label and the unit in its trailing parentheses. Only a short unit without digits is taken, so a
 * note such as '（R6から集計）' stays part of the name. The unit is NFKC-normalised (（％） → %) to match the
 * units read from figures; the name is kept as written.
 */
export function parseIndicatorLabel(raw: string): { name: string; unit: string | null } {
  const text = cleanText(raw);
  const m = TRAILING_UNIT.exec(text);
  const name = m?.[1] ?? '';
  const unit = m?.[2] ?? '';
  const isUnit = name !== '' && unit !== '' && Array.from(unit).length <= MAX_UNIT_LENGTH && !/[0-9０-９]/.test(unit);
  if (!isUnit) return { name: text, unit: null };
  return { name, unit: toHalfWidth(unit) };
}

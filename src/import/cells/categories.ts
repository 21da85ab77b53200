import { cellError, cellOk, quoteCell, type CellResult } from './result';
import { cleanText, isNotApplicable, toHalfWidth } from './text';

/**
 * Words that sheets write for a few closed lists — an indicator's kind, what a money figure is, where a program is
 * going next — read into one canonical word each. Matching is on the compact text (NFKC, no spaces), so `活動指標`,
 * `⑤活動指標` and `アウトプット指標` are all 活動.
 */
function compact(raw: string): string {
  return toHalfWidth(cleanText(raw)).replace(/\s+/g, '');
}

export type IndicatorKind = '活動' | '対象' | '成果';

const INDICATOR_KINDS: [RegExp, IndicatorKind][] = [
  [/活動|アウトプット|output/i, '活動'],
  [/対象/, '対象'],
  [/成果|アウトカム|outcome/i, '成果'],
];

export function parseIndicatorKind(raw: string): CellResult<IndicatorKind> {
  if (isNotApplicable(raw)) return cellOk(null);
  const text = compact(raw);
  const hit = INDICATOR_KINDS.find(([re]) => re.test(text));
  return hit ? cellOk(hit[1]) : cellError('活動 / 対象 / 成果', `${quoteCell(raw)}は指標の種類（活動・対象・成果）として読めません`);
}

export type MoneyKind = '予算' | '決算' | '決算見込' | '計画';

// Order matters: 決算見込 before 決算, 予算 after 計画 (a 予算計画 is a plan).
const MONEY_KINDS: [RegExp, MoneyKind][] = [
  [/決算見込|見込/, '決算見込'],
  [/決算|実績|執行/, '決算'],
  [/計画|見通し/, '計画'],
  [/予算/, '予算'],
];

export function parseMoneyKind(raw: string): CellResult<MoneyKind> {
  if (isNotApplicable(raw)) return cellOk(null);
  const text = compact(raw);
  const hit = MONEY_KINDS.find(([re]) => re.test(text));
  return hit ? cellOk(hit[1]) : cellError('予算 / 決算 / 決算見込 / 計画', `${quoteCell(raw)}は金額の区分（予算・決算・決算見込・計画）として読めません`);
}

export type DirectionCategory = '拡充' | '継続' | '改善' | '縮小' | '休止' | '廃止' | '完了';

/**
 * The next direction (今後の方向性) as a category. Sheets write it as a choice (`１ 現状維持` (with an ideographic space), `【改善】…`, `拡大`)
 * or in prose. A leading choice is the answer; otherwise the strongest word in the text, in the order listed here
 * (廃止 before 継続: 「継続せず廃止」 is an abolition; 改善 before 継続: 「継続しつつ見直す」 is an improvement).
 * Text with none of the words has no category, and keeps its text.
 */
const DIRECTION_WORDS: [RegExp, DirectionCategory][] = [
  [/廃止|統合|終了予定|事業終了/, '廃止'],
  [/休止|一時停止|凍結/, '休止'],
  [/完了|達成により終了/, '完了'],
  [/縮小|縮減|削減/, '縮小'],
  [/拡充|拡大|充実|強化/, '拡充'],
  [/改善|見直し|改革/, '改善'],
  [/継続|現状維持|維持/, '継続'],
];

export function directionCategory(raw: string | null): DirectionCategory | null {
  if (raw === null || isNotApplicable(raw)) return null;
  const text = compact(raw);
  // The choice before any bracketed note: `2 改革改善(縮小・統合含む)` is 改善, `【拡充】…` is 拡充.
  // Only a marked choice (a number or a bracket first) or a short answer is a choice; prose is read whole.
  const marked = /^[【[(0-9①-⑳]/.test(text) || text.length <= 8;
  const lead = marked ? (/^[【[(]?[0-9①-⑳]*[)】\].]?([^【】[\]()。、]{1,8})/.exec(text)?.[1] ?? '') : '';
  for (const source of [lead, text]) {
    const hit = DIRECTION_WORDS.find(([re]) => re.test(source));
    if (hit) return hit[1];
  }
  return null;
}

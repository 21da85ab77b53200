/**
 * Why two programs are alike, in words (Japanese first): the reason codes of src/analyses/similar/similar.ts, with the
 * shared indicator names where they are the reason.
 */
import type { SimilarProgram, SimilarReason } from '../analyses/similar/similar';
import type { FormatLang } from './ja';

export const SIMILAR_REASON_LABELS: Record<SimilarReason, { ja: string; en: string }> = {
  same_measure: { ja: '同じ施策', en: 'Same measure' },
  same_goal: { ja: '同じ施策の目標', en: 'Same policy goal' },
  name: { ja: '事業名が近い', en: 'Similar names' },
  purpose: { ja: '目的の文が近い', en: 'Similar purpose' },
  activities: { ja: '活動が近い', en: 'Similar activities' },
  indicators: { ja: '指標が同じ', en: 'Same indicator' },
  targets: { ja: '対象が同じ', en: 'Same target group' },
  cost: { ja: '規模が近い', en: 'Similar cost' },
};

/** 指標が同じ（相談件数） / Same indicator (相談件数): the label, with the names it stands on. */
export function similarReasonText(reason: SimilarReason, pair: Pick<SimilarProgram, 'shared_indicators' | 'shared_targets'>, lang: FormatLang): string {
  const label = SIMILAR_REASON_LABELS[reason][lang];
  const names = reason === 'indicators' ? pair.shared_indicators : reason === 'targets' ? pair.shared_targets : [];
  if (names.length === 0) return label;
  return lang === 'ja' ? `${label}（${names.join('・')}）` : `${label} (${names.join(', ')})`;
}

/** 同じ施策・目的の文が近い・指標が同じ（相談件数）: every reason of a pair, in words. */
export function reasonsText(pair: Pick<SimilarProgram, 'reasons' | 'shared_indicators' | 'shared_targets'>, lang: FormatLang): string {
  return pair.reasons.map((r) => similarReasonText(r, pair, lang)).join(lang === 'ja' ? '・' : '; ');
}

/** A similarity score as shown: two decimals (0.93). */
export const scoreText = (score: number): string => score.toFixed(2);

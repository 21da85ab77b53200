/**
 * The reason of each シートの質 flag in words, Japanese and English, from the flag's own fields (the analysis returns
 * the figures; the words are made here once, for the app, the command line and the briefing).
 */
import type { QualityFlag } from '../analyses/sheet-quality-sql';
import { formatNumber, type FormatLang } from './ja';

export interface QualityFlagFields {
  flag: QualityFlag;
  kind: 'outcome' | 'output' | null;
  indicator: string | null;
  unit: string | null;
  years: number | null;
  detail: string | null;
  target: number | null;
  missed: number | null;
}

export const FLAG_LABELS: Record<QualityFlag, { ja: string; en: string }> = {
  easy_target: { ja: '目標が易しい', en: 'Target too easy' },
  no_target: { ja: '目標値が未設定', en: 'No target set' },
  no_actual: { ja: '実績値が未記入', en: 'No actual reported' },
  output_as_outcome: { ja: '成果指標が活動量', en: 'Outcome counts own work' },
  copied_reflection: { ja: '振り返りの写し', en: 'Reflection copied' },
  copied_purpose: { ja: '目的の写し', en: 'Purpose copied' },
  rating_inconsistent: { ja: '評価と結果の不一致', en: 'Rating vs results' },
};

function indicatorLabel(f: QualityFlagFields, lang: FormatLang): string {
  const name = f.indicator ?? (lang === 'ja' ? '（名称なし）' : '(no name)');
  if (lang === 'ja') return `${f.kind === 'output' ? '活動指標' : '成果指標'}「${name}」`;
  return `${f.kind === 'output' ? 'output' : 'outcome'} "${name}"`;
}

export function qualityReason(f: QualityFlagFields, lang: FormatLang): string {
  const ja = lang === 'ja';
  const ind = indicatorLabel(f, lang);
  switch (f.flag) {
    case 'easy_target':
      return ja
        ? `${ind}は${f.years}年連続で達成し、目標は据え置きか引き下げ（${formatNumber(f.target, f.unit)}）`
        : `${ind} achieved ${f.years} years in a row with an unchanged or lowered target (${formatNumber(f.target, f.unit)})`;
    case 'no_target':
      return ja ? `${ind}の目標値が${f.years}年続けて未設定` : `${ind} has had no target for ${f.years} years`;
    case 'no_actual':
      return ja ? `${ind}の実績値が${f.years}年続けて未記入` : `${ind} has had no actual for ${f.years} years`;
    case 'output_as_outcome':
      return ja ? `${ind}は事業の活動量（「${f.detail}」）を数えている` : `${ind} counts the program's own work ("${f.detail}")`;
    case 'copied_reflection':
    case 'copied_purpose': {
      const what = f.flag === 'copied_reflection' ? (ja ? '振り返り' : 'The reflection') : ja ? '背景・目的' : 'The background and purpose';
      if (ja) return `${what}が前年度と${f.detail === 'nearly' ? 'ほぼ同じ' : '同じ'}文（数字と年度を除く）`;
      return `${what} ${f.detail === 'nearly' ? 'nearly repeats' : 'repeats'} last year's text (figures and years aside)`;
    }
    case 'rating_inconsistent': {
      const [side, what = ''] = (f.detail ?? '').split(':');
      if (side === 'high') {
        const rating = what === '拡充' ? (ja ? '今後の方向性が「拡充」' : 'next direction 拡充 (expand)') : ja ? '総合評価がA' : 'grade A';
        return ja ? `${rating}だが成果指標${f.missed}件が未達で、達成はなし` : `${rating}, but ${f.missed} outcome(s) missed and none achieved`;
      }
      const rating = what.startsWith('評価') ? (ja ? `総合評価が${what.slice(2)}` : `grade ${what.slice(2)}`) : ja ? `今後の方向性が「${what}」` : `next direction ${what}`;
      return ja ? `${rating}だが成果指標はすべて達成` : `${rating}, but every measured outcome was achieved`;
    }
  }
}

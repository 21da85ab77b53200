/**
 * The analyses write their reasons in Japanese (SQL, shared with the CLI and the briefing). The English screen
 * words them here; anything not recognised is the text of a data cell (e.g. 集計中 in an actual) and stays as it is,
 * marked as data by the caller.
 */
import type { FormatLang } from './ja';

const UNDERPERFORMANCE: [RegExp, (m: RegExpMatchArray) => string][] = [
  [/^成果指標(\d+)件が未達$/, (m) => `${m[1]} outcome${m[1] === '1' ? '' : 's'} missed`],
  [/^(\d+)年連続で未達$/, (m) => `missed ${m[1]} years in a row`],
  [/^成果指標(\d+)件が目標にあと一歩$/, (m) => `${m[1]} outcome${m[1] === '1' ? '' : 's'} near the target`],
  [/^平均達成率(.+%)$/, (m) => `mean achievement ${m[1]}`],
  [/^執行率(.+%)$/, (m) => `execution ${m[1]}`],
  [/^未達だが「成果」の改善余地に☑なし$/, () => 'missed, but "outcome" not ticked for improvement'],
];

/** An underperformer's reason (scorecard-macro.ts) in the screen's language. */
export function reasonText(reason: string, lang: FormatLang): string {
  if (lang === 'ja') return reason;
  for (const [re, en] of UNDERPERFORMANCE) {
    const m = reason.match(re);
    if (m) return en(m);
  }
  return reason;
}

const NO_RATE: Record<string, string> = {
  実績値なし: 'no actual',
  目標値なし: 'no target',
  目標値が0: 'target is 0',
  実績値が0: 'actual is 0',
};

/**
 * Why an indicator has no rate (base-views.ts): a fixed phrase, or the words written in the actual cell (data).
 * Returns the text and whether it is data (to be marked lang="ja").
 */
export function noRateReason(reason: string | null, lang: FormatLang): { text: string; data: boolean } | null {
  if (reason === null) return null;
  const fixed = NO_RATE[reason];
  if (fixed) return { text: lang === 'ja' ? reason : fixed, data: false };
  return { text: reason, data: true };
}

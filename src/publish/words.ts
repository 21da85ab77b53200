/** Small text pieces the public pages share (Japanese: the public edition is for the city's residents). */
import { STATUS_MARKS, STATUS_ORDER } from '../charts/theme';
import { formatNumber, STATUS_LABELS_JA, statusBoundLabels } from '../format/ja';
import type { PublishedFigures } from './model';

type Counts = Pick<PublishedFigures, 'achieved' | 'near' | 'missed' | 'not_measured'>;

/** ◎達成3件・△概ね達成1件・✕未達0件・－未測定0件 — marks and words, never colour alone. */
export function statusCountsText(c: Counts): string {
  return STATUS_ORDER.map((s) => `${STATUS_MARKS[s]}${STATUS_LABELS_JA[s]}${formatNumber(c[s], '件')}`).join('・');
}

/** What each status means under the thresholds used. */
export function statusDefinitions(near: number): { status: (typeof STATUS_ORDER)[number]; label: string; meaning: string }[] {
  const b = statusBoundLabels(near);
  return STATUS_ORDER.map((s) => ({
    status: s,
    label: `${STATUS_MARKS[s]} ${STATUS_LABELS_JA[s]}`,
    meaning: s === 'not_measured' ? '実績値や目標値がなく、達成率を計算できないもの' : `達成率が${b[s]}`,
  }));
}

export function pillarSlug(index: number): string {
  return `p${index + 1}`;
}

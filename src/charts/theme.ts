import type { Status } from '../analyses/indicators';

/**
 * Okabe–Ito colours: distinguishable with the common colour-vision deficiencies, and each status also carries a
 * mark and a label, so colour is never the only cue (and the marks survive grey printing).
 */
export const STATUS_COLORS: Record<Status, string> = {
  achieved: '#0072B2',
  near: '#E69F00',
  missed: '#D55E00',
  not_measured: '#999999',
};

/**
 * Text colours dark enough for small text on white (WCAG AA 4.5:1): the chart colours themselves are too light
 * (#E69F00 is 2.3:1, #D55E00 3.9:1). Borders and chart areas keep STATUS_COLORS.
 */
export const STATUS_TEXT_COLORS: Record<Status, string> = { achieved: '#0062a0', near: '#92400e', missed: '#b3400b', not_measured: '#4b5563' };

export const STATUS_MARKS: Record<Status, string> = {
  achieved: '◎',
  near: '△',
  missed: '✕',
  not_measured: '－',
};

export const STATUS_ORDER: readonly Status[] = ['achieved', 'near', 'missed', 'not_measured'];

export const BUDGET_COLOR = '#56B4E9';
export const SPEND_COLOR = '#009E73';

export const FONT_FAMILY = "'Hiragino Sans', 'Yu Gothic UI', 'Meiryo', 'Noto Sans CJK JP', sans-serif";

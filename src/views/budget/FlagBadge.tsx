import { useThresholds } from '../../app/use-scope';
import { useLang } from '../../app/i18n';
import { FLAG_STYLE, flagLabel, type FlagKey } from '../../charts/budget-options';

/** An execution flag as mark + words + colour (never colour alone), like StatusBadge. */
export function FlagBadge({ flag }: { flag: FlagKey }) {
  const { color, mark } = FLAG_STYLE[flag];
  // the words name the bounds (執行率70%未満), so they follow the thresholds the figures were computed with
  const thresholds = useThresholds();
  const lang = useLang();
  return (
    <span className={`status flag-${flag}`} style={{ borderColor: color, color: flag === 'normal' ? color : darker[flag] }}>
      <span aria-hidden="true">{mark}</span> {flagLabel(flag, thresholds, lang)}
    </span>
  );
}

// the Okabe–Ito hues, darkened for text contrast on white
const darker: Record<FlagKey, string> = { under: '#b23c00', normal: '#0072B2', over: '#9d4b7c' };

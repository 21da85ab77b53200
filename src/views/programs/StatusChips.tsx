import type { Status } from '../../analyses/indicators';
import { STATUS_COLORS, STATUS_MARKS, STATUS_ORDER, STATUS_TEXT_COLORS } from '../../charts/theme';
import { statusLabel } from '../../format/ja';
import { useLang } from '../../app/i18n';
import './programs.css';

type Counts = Record<Status, number>;

/** Outcome counts by status as small badges: mark + count, the word in the tooltip and for screen readers. Zeros are left out. */
export function StatusChips({ counts }: { counts: Counts }) {
  const lang = useLang();
  const shown = STATUS_ORDER.filter((s) => counts[s] > 0);
  if (shown.length === 0) return <span className="chips-none">{lang === 'ja' ? '成果指標なし' : 'no outcomes'}</span>;
  return (
    <span className="status-chips">
      {shown.map((s) => (
        <span
          key={s}
          className={`chip chip-${s}`}
          style={{ borderColor: STATUS_COLORS[s], color: STATUS_TEXT_COLORS[s] }}
          title={lang === 'ja' ? `${statusLabel(s)} ${counts[s]}件` : `${statusLabel(s, lang)}: ${counts[s]}`}
          data-status={s}
        >
          <span aria-hidden="true">{STATUS_MARKS[s]}</span>
          <span className="chip-word">{statusLabel(s, lang)}</span>
          <span className="chip-count">{counts[s]}</span>
        </span>
      ))}
    </span>
  );
}

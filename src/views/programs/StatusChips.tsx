import type { Status } from '../../analyses/indicators';
import { STATUS_COLORS, STATUS_MARKS, STATUS_ORDER } from '../../charts/theme';
import { STATUS_LABELS_JA } from '../../format/ja';
import './programs.css';

type Counts = Record<Status, number>;

/** Text colours dark enough on white (the chart colours themselves are too light for small text). */
export const STATUS_TEXT_COLORS: Record<Status, string> = { achieved: '#0062a0', near: '#92400e', missed: '#b3400b', not_measured: '#4b5563' };

/** Outcome counts by status as small badges: mark + count, the word in the tooltip and for screen readers. Zeros are left out. */
export function StatusChips({ counts }: { counts: Counts }) {
  const shown = STATUS_ORDER.filter((s) => counts[s] > 0);
  if (shown.length === 0) return <span className="chips-none">成果指標なし</span>;
  return (
    <span className="status-chips">
      {shown.map((s) => (
        <span
          key={s}
          className={`chip chip-${s}`}
          style={{ borderColor: STATUS_COLORS[s], color: STATUS_TEXT_COLORS[s] }}
          title={`${STATUS_LABELS_JA[s]} ${counts[s]}件`}
          data-status={s}
        >
          <span aria-hidden="true">{STATUS_MARKS[s]}</span>
          <span className="chip-word">{STATUS_LABELS_JA[s]}</span>
          <span className="chip-count">{counts[s]}</span>
        </span>
      ))}
    </span>
  );
}

import { STATUS_MARKS, STATUS_ORDER } from '../../charts/theme';
import { STATUS_LABELS_JA } from '../../format/ja';
import type { PublishedFigures } from '../model';

/** Outcome counts by status as marks and words (◎達成 3・△概ね達成 1…); zeros left out, none → 成果指標なし. */
export function StatusText({ c }: { c: Pick<PublishedFigures, 'achieved' | 'near' | 'missed' | 'not_measured'> }) {
  const shown = STATUS_ORDER.filter((s) => c[s] > 0);
  if (shown.length === 0) return <span className="muted">成果指標なし</span>;
  return (
    <span className="status-text">
      {shown.map((s) => (
        <span key={s} className={`st st-${s}`}>
          <span aria-hidden="true">{STATUS_MARKS[s]}</span>
          {STATUS_LABELS_JA[s]} {c[s]}
        </span>
      ))}
    </span>
  );
}

import type { Status } from '../../analyses/indicators';
import { STATUS_LABELS_JA } from '../../format/ja';
import { STATUS_COLORS, STATUS_MARKS } from '../../charts/theme';

/** A status is never shown by colour alone: mark + word + colour. */
export function StatusBadge({ status, title }: { status: Status; title?: string }) {
  return (
    <span className={`status status-${status}`} style={{ borderColor: STATUS_COLORS[status], color: STATUS_COLORS[status] }} title={title}>
      {STATUS_MARKS[status]} {STATUS_LABELS_JA[status]}
    </span>
  );
}

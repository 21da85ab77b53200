import type { Status } from '../../analyses/indicators';
import { statusLabel } from '../../format/ja';
import { STATUS_COLORS, STATUS_MARKS, STATUS_TEXT_COLORS } from '../../charts/theme';
import { useLang } from '../../app/i18n';

/** A status is never shown by colour alone: mark + word + colour (a text colour dark enough for small text). */
export function StatusBadge({ status, title }: { status: Status; title?: string }) {
  const lang = useLang();
  return (
    <span className={`status status-${status}`} style={{ borderColor: STATUS_COLORS[status], color: STATUS_TEXT_COLORS[status] }} title={title}>
      <span aria-hidden="true">{STATUS_MARKS[status]}</span> {statusLabel(status, lang)}
    </span>
  );
}

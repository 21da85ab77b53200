import { STATUS_LABELS_JA, statusLabel } from '../../format/ja';
import { useLang } from '../../app/i18n';

/** The 達成状況 filter concerns outcomes; money views say plainly that it does not narrow them. */
export function StatusFilterNote({ status }: { status: string | null }) {
  const lang = useLang();
  if (!status) return null;
  const label = status in STATUS_LABELS_JA ? statusLabel(status as keyof typeof STATUS_LABELS_JA, lang) : status;
  return (
    <p className="scope-note" role="note">
      {lang === 'ja'
        ? `達成状況「${label}」の絞り込みは成果指標に対するもので、この画面の集計には適用されません（年度・施策の大綱・担当課は適用されます）。`
        : `The status filter "${label}" applies to outcome indicators, not to the figures on this screen (year, pillar and department do apply).`}
    </p>
  );
}

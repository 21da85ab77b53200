import { STATUS_LABELS_JA } from '../../format/ja';

/** The 達成状況 filter concerns outcomes; money views say plainly that it does not narrow them. */
export function StatusFilterNote({ status }: { status: string | null }) {
  if (!status) return null;
  const label = status in STATUS_LABELS_JA ? STATUS_LABELS_JA[status as keyof typeof STATUS_LABELS_JA] : status;
  return (
    <p className="scope-note" role="note">
      達成状況「{label}」の絞り込みは成果指標に対するもので、この画面の集計には適用されません（年度・施策の大綱・担当課は適用されます）。
    </p>
  );
}

import type { ConsoleExample } from '../../console/examples';
import type { HistoryEntry, SavedQuery } from '../../console/storage';
import { formatNumber } from '../../format/ja';

const AT = new Intl.DateTimeFormat('ja-JP', { month: 'numeric', day: 'numeric', hour: '2-digit', minute: '2-digit' });
const OUTCOME_LABELS: Record<HistoryEntry['outcome'], string> = { result: '成功', error: 'エラー', refused: '実行不可', cancelled: '中止' };

/** 例: the analyses' own queries, ready to edit. */
export function ExampleList({ examples, onPick }: { examples: ConsoleExample[]; onPick: (sql: string) => void }) {
  return (
    <ul className="query-list" data-testid="example-list">
      {examples.map((e) => (
        <li key={e.id}>
          <button type="button" className="link-button" onClick={() => onPick(e.sql)} data-testid={`example-${e.id}`}>
            {e.label}
          </button>
        </li>
      ))}
    </ul>
  );
}

/** 履歴: the last runs, newest first. */
export function HistoryList({ history, onPick }: { history: HistoryEntry[]; onPick: (sql: string) => void }) {
  if (history.length === 0) return <p className="note">まだ実行していません。</p>;
  return (
    <ul className="query-list" data-testid="history-list">
      {history.map((h) => (
        <li key={h.sql}>
          <button type="button" className="link-button sql-snippet" onClick={() => onPick(h.sql)} title={h.sql}>
            {firstLine(h.sql)}
          </button>
          <span className="note">
            {OUTCOME_LABELS[h.outcome]}
            {h.rows !== undefined && ` ${formatNumber(h.rows)}行`} ・ {AT.format(new Date(h.at))}
          </span>
        </li>
      ))}
    </ul>
  );
}

/** 保存したクエリ: by name; saving a name again replaces it. */
export function SavedList({ saved, onPick, onRemove }: { saved: SavedQuery[]; onPick: (sql: string) => void; onRemove: (name: string) => void }) {
  if (saved.length === 0) return <p className="note">保存したクエリはありません。</p>;
  return (
    <ul className="query-list" data-testid="saved-list">
      {saved.map((s) => (
        <li key={s.name}>
          <button type="button" className="link-button" onClick={() => onPick(s.sql)} title={s.sql}>
            {s.name}
          </button>
          <button type="button" className="export-button" onClick={() => onRemove(s.name)} aria-label={`「${s.name}」を削除`}>
            削除
          </button>
        </li>
      ))}
    </ul>
  );
}

/** The first line that is not a comment, shortened: what a user recognises a query by. */
function firstLine(sql: string): string {
  const line = sql.split('\n').find((l) => l.trim() && !l.trim().startsWith('--')) ?? sql;
  return line.length > 60 ? `${line.slice(0, 60)}…` : line;
}

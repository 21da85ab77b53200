import type { ConsoleExample } from '../../console/examples';
import type { HistoryEntry, SavedQuery } from '../../console/storage';
import { formatNumber } from '../../format/ja';
import { useLang } from '../../app/i18n';

const AT = { ja: new Intl.DateTimeFormat('ja-JP', { month: 'numeric', day: 'numeric', hour: '2-digit', minute: '2-digit' }), en: new Intl.DateTimeFormat('en-GB', { month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' }) };
const OUTCOME_LABELS: Record<HistoryEntry['outcome'], { ja: string; en: string }> = {
  result: { ja: '成功', en: 'done' },
  error: { ja: 'エラー', en: 'error' },
  refused: { ja: '実行不可', en: 'refused' },
  cancelled: { ja: '中止', en: 'cancelled' },
};

/** 例: the analyses' own queries, ready to edit. */
export function ExampleList({ examples, onPick }: { examples: ConsoleExample[]; onPick: (sql: string) => void }) {
  const lang = useLang();
  return (
    <ul className="query-list" data-testid="example-list">
      {examples.map((e) => (
        <li key={e.id}>
          <button type="button" className="link-button" onClick={() => onPick(e.sql)} data-testid={`example-${e.id}`}>
            {lang === 'ja' ? e.label : e.labelEn}
          </button>
        </li>
      ))}
    </ul>
  );
}

/** 履歴: the last runs, newest first. */
export function HistoryList({ history, onPick }: { history: HistoryEntry[]; onPick: (sql: string) => void }) {
  const lang = useLang();
  if (history.length === 0) return <p className="note">{lang === 'ja' ? 'まだ実行していません。' : 'Nothing run yet.'}</p>;
  return (
    <ul className="query-list" data-testid="history-list">
      {history.map((h) => (
        <li key={h.sql}>
          <button type="button" className="link-button sql-snippet" onClick={() => onPick(h.sql)} title={h.sql}>
            {firstLine(h.sql)}
          </button>
          <span className="note">
            {OUTCOME_LABELS[h.outcome][lang]}
            {h.rows !== undefined && (lang === 'ja' ? ` ${formatNumber(h.rows)}行` : ` ${formatNumber(h.rows)} rows`)} ・ {AT[lang].format(new Date(h.at))}
          </span>
        </li>
      ))}
    </ul>
  );
}

/** 保存したクエリ: by name; saving a name again replaces it. */
export function SavedList({ saved, onPick, onRemove }: { saved: SavedQuery[]; onPick: (sql: string) => void; onRemove: (name: string) => void }) {
  const lang = useLang();
  if (saved.length === 0) return <p className="note">{lang === 'ja' ? '保存したクエリはありません。' : 'No saved queries.'}</p>;
  return (
    <ul className="query-list" data-testid="saved-list">
      {saved.map((s) => (
        <li key={s.name}>
          <button type="button" className="link-button" onClick={() => onPick(s.sql)} title={s.sql}>
            {s.name}
          </button>
          <button type="button" className="export-button" onClick={() => onRemove(s.name)} aria-label={lang === 'ja' ? `「${s.name}」を削除` : `Delete ${s.name}`}>
            {lang === 'ja' ? '削除' : 'Delete'}
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

import { useState } from 'react';
import { SCHEMA_GROUP_LABELS, type SchemaGroup, type SchemaObject } from '../../console/schema';
import { useLang } from '../../app/i18n';

/**
 * スキーマ: tables, views and macros with their columns and types; a click puts the name into the editor.
 * The name (insert) and the columns toggle are two sibling buttons — a button inside a <summary> is an interactive
 * element nested in another, which screen readers announce badly (axe nested-interactive).
 */
export function SchemaBrowser({ objects, onInsert }: { objects: SchemaObject[] | null; onInsert: (text: string) => void }) {
  const lang = useLang();
  if (!objects) return <p className="note">{lang === 'ja' ? '読み込み中…' : 'Loading…'}</p>;
  const groups = (Object.keys(SCHEMA_GROUP_LABELS) as SchemaGroup[]).map((g) => ({ g, items: objects.filter((o) => o.group === g) })).filter((x) => x.items.length > 0);
  return (
    <div className="schema-browser" data-testid="schema-browser">
      {groups.map(({ g, items }) => (
        <div key={g}>
          <h4>{SCHEMA_GROUP_LABELS[g][lang]}</h4>
          <ul>
            {items.map((o) => (
              <SchemaItem key={o.name} o={o} onInsert={onInsert} lang={lang} />
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
}

function SchemaItem({ o, onInsert, lang }: { o: SchemaObject; onInsert: (text: string) => void; lang: 'ja' | 'en' }) {
  const [open, setOpen] = useState(false);
  const insertTitle = lang === 'ja' ? 'エディタに挿入' : 'Insert into the editor';
  const listId = `schema-cols-${o.name}`;
  return (
    <li>
      <span className="schema-item">
        {o.columns.length > 0 && (
          <button
            type="button"
            className="schema-toggle"
            aria-expanded={open}
            aria-controls={listId}
            aria-label={lang === 'ja' ? `${o.name} の列を${open ? '閉じる' : '表示'}` : `${open ? 'Hide' : 'Show'} the columns of ${o.name}`}
            onClick={() => setOpen(!open)}
          >
            <span aria-hidden="true">{open ? '▾' : '▸'}</span>
          </button>
        )}
        <button type="button" className="link-button" onClick={() => onInsert(o.parameters ? `${o.name}(${o.parameters.join(', ')})` : o.name)} data-testid={`schema-${o.name}`} title={insertTitle}>
          {o.name}
        </button>
        {o.parameters && <span className="note">（{o.parameters.join(', ')}）</span>}
      </span>
      {o.columns.length > 0 && open && (
        <ul className="schema-columns" id={listId}>
          {o.columns.map((c) => (
            <li key={c.name}>
              <button type="button" className="link-button" onClick={() => onInsert(quoteIfNeeded(c.name))} title={insertTitle}>
                {c.name}
              </button>{' '}
              <span className="schema-type">{c.type}</span>
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}

/** "column" needs quotes (a keyword); plain lower-case names do not. */
function quoteIfNeeded(name: string): string {
  return /^[a-z_][a-z0-9_]*$/.test(name) && !['column', 'order', 'group', 'table', 'select', 'from', 'where'].includes(name) ? name : `"${name.replace(/"/g, '""')}"`;
}

import { SCHEMA_GROUP_LABELS, type SchemaGroup, type SchemaObject } from '../../console/schema';

/** スキーマ: tables, views and macros with their columns and types; a click puts the name into the editor. */
export function SchemaBrowser({ objects, onInsert }: { objects: SchemaObject[] | null; onInsert: (text: string) => void }) {
  if (!objects) return <p className="note">読み込み中…</p>;
  const groups = (Object.keys(SCHEMA_GROUP_LABELS) as SchemaGroup[]).map((g) => ({ g, items: objects.filter((o) => o.group === g) })).filter((x) => x.items.length > 0);
  return (
    <div className="schema-browser" data-testid="schema-browser">
      {groups.map(({ g, items }) => (
        <div key={g}>
          <h4>{SCHEMA_GROUP_LABELS[g]}</h4>
          <ul>
            {items.map((o) => (
              <li key={o.name}>
                <details>
                  <summary>
                    <button type="button" className="link-button" onClick={() => onInsert(o.parameters ? `${o.name}(${o.parameters.join(', ')})` : o.name)} data-testid={`schema-${o.name}`} title="エディタに挿入">
                      {o.name}
                    </button>
                    {o.parameters && <span className="note">（{o.parameters.join(', ')}）</span>}
                  </summary>
                  {o.columns.length > 0 && (
                    <ul className="schema-columns">
                      {o.columns.map((c) => (
                        <li key={c.name}>
                          <button type="button" className="link-button" onClick={() => onInsert(quoteIfNeeded(c.name))} title="エディタに挿入">
                            {c.name}
                          </button>{' '}
                          <span className="schema-type">{c.type}</span>
                        </li>
                      ))}
                    </ul>
                  )}
                </details>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
}

/** "column" needs quotes (a keyword); plain lower-case names do not. */
function quoteIfNeeded(name: string): string {
  return /^[a-z_][a-z0-9_]*$/.test(name) && !['column', 'order', 'group', 'table', 'select', 'from', 'where'].includes(name) ? name : `"${name.replace(/"/g, '""')}"`;
}

import { useId, type ReactNode } from 'react';
import { L, type Lang } from '../../app/i18n';
import type { IndicatorKind } from '../../import/cells/categories';
import { INDICATOR_KINDS, type ColumnOrText, type IndicatorDraft, type MappingDraft } from '../../import/profiles/draft/draft';
import { ColumnSelect } from './ColumnSelect';
import { INDICATOR_KIND_LABELS } from './labels';

type Update = (patch: (d: MappingDraft) => MappingDraft) => void;

interface Props {
  draft: MappingDraft;
  update: Update;
  options: ReactNode[];
  blockOptions: ReactNode[];
  lang: Lang;
}

/**
 * Indicator slots: an indicator's name and unit (a column each, or a text when the header names it), and its value
 * inside every year block — one indicator row per year. Names left empty, as dashes or as the placeholder 0 are
 * skipped by the import.
 */
export function IndicatorsForm({ draft, update, options, blockOptions, lang }: Props) {
  const id = useId();
  const set = (i: number, patch: Partial<IndicatorDraft>) => update((d) => ({ ...d, indicators: d.indicators.map((x, j) => (j === i ? { ...x, ...patch } : x)) }));
  return (
    <fieldset className="mapping-group" data-testid="mapping-indicators">
      <legend>{L(lang, '指標のスロット', 'Indicator slots')}</legend>
      {draft.indicators.length === 0 && <p className="note">{L(lang, '指標はありません。', 'No indicators.')}</p>}
      <ol className="mapping-list">
        {draft.indicators.map((ind, i) => (
          <li key={i} data-testid={`mapping-indicator-${i}`}>
            <span className="mapping-item-title">{L(lang, `指標 ${i + 1}`, `Indicator ${i + 1}`)}</span>
            <div className="mapping-field">
              <label htmlFor={`${id}-${i}-kind`}>{L(lang, '種類', 'Kind')}</label>
              <select id={`${id}-${i}-kind`} value={ind.kind} onChange={(e) => set(i, { kind: e.target.value as IndicatorKind })}>
                {INDICATOR_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {INDICATOR_KIND_LABELS[k][lang]}
                  </option>
                ))}
              </select>
            </div>
            <ColumnOrTextField id={`${id}-${i}-name`} label={L(lang, '指標名', 'Name')} value={ind.name} options={options} lang={lang} onChange={(v) => v && set(i, { name: v })} />
            <ColumnOrTextField id={`${id}-${i}-unit`} label={L(lang, '単位', 'Unit')} value={ind.unit} options={options} lang={lang} optional onChange={(v) => set(i, { unit: v })} />
            <ColumnSelect
              label={L(lang, '値（まとまりの中の列）', 'Value (column inside each block)')}
              value={ind.value}
              options={blockOptions}
              lang={lang}
              onChange={(o) => set(i, { value: o })}
            />
            <button type="button" className="mapping-remove" onClick={() => update((d) => ({ ...d, indicators: d.indicators.filter((_, j) => j !== i) }))}>
              {L(lang, `指標 ${i + 1} を削除`, `Remove indicator ${i + 1}`)}
            </button>
          </li>
        ))}
      </ol>
      <div className="mapping-actions">
        <button type="button" onClick={() => update((d) => ({ ...d, indicators: [...d.indicators, { kind: '成果', name: { text: '' }, unit: null, value: null }] }))}>
          {L(lang, '指標を追加', 'Add an indicator')}
        </button>
      </div>
    </fieldset>
  );
}

function ColumnOrTextField({ id, label, value, options, lang, optional, onChange }: { id: string; label: string; value: ColumnOrText | null; options: ReactNode[]; lang: Lang; optional?: boolean; onChange: (v: ColumnOrText | null) => void }) {
  const mode = value === null ? 'none' : 'column' in value ? 'column' : 'text';
  return (
    <div className="mapping-field mapping-either">
      <label htmlFor={`${id}-mode`}>{label}</label>
      <select
        id={`${id}-mode`}
        value={mode}
        onChange={(e) => onChange(e.target.value === 'none' ? null : e.target.value === 'column' ? { column: 0 } : { text: '' })}
      >
        {optional && <option value="none">{L(lang, 'なし', 'none')}</option>}
        <option value="column">{L(lang, '列から', 'from a column')}</option>
        <option value="text">{L(lang, '文字で入れる', 'typed in')}</option>
      </select>
      {value && 'column' in value && (
        <select aria-label={L(lang, `${label}の列`, `${label} column`)} value={value.column} onChange={(e) => onChange({ column: Number(e.target.value) })}>
          {options}
        </select>
      )}
      {value && 'text' in value && <input aria-label={L(lang, `${label}（文字）`, `${label} (text)`)} value={value.text} onChange={(e) => onChange({ text: e.target.value })} />}
    </div>
  );
}

import { useCallback, useId, type ReactNode } from 'react';
import { L, type Lang } from '../../app/i18n';
import { formatFiscalYear } from '../../format/ja';
import { MONEY_FIELDS, MONEY_KINDS, type BlockDraft, type MappingDraft } from '../../import/profiles/draft/draft';
import type { MoneyKind } from '../../import/cells/categories';
import type { MoneyField } from '../../import/profiles/profile';
import { ColumnSelect } from './ColumnSelect';
import { FIELD_LABELS, MONEY_KIND_LABELS } from './labels';

type Update = (patch: (d: MappingDraft) => MappingDraft) => void;

interface Props {
  draft: MappingDraft;
  update: Update;
  options: ReactNode[];
  /** the first block's columns as options (value = place in the block) */
  blockOptions: ReactNode[];
  /** the first record's fiscal year, to show what a relative year means */
  firstYear: number | null;
  /** finds the blocks again from the header */
  redetect: () => void;
  lang: Lang;
}

/**
 * Year blocks: the same group of columns repeated once per fiscal year (大船渡市: 19 columns × 6). Each block has
 * its first column, its year (relative to the record's year, or a year as such), what its money is and whether its
 * indicator values are actuals or targets. Money fields are chosen among the first block's columns.
 */
export function BlocksForm({ draft, update, options, blockOptions, firstYear, redetect, lang }: Props) {
  const id = useId();
  const { width, skipEmpty, list } = draft.blocks;
  const setBlocks = (patch: Partial<MappingDraft['blocks']>) => update((d) => ({ ...d, blocks: { ...d.blocks, ...patch } }));
  const setBlock = (i: number, patch: Partial<BlockDraft>) => update((d) => ({ ...d, blocks: { ...d.blocks, list: d.blocks.list.map((b, j) => (j === i ? { ...b, ...patch } : b)) } }));
  const setMoney = useCallback((field: MoneyField, o: number | null) => update((d) => {
    const money = { ...d.money };
    if (o === null) delete money[field];
    else money[field] = o;
    return { ...d, money };
  }), [update]);
  return (
    <fieldset className="mapping-group" data-testid="mapping-blocks">
      <legend>{L(lang, '年度のまとまり（年度ごとに繰り返す列の組）', 'Year blocks (groups of columns repeated for each fiscal year)')}</legend>
      <div className="mapping-row">
        <div className="mapping-field">
          <label htmlFor={`${id}-width`}>{L(lang, '1 つのまとまりの列数', 'Columns in one block')}</label>
          <input id={`${id}-width`} type="number" min={0} max={200} data-testid="mapping-block-width" value={width || ''} onChange={(e) => setBlocks({ width: Math.max(0, Number(e.target.value) || 0) })} />
        </div>
        <label className="mapping-check">
          <input type="checkbox" checked={skipEmpty} onChange={(e) => setBlocks({ skipEmpty: e.target.checked })} />
          {L(lang, '空・ダッシュ・0 だけのまとまりは読まない（その年度はまだ事業がない）', 'Skip blocks holding only blanks, dashes and zeros (no program that year)')}
        </label>
      </div>
      {list.length === 0 && <p className="note">{L(lang, 'まとまりはありません。', 'No year blocks.')}</p>}
      <ol className="mapping-list">
        {list.map((b, i) => (
          <li key={i} data-testid={`mapping-block-${i}`}>
            <span className="mapping-item-title">{L(lang, `まとまり ${i + 1}`, `Block ${i + 1}`)}</span>
            <ColumnSelect label={L(lang, '先頭の列', 'First column')} value={b.start} options={options} lang={lang} onChange={(c) => c !== null && setBlock(i, { start: c })} />
            <div className="mapping-field">
              <label htmlFor={`${id}-${i}-ymode`}>{L(lang, '年度', 'Year')}</label>
              <select
                id={`${id}-${i}-ymode`}
                value={'offset' in b.year ? 'offset' : 'year'}
                onChange={(e) => setBlock(i, { year: e.target.value === 'offset' ? { offset: 0 } : { year: firstYear ?? new Date().getFullYear() - 1 } })}
              >
                <option value="offset">{L(lang, '行の年度から数えて', 'counted from the row’s year')}</option>
                <option value="year">{L(lang, '決まった年度（西暦）', 'a fixed year (Western)')}</option>
              </select>
            </div>
            <div className="mapping-field">
              <label htmlFor={`${id}-${i}-y`}>{'offset' in b.year ? L(lang, '年の差（前年度 = -1）', 'Years after (the year before = -1)') : L(lang, '西暦', 'Year')}</label>
              <input
                id={`${id}-${i}-y`}
                type="number"
                value={'offset' in b.year ? b.year.offset : b.year.year}
                onChange={(e) => setBlock(i, { year: 'offset' in b.year ? { offset: Number(e.target.value) || 0 } : { year: Number(e.target.value) || 0 } })}
              />
              {'offset' in b.year && firstYear !== null && <span className="note">→ {formatFiscalYear(firstYear + b.year.offset, lang)}{L(lang, '（1 行目）', ' (first row)')}</span>}
            </div>
            <div className="mapping-field">
              <label htmlFor={`${id}-${i}-kind`}>{L(lang, '金額の区分', 'Money is')}</label>
              <select id={`${id}-${i}-kind`} value={b.kind} onChange={(e) => setBlock(i, { kind: e.target.value as MoneyKind })}>
                {MONEY_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {MONEY_KIND_LABELS[k][lang]}
                  </option>
                ))}
              </select>
            </div>
            <div className="mapping-field">
              <label htmlFor={`${id}-${i}-values`}>{L(lang, '指標の値', 'Indicator values are')}</label>
              <select id={`${id}-${i}-values`} value={b.values} onChange={(e) => setBlock(i, { values: e.target.value as BlockDraft['values'] })}>
                <option value="actual">{L(lang, '実績', 'actuals')}</option>
                <option value="target">{L(lang, '目標', 'targets')}</option>
              </select>
            </div>
            <button type="button" className="mapping-remove" onClick={() => update((d) => ({ ...d, blocks: { ...d.blocks, list: d.blocks.list.filter((_, j) => j !== i) } }))}>
              {L(lang, `まとまり ${i + 1} を削除`, `Remove block ${i + 1}`)}
            </button>
          </li>
        ))}
      </ol>
      <div className="mapping-actions">
        <button
          type="button"
          onClick={() => {
            const last = list.at(-1);
            const start = last ? last.start + Math.max(1, width) : 0;
            setBlocks({ list: [...list, { start, year: { offset: last && 'offset' in last.year ? last.year.offset + 1 : 0 }, kind: last?.kind ?? '決算', values: last?.values ?? 'actual' }] });
          }}
        >
          {L(lang, 'まとまりを追加', 'Add a block')}
        </button>
        <button type="button" onClick={redetect}>
          {L(lang, '見出しからまとまりを探し直す', 'Find the blocks from the header again')}
        </button>
      </div>
      {list.length > 0 && width > 0 && (
        <div className="mapping-subgroup">
          <h4>{L(lang, '事業費（まとまりの中の列）', 'Program money (columns inside a block)')}</h4>
          <div className="mapping-fields">
            {MONEY_FIELDS.map((f) => (
              <MoneySelect key={f} field={f} value={draft.money[f] ?? null} options={blockOptions} lang={lang} setMoney={setMoney} />
            ))}
          </div>
        </div>
      )}
    </fieldset>
  );
}

function MoneySelect({ field, value, options, lang, setMoney }: { field: MoneyField; value: number | null; options: ReactNode[]; lang: Lang; setMoney: (f: MoneyField, o: number | null) => void }) {
  const onChange = useCallback((o: number | null) => setMoney(field, o), [field, setMoney]);
  return <ColumnSelect label={FIELD_LABELS[field][lang]} testId={`mapping-money-${field}`} value={value} options={options} lang={lang} onChange={onChange} />;
}

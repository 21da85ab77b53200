import { useCallback, useId, type ReactNode } from 'react';
import { L, type Lang } from '../../app/i18n';
import { REVIEW_FIELDS, SHEET_FIELDS, type Era, type MappingDraft, type PlainField } from '../../import/profiles/draft/draft';
import { ColumnSelect } from './ColumnSelect';
import { FIELD_LABELS } from './labels';

type Update = (patch: (d: MappingDraft) => MappingDraft) => void;

interface Props {
  draft: MappingDraft;
  update: Update;
  options: ReactNode[];
  lang: Lang;
  /** the column's first values, to tell whether a 年度 column holds bare era numbers */
  columnValues: (c: number) => string[];
}

/** The record's fiscal year, its sheet number, the municipality, and which column is which sheet or review field. */
export function FieldsForm({ draft, update, options, lang, columnValues }: Props) {
  const id = useId();
  const fy = draft.fiscalYear;
  const yearMode = fy === null ? 'column' : 'column' in fy ? 'column' : 'const';
  const setField = useCallback((field: PlainField, c: number | null) => update((d) => ({ ...d, fields: withField(d.fields, field, c) })), [update]);
  return (
    <>
      <fieldset className="mapping-group">
        <legend>{L(lang, '年度とシートNo（必須）', 'Fiscal year and sheet number (required)')}</legend>
        <div className="mapping-field">
          <label htmlFor={`${id}-ymode`}>{L(lang, '年度の取り方', 'Fiscal year from')}</label>
          <select
            id={`${id}-ymode`}
            data-testid="mapping-year-mode"
            value={yearMode}
            onChange={(e) => update((d) => ({ ...d, fiscalYear: e.target.value === 'const' ? { year: new Date().getFullYear() - 1 } : null }))}
          >
            <option value="column">{L(lang, '列から', 'a column')}</option>
            <option value="const">{L(lang, 'すべての行で同じ年度（固定）', 'one year for every row (fixed)')}</option>
          </select>
        </div>
        {yearMode === 'column' ? (
          <>
            <ColumnSelect
              label={L(lang, '年度の列', 'Fiscal year column')}
              testId="mapping-year-column"
              value={fy && 'column' in fy ? fy.column : null}
              options={options}
              lang={lang}
              onChange={(c) =>
                update((d) => ({ ...d, fiscalYear: c === null ? null : { column: c, era: columnValues(c).every((t) => /^[0-9０-９]{1,2}$|^元$/.test(t)) ? '令和' : null } }))
              }
            />
            <div className="mapping-field">
              <label htmlFor={`${id}-era`}>{L(lang, '数字だけの年度（7 など）の元号', 'Era of bare year numbers (such as 7)')}</label>
              <select
                id={`${id}-era`}
                data-testid="mapping-year-era"
                value={fy && 'column' in fy ? (fy.era ?? '') : ''}
                disabled={!fy || !('column' in fy)}
                onChange={(e) => update((d) => (d.fiscalYear && 'column' in d.fiscalYear ? { ...d, fiscalYear: { ...d.fiscalYear, era: (e.target.value || null) as Era | null } } : d))}
              >
                <option value="">{L(lang, '使わない（年度が書いてある）', 'none (the years are written out)')}</option>
                <option value="令和">{L(lang, '令和', 'Reiwa')}</option>
                <option value="平成">{L(lang, '平成', 'Heisei')}</option>
              </select>
            </div>
          </>
        ) : (
          <div className="mapping-field">
            <label htmlFor={`${id}-year`}>{L(lang, '年度（西暦）', 'Fiscal year (Western)')}</label>
            <input
              id={`${id}-year`}
              type="number"
              min={1989}
              max={2100}
              data-testid="mapping-year-const"
              value={fy && 'year' in fy ? fy.year : ''}
              onChange={(e) => update((d) => ({ ...d, fiscalYear: { year: Number(e.target.value) || 0 } }))}
            />
          </div>
        )}
        <ColumnSelect
          label={L(lang, 'シートNo（事業を見分ける番号）の列', 'Sheet number column (what tells programs apart)')}
          testId="mapping-sheet-no"
          value={draft.sheetNo && 'column' in draft.sheetNo ? draft.sheetNo.column : null}
          options={options}
          lang={lang}
          none={L(lang, '（列なし: ファイルの行の番号を使う）', '(no column: the row number in the file)')}
          onChange={(c) => update((d) => ({ ...d, sheetNo: c === null ? { rowNumber: true } : { column: c } }))}
        />
      </fieldset>

      <fieldset className="mapping-group">
        <legend>{L(lang, '団体（市区町村）', 'Municipality')}</legend>
        <div className="mapping-field">
          <label htmlFor={`${id}-city`}>{L(lang, '団体名', 'Name')}</label>
          <input id={`${id}-city`} data-testid="mapping-city-name" value={draft.municipality.name} onChange={(e) => update((d) => ({ ...d, municipality: { ...d.municipality, name: e.target.value } }))} />
        </div>
        <div className="mapping-field">
          <label htmlFor={`${id}-code`}>{L(lang, '全国地方公共団体コード（6 桁、任意）', 'Local government code (6 digits, optional)')}</label>
          <input
            id={`${id}-code`}
            data-testid="mapping-city-code"
            inputMode="numeric"
            value={draft.municipality.code}
            onChange={(e) => update((d) => ({ ...d, municipality: { ...d.municipality, code: e.target.value } }))}
          />
        </div>
        <p className="note">
          {L(
            lang,
            '団体を入れると、ほかの市のデータと同時に読み込んでもシートNoがぶつからず、絞り込みで市ごとに見られます。',
            'With a municipality, this data can be loaded beside other cities’ without their sheet numbers colliding, and filtered by city.',
          )}
        </p>
      </fieldset>

      {(
        [
          ['sheet', L(lang, 'シート（①位置付け）の項目', 'Sheet fields'), SHEET_FIELDS],
          ['review', L(lang, '点検（⑤）の項目', 'Review fields'), REVIEW_FIELDS],
        ] as const
      ).map(([key, legend, fields]) => (
        <fieldset key={key} className="mapping-group">
          <legend>{legend}</legend>
          <div className="mapping-fields">
            {fields.map((f) => (
              <FieldSelect key={f} field={f} value={draft.fields[f] ?? null} options={options} lang={lang} setField={setField} />
            ))}
          </div>
        </fieldset>
      ))}
    </>
  );
}

function FieldSelect({ field, value, options, lang, setField }: { field: PlainField; value: number | null; options: ReactNode[]; lang: Lang; setField: (f: PlainField, c: number | null) => void }) {
  const onChange = useCallback((c: number | null) => setField(field, c), [field, setField]);
  return <ColumnSelect label={FIELD_LABELS[field][lang]} testId={`mapping-field-${field}`} value={value} options={options} lang={lang} onChange={onChange} />;
}

function withField<K extends string>(fields: Partial<Record<K, number>>, field: K, c: number | null): Partial<Record<K, number>> {
  const next = { ...fields };
  if (c === null) delete next[field];
  else next[field] = c;
  return next;
}

import { memo, useId, type ReactNode } from 'react';
import { L, type Lang } from '../../app/i18n';
import { columnLetter } from '../../import/grid';

/** A column as the screen names it: its letter and its header (joined rows, first 30 characters). */
export function columnName(texts: readonly string[], c: number): string {
  const t = (texts[c] ?? '').replace(/\s+/g, ' ').trim();
  return t === '' ? columnLetter(c) : `${columnLetter(c)}: ${t.length > 30 ? `${t.slice(0, 30)}…` : t}`;
}

/**
 * The options of every column select, made once per header: 210 columns × 40 selects is 8,400 options, and
 * React compares elements it is given again by identity — so a change in one select re-renders only that one.
 */
export function columnOptions(texts: readonly string[], columns: readonly number[]): ReactNode[] {
  return columns.map((c) => (
    <option key={c} value={c} lang="ja">
      {columnName(texts, c)}
    </option>
  ));
}

interface Props {
  label: string;
  value: number | null;
  options: ReactNode[];
  onChange: (value: number | null) => void;
  lang: Lang;
  testId?: string;
  /** the text of the empty choice */
  none?: string;
}

/** One labelled select of columns (or of a block's columns); memoised, so that editing one field redraws one select. */
export const ColumnSelect = memo(function ColumnSelect({ label, value, options, onChange, lang, testId, none }: Props) {
  const id = useId();
  return (
    <div className="mapping-field">
      <label htmlFor={id}>{label}</label>
      <select id={id} data-testid={testId} value={value ?? ''} onChange={(e) => onChange(e.target.value === '' ? null : Number(e.target.value))}>
        <option value="">{none ?? L(lang, '（割り当てない）', '(not assigned)')}</option>
        {options}
      </select>
    </div>
  );
});

/** The first block's columns, each standing for its place in every block (the value is the offset). */
export function blockColumnOptions(texts: readonly string[], start: number, width: number): ReactNode[] {
  return Array.from({ length: width }, (_, o) => (
    <option key={o} value={o} lang="ja">
      {columnName(texts, start + o)}
    </option>
  ));
}

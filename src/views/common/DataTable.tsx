import { useMemo, useState, type ReactNode } from 'react';
import { toExcelCsv } from '../../export/csv';
import { downloadBlob, downloadText, safeFileName } from '../../export/download';
import { toXlsxBlob } from '../../export/xlsx';
import { useLang } from '../../app/i18n';

export interface Column<T> {
  key: string;
  header: string;
  /** the value used to sort; also the cell's text when no render is given */
  value: (row: T) => string | number | null;
  render?: (row: T) => ReactNode;
  numeric?: boolean;
  /**
   * The cell shows text from the data (a program, pillar or department name, a unit the sheet carries): marked
   * lang="ja" so a screen reader reads it as Japanese in the English UI too, and the English-screen test skips it.
   */
  data?: boolean;
}

/**
 * A plain sortable table: every chart has one as its alternative, and briefings copy from it. Cell text goes through
 * React, so CSV text (even '<script>') is shown, never run.
 */
export function DataTable<T>({
  rows,
  columns,
  rowKey,
  caption,
  testId,
  limit,
  exportName,
  className,
  id,
}: {
  /** the table's id, for a chart that names it as its text alternative (aria-details) */
  id?: string;
  rows: T[];
  columns: Column<T>[];
  rowKey: (row: T) => string;
  caption?: string;
  testId?: string;
  limit?: number;
  /** extra class on the table, e.g. 'compact' */
  className?: string;
  /** file name of the 「CSV」「Excel」 buttons, which save all rows (in the current sort order) */
  exportName: string;
}) {
  const lang = useLang();
  const [sort, setSort] = useState<{ key: string; desc: boolean } | null>(null);
  const sorted = useMemo(() => {
    if (!sort) return rows;
    const col = columns.find((c) => c.key === sort.key);
    if (!col) return rows;
    const out = [...rows].sort((a, b) => compare(col.value(a), col.value(b)));
    return sort.desc ? out.reverse() : out;
  }, [rows, columns, sort]);
  const shown = limit ? sorted.slice(0, limit) : sorted;
  const fileName = safeFileName(exportName);
  const cellsOf = () => sorted.map((r) => columns.map((c) => c.value(r)));
  const saveCsv = () => downloadText(`${fileName}.csv`, toExcelCsv(columns, cellsOf()), 'text/csv;charset=utf-8');
  const saveXlsx = async () => downloadBlob(`${fileName}.xlsx`, await toXlsxBlob(columns, cellsOf(), exportName));
  return (
    <div className="table-wrap">
      <div className="export-tools">
        <button type="button" className="export-button" onClick={saveCsv} data-testid={testId ? `${testId}-csv` : undefined} title={lang === 'ja' ? `全${sorted.length}件をCSV（UTF-8・BOM付き）で保存` : `Save all ${sorted.length} rows as CSV (UTF-8 with BOM)`}>
          {lang === 'ja' ? 'CSVで保存' : 'Save CSV'}
        </button>
        <button type="button" className="export-button" onClick={() => void saveXlsx()} data-testid={testId ? `${testId}-xlsx` : undefined} title={lang === 'ja' ? `全${sorted.length}件をExcel（.xlsx）で保存` : `Save all ${sorted.length} rows as Excel (.xlsx)`}>
          {lang === 'ja' ? 'Excelで保存' : 'Save Excel'}
        </button>
      </div>
      <table className={className ? `data-table ${className}` : 'data-table'} data-testid={testId} id={id}>
        {caption && <caption>{caption}</caption>}
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c.key} scope="col" className={c.numeric ? 'num' : undefined} aria-sort={sort?.key === c.key ? (sort.desc ? 'descending' : 'ascending') : 'none'}>
                <button type="button" onClick={() => setSort((s) => ({ key: c.key, desc: s?.key === c.key ? !s.desc : false }))}>
                  {c.header}
                  {sort?.key === c.key ? (sort.desc ? ' ▼' : ' ▲') : ''}
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {shown.map((r) => (
            <tr key={rowKey(r)}>
              {columns.map((c) => (
                <td key={c.key} className={c.numeric ? 'num' : undefined} lang={c.data ? 'ja' : undefined}>
                  {c.render ? c.render(r) : (c.value(r) ?? '—')}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {limit && sorted.length > limit && <p className="note">{lang === 'ja' ? `ほか ${sorted.length - limit} 件` : `${sorted.length - limit} more`}</p>}
    </div>
  );
}

function compare(a: string | number | null, b: string | number | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a).localeCompare(String(b), 'ja');
}

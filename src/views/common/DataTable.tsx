import { useMemo, useState, type ReactNode } from 'react';
import { toExcelCsv } from '../../export/csv';
import { downloadText, safeFileName } from '../../export/download';

export interface Column<T> {
  key: string;
  header: string;
  /** the value used to sort; also the cell's text when no render is given */
  value: (row: T) => string | number | null;
  render?: (row: T) => ReactNode;
  numeric?: boolean;
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
}: {
  rows: T[];
  columns: Column<T>[];
  rowKey: (row: T) => string;
  caption?: string;
  testId?: string;
  limit?: number;
  /** when given, a 「CSVで保存」 button saves all rows (in the current sort order) as `<exportName>.csv` */
  exportName?: string;
}) {
  const [sort, setSort] = useState<{ key: string; desc: boolean } | null>(null);
  const sorted = useMemo(() => {
    if (!sort) return rows;
    const col = columns.find((c) => c.key === sort.key);
    if (!col) return rows;
    const out = [...rows].sort((a, b) => compare(col.value(a), col.value(b)));
    return sort.desc ? out.reverse() : out;
  }, [rows, columns, sort]);
  const shown = limit ? sorted.slice(0, limit) : sorted;
  const saveCsv = () => {
    const csv = toExcelCsv(columns, sorted.map((r) => columns.map((c) => c.value(r))));
    downloadText(`${safeFileName(exportName ?? 'table')}.csv`, csv, 'text/csv;charset=utf-8');
  };
  return (
    <div className="table-wrap">
      {exportName && (
        <div className="export-tools">
          <button type="button" className="export-button" onClick={saveCsv} data-testid={testId ? `${testId}-csv` : undefined} title={`全${sorted.length}件をCSV（Excel用）で保存`}>
            CSVで保存
          </button>
        </div>
      )}
      <table className="data-table" data-testid={testId}>
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
                <td key={c.key} className={c.numeric ? 'num' : undefined}>
                  {c.render ? c.render(r) : (c.value(r) ?? '—')}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {limit && sorted.length > limit && <p className="note">ほか {sorted.length - limit} 件</p>}
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

import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import { L, type Lang } from '../../app/i18n';
import { columnLetter, type Grid } from '../../import/grid';

const ROW_H = 26;
const HEAD_H = 44;
const COL_W = 132;
const ROWNUM_W = 52;
/** The file's first rows: enough to see the header and what lies under it. */
export const GRID_ROWS = 200;

interface Props {
  grid: Grid;
  width: number;
  headerRow: number;
  headerRows: number;
  /** per column, what it is assigned to (shown under its letter) */
  assigned: Map<number, string>;
  /** per column, its year block (0-based), for the tint that shows the blocks */
  blockOf: Map<number, number>;
  lang: Lang;
}

/**
 * The file's first rows as a grid, virtualised both ways (a 407 × 210 worksheet keeps ~30 × 12 cells in the DOM). A
 * table in ARIA terms (aria-rowcount/colcount, and each cell's index), read-only: the scroll region is focusable, so
 * the arrow keys scroll it; columns are assigned in the form beside it. The header rows of the file are marked.
 */
export function MappingGrid({ grid, width, headerRow, headerRows, assigned, blockOf, lang }: Props) {
  const scroller = useRef<HTMLDivElement>(null);
  const rows = Math.min(grid.rows.length, GRID_ROWS);
  // eslint-disable-next-line react-hooks/incompatible-library -- the grid is meant to re-render as it scrolls
  const rowV = useVirtualizer({ count: rows, getScrollElement: () => scroller.current, estimateSize: () => ROW_H, overscan: 8, paddingStart: HEAD_H });
  const colV = useVirtualizer({ horizontal: true, count: width, getScrollElement: () => scroller.current, estimateSize: () => COL_W, overscan: 3, paddingStart: ROWNUM_W });
  const cols = colV.getVirtualItems();
  const top = headerRow - headerRows + 1;
  return (
    <div
      ref={scroller}
      className="mapping-grid"
      role="table"
      tabIndex={0}
      aria-label={L(lang, `ファイルの先頭 ${rows} 行（${width} 列）`, `The file's first ${rows} rows (${width} columns)`)}
      aria-rowcount={rows + 1}
      aria-colcount={width + 1}
      data-testid="mapping-grid"
    >
      <div style={{ width: colV.getTotalSize(), height: rowV.getTotalSize(), position: 'relative' }}>
        <div role="rowgroup" className="mg-headgroup">
          <div role="row" aria-rowindex={1} className="mg-head" style={{ height: HEAD_H }}>
            <span role="columnheader" aria-colindex={1} className="mg-corner" style={{ width: ROWNUM_W }}>
              {L(lang, '行', 'Row')}
            </span>
            {cols.map((c) => (
              <span key={c.key} role="columnheader" aria-colindex={c.index + 2} className={cellClass(c.index, blockOf)} style={{ left: c.start, width: c.size }}>
                <b>{columnLetter(c.index)}</b>
                {assigned.has(c.index) && <small data-testid={`mapping-col-${columnLetter(c.index)}`}>{assigned.get(c.index)}</small>}
              </span>
            ))}
          </div>
        </div>
        <div role="rowgroup" lang="ja">
          {rowV.getVirtualItems().map((r) => {
            const row = grid.rows[r.index]!;
            const isHead = r.index >= top && r.index <= headerRow;
            return (
              <div key={r.key} role="row" aria-rowindex={r.index + 2} className={isHead ? 'mg-row mg-header-row' : 'mg-row'} style={{ top: r.start, height: ROW_H }}>
                <span role="rowheader" aria-colindex={1} className="mg-rownum" style={{ width: ROWNUM_W }}>
                  {row.line}
                </span>
                {cols.map((c) => {
                  const text = row.cells[c.index] ?? '';
                  return (
                    <span key={c.key} role="cell" aria-colindex={c.index + 2} className={cellClass(c.index, blockOf)} style={{ left: c.start, width: c.size }} title={text.length > 14 ? text : undefined}>
                      {text}
                    </span>
                  );
                })}
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}

function cellClass(c: number, blockOf: Map<number, number>): string {
  const b = blockOf.get(c);
  return b === undefined ? 'mg-cell' : `mg-cell mg-block-${b % 2}`;
}

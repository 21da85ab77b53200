import { useLang } from '../../app/i18n';
import { useMemo, useRef } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { ConsoleResult } from '../../db/database';
import { cellText, groupsDigits } from '../../console/cell-text';
import { formatNumber } from '../../format/ja';

const ROW_HEIGHT = 28;
/** Rows measured for the column widths, from the start, the middle and the end (numbers grow down a sorted result). */
const WIDTH_SAMPLE = 100;
const GRID_MAX_HEIGHT = 460;

/**
 * The result grid: only the rows in view (plus a few) are in the DOM, so 100,000 rows scroll like 100. Values are read
 * from the result's column arrays as rows come into view. Cell text goes through React, never innerHTML: a program
 * name that is HTML stays text. The header row is sticky; numbers are right-aligned; NULL is shown apart from text.
 */
export function ResultGrid({ result }: { result: ConsoleResult }) {
  const lang = useLang();
  const scroller = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- the grid is meant to re-render as it scrolls
  const virtualizer = useVirtualizer({
    count: result.rowCount,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });
  const template = useMemo(() => gridTemplate(result), [result]);
  const grouping = useMemo(() => result.columns.map((c) => groupsDigits(c.name)), [result]);
  const items = virtualizer.getVirtualItems();

  return (
    <div
      ref={scroller}
      className="result-grid"
      role="table"
      aria-label={lang === 'ja' ? '実行結果' : 'Result'}
      aria-rowcount={result.rowCount + 1}
      aria-colcount={result.columns.length + 1}
      data-testid="result-grid"
      tabIndex={0}
      // a short result gets a short grid; a long one scrolls inside 460px
      style={{ height: Math.min(GRID_MAX_HEIGHT, (result.rowCount + 1) * ROW_HEIGHT + 4) }}
    >
      <div className="result-row result-head" role="row" aria-rowindex={1} style={{ gridTemplateColumns: template }}>
        <span role="columnheader" className="result-rownum">
          #
        </span>
        {result.columns.map((c, i) => (
          <span key={i} role="columnheader" className={c.numeric ? 'num' : undefined} title={`${c.name}（${c.type}）`}>
            {c.name}
          </span>
        ))}
      </div>
      <div className="result-body" style={{ height: virtualizer.getTotalSize() }}>
        {items.map((item) => (
          <div
            key={item.key}
            className="result-row"
            role="row"
            aria-rowindex={item.index + 2}
            data-row={item.index}
            style={{ gridTemplateColumns: template, transform: `translateY(${item.start}px)`, height: ROW_HEIGHT }}
          >
            <span role="cell" className="result-rownum">
              {formatNumber(item.index + 1)}
            </span>
            {result.values.map((column, c) => {
              const { text, kind } = cellText(column[item.index], grouping[c]);
              return (
                <span key={c} role="cell" className={kind === 'null' ? 'null' : kind === 'number' ? 'num' : undefined} title={text.length > 24 ? text : undefined}>
                  {text}
                </span>
              );
            })}
          </div>
        ))}
      </div>
    </div>
  );
}

/** Column widths from the header and the first rows' text (in ch; a Japanese character counts two), clamped. */
function gridTemplate(result: ConsoleResult): string {
  const rowNumWidth = formatNumber(result.rowCount).length + 3;
  const widths = result.columns.map((c, i) => {
    let w = textWidth(c.name) + 1;
    const column = result.values[i]!;
    const grouping = groupsDigits(c.name);
    for (const r of sampleRows(result.rowCount)) w = Math.max(w, textWidth(cellText(column[r], grouping).text));
    return Math.min(48, Math.max(6, w + 3));
  });
  return [`${rowNumWidth}ch`, ...widths.map((w) => `${w}ch`)].join(' ');
}

function sampleRows(count: number): number[] {
  if (count <= WIDTH_SAMPLE * 3) return Array.from({ length: count }, (_, i) => i);
  const middle = Math.floor(count / 2);
  return [0, middle - WIDTH_SAMPLE / 2, count - WIDTH_SAMPLE].flatMap((start) => Array.from({ length: WIDTH_SAMPLE }, (_, i) => start + i));
}

function textWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += ch.charCodeAt(0) > 0x2e80 ? 2 : 1;
  return w;
}

/**
 * Properties every cell reader holds, on generated cells (fast-check): it never throws, the raw text is always
 * kept, and it runs in linear time — a cell four times as long takes at most about four times as long (bounded
 * loosely, so that a busy machine does not fail it; the old quadratic readers took 16×, cubic 64×).
 * The timings themselves are in bench/cells.bench.ts.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hasInvisible } from '../../../src/import/cells/invisible';
import { readCell } from '../../../src/import/read-cell';
import type { CellKind } from '../../../src/import/schema';
import { anyCell, longCellShape } from '../../support/cell-arbitraries';
import { CELL_READERS, makeLong, SLOW_SHAPES } from '../../support/cell-readers';

const KINDS: CellKind[] = ['year', 'key', 'text', 'int', 'quantity', 'target', 'money', 'date', 'period', 'checkbox', 'direction', 'activity_name', 'indicator_label'];

describe('every cell reader', () => {
  it.each(CELL_READERS.map((r) => [r.name, r] as const))('%s never throws', (_, reader) => {
    fc.assert(
      fc.property(anyCell, (cell) => {
        reader.read(cell);
      }),
      { numRuns: 300 },
    );
  });

  it.each(KINDS)('readCell(%s) keeps the raw text, whether it reads the cell or not', (kind) => {
    fc.assert(
      fc.property(anyCell, fc.constantFrom(null, '円', '千円', '税込'), (cell, note) => {
        const r = readCell(kind, cell, note);
        expect(r.ok ? r.cell.raw : r.raw).toBe(cell);
      }),
      { numRuns: 300 },
    );
  });

  it.each(KINDS)('readCell(%s) stores no invisible or control character, and warns when it took one out', (kind) => {
    fc.assert(
      fc.property(anyCell, (cell) => {
        const r = readCell(kind, cell, null);
        if (!r.ok) return;
        const stored = JSON.stringify([r.cell.value, r.cell.unit ?? null, r.cell.leadDepartment ?? null]);
        expect(hasInvisible(JSON.parse(stored).join(''))).toBe(false);
        if (hasInvisible(cell)) expect(r.warnings?.[0]?.message).toContain('見えない文字');
      }),
      { numRuns: 300 },
    );
  });
});

function minTime(read: (s: string) => unknown, cell: string): number {
  let best = Infinity;
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    read(cell);
    best = Math.min(best, performance.now() - t);
  }
  return best;
}

/**
 * Whether reading a cell 4× as long stays within 10× the time (linear: ×4; quadratic: ×16, cubic: ×64), plus 50 ms
 * for timer resolution and a GC pause. The machine is shared: a pass on any of three attempts counts.
 */
function scalesLinearly(read: (s: string) => unknown, short: string, long: string): { short: number; long: number } | true {
  let last = { short: 0, long: 0 };
  for (let attempt = 0; attempt < 3; attempt++) {
    last = { short: minTime(read, short), long: minTime(read, long) };
    if (last.long <= 10 * last.short + 50) return true;
  }
  return last;
}

describe('linear time', () => {
  const N = 4096;
  it.each(CELL_READERS.map((r) => [r.name, r] as const))('%s: a cell 4× as long takes no more than about 4× as long', (_, reader) => {
    fc.assert(
      fc.property(longCellShape, (shape) => {
        expect(scalesLinearly(reader.read, makeLong(shape, N), makeLong(shape, 4 * N))).toBe(true);
      }),
      // the shapes that were slow before, then random ones
      { numRuns: 25 + SLOW_SHAPES.length, examples: SLOW_SHAPES.map((s) => [{ head: s.head, pattern: s.pattern, tail: s.tail }]) },
    );
  });
});

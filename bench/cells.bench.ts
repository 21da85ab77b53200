/**
 * npm run bench:cells — every cell reader on a 1 MB cell (1,048,576 bytes of UTF-8) in each shape that
 * makes a backtracking regex quadratic, and the worst shape per reader. A reader-shape that takes longer than
 * STOP_MS at a smaller size is not run at 1 MB (that could take minutes): its 1 MB time is extrapolated from the
 * largest size measured, assuming quadratic growth, and marked '~'. Target: every reader under 50 ms at 1 MB.
 * `--all` prints every reader-shape, not only the worst per reader.
 */
import { CELL_READERS, makeLong, SLOW_SHAPES } from '../test/support/cell-readers';
import { median } from './stats';

const ONE_MB = 1024 * 1024;
const SIZES = [1024, 4096, 16_384, 65_536, 262_144, ONE_MB];
const STOP_MS = 1000;
const TARGET_MS = 50;

interface Figure {
  reader: string;
  shape: string;
  ms: number;
  estimated: boolean;
  /** for an extrapolated figure: the largest size measured and its time */
  measured: { size: number; ms: number } | null;
  /** time at 1 MB / time at 256 KB: about 4 when linear, 16 when quadratic */
  growth: number | null;
}

function time(read: (s: string) => unknown, cell: string, runs: number): number {
  const ts: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    read(cell);
    ts.push(performance.now() - t);
  }
  return median(ts);
}

function measure(reader: (typeof CELL_READERS)[number], shape: (typeof SLOW_SHAPES)[number]): Figure {
  let last: { size: number; ms: number } | null = null;
  let quarter: number | null = null;
  for (const size of SIZES) {
    const cell = makeLong(shape, size);
    const ms = time(reader.read, cell, size === ONE_MB ? 5 : 3);
    if (size === ONE_MB) return { reader: reader.name, shape: shape.name, ms, estimated: false, measured: null, growth: quarter ? ms / Math.max(quarter, 0.01) : null };
    if (size === ONE_MB / 4) quarter = ms;
    last = { size, ms };
    if (ms > STOP_MS) break;
  }
  const est = last!.ms * (ONE_MB / last!.size) ** 2;
  return { reader: reader.name, shape: shape.name, ms: est, estimated: true, measured: last, growth: null };
}

function show(f: Figure): string {
  const ms = f.estimated ? `~${(f.ms / 1000).toFixed(0)} s (extrapolated)` : `${f.ms.toFixed(1)} ms`;
  const measured = f.measured ? `  (${(f.measured.ms / 1000).toFixed(1)} s at ${f.measured.size / 1024} KB)` : '';
  const growth = f.growth === null ? '' : `  ×${f.growth.toFixed(1)} from 256 KB`;
  const flag = f.ms > TARGET_MS ? '  ✗ over 50 ms' : '';
  return `${f.reader.padEnd(16)} ${f.shape.padEnd(20)} ${ms.padStart(24)}${growth}${measured}${flag}`;
}

const all = process.argv.includes('--all');
// Warm the JIT so the first reader is not charged for it.
for (const r of CELL_READERS) for (const s of SLOW_SHAPES) r.read(makeLong(s, 256));

console.log(`Cell readers on a 1 MB cell (${ONE_MB.toLocaleString('en')} bytes of UTF-8), worst shape per reader${all ? ' and every shape' : ''}:`);
console.log(`${'reader'.padEnd(16)} ${'shape'.padEnd(20)} ${'time at 1 MB'.padStart(24)}`);
let over = 0;
for (const reader of CELL_READERS) {
  const figures = SLOW_SHAPES.map((shape) => measure(reader, shape));
  if (all) for (const f of figures) console.log(show(f));
  const worst = figures.reduce((a, b) => (b.ms > a.ms ? b : a));
  if (worst.ms > TARGET_MS) over++;
  console.log(`${all ? '→ worst ' : ''}${show(worst)}`);
}
console.log(over === 0 ? `Every reader under ${TARGET_MS} ms.` : `${over} reader(s) over ${TARGET_MS} ms.`);

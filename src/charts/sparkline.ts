/**
 * Geometry of a tiny inline sparkline (an SVG polyline drawn by React, not an ECharts instance per table row).
 * Values are ratios (mean achievement 0.958 = 95.8%); a reference value (100%) always stays inside the box so the
 * line reads against it. Missing values break the line.
 */
export interface SparklineGeometry {
  /** `points` attributes of the polyline pieces (a missing value starts a new piece) */
  segments: string[];
  /** every present value's position (single points of a broken line are drawn as dots) */
  dots: { x: number; y: number; index: number }[];
  /** y of the reference line, null when there is no reference */
  referenceY: number | null;
}

export interface SparklineOptions {
  width: number;
  height: number;
  /** a value kept in range and drawn as a line (1 = 100%) */
  reference?: number | null;
  /** inner margin so the dots are not cut */
  pad?: number;
}

const round = (n: number) => Math.round(n * 10) / 10;

export function sparklineGeometry(values: (number | null)[], { width, height, reference = 1, pad = 2 }: SparklineOptions): SparklineGeometry {
  const present = values.filter((v): v is number => v !== null && Number.isFinite(v));
  if (present.length === 0) return { segments: [], dots: [], referenceY: null };
  const domain = reference === null ? present : [...present, reference];
  let min = Math.min(...domain);
  let max = Math.max(...domain);
  if (max - min < 1e-9) {
    min -= 0.5;
    max += 0.5;
  }
  const n = values.length;
  const x = (i: number) => round(n === 1 ? width / 2 : pad + (i * (width - 2 * pad)) / (n - 1));
  const y = (v: number) => round(pad + ((max - v) * (height - 2 * pad)) / (max - min));
  const segments: string[] = [];
  const dots: SparklineGeometry['dots'] = [];
  let current: string[] = [];
  values.forEach((v, i) => {
    if (v === null || !Number.isFinite(v)) {
      if (current.length) segments.push(current.join(' '));
      current = [];
      return;
    }
    const px = x(i);
    const py = y(v);
    current.push(`${px},${py}`);
    dots.push({ x: px, y: py, index: i });
  });
  if (current.length) segments.push(current.join(' '));
  return { segments, dots, referenceY: reference === null ? null : y(reference) };
}

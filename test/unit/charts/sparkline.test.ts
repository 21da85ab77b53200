import { describe, expect, it } from 'vitest';
import { sparklineGeometry } from '../../../src/charts/sparkline';

describe('sparklineGeometry', () => {
  it('keeps the 100% reference inside the box', () => {
    const g = sparklineGeometry([0.5, 0.8], { width: 100, height: 20, pad: 0 });
    expect(g.referenceY).toBe(0); // 1.0 is the top
    expect(g.segments).toEqual(['0,20 100,8']);
  });

  it('breaks the line at a missing value', () => {
    const g = sparklineGeometry([1.2, null, 0.8, 1], { width: 30, height: 10, pad: 0 });
    expect(g.segments).toHaveLength(2);
    expect(g.dots.map((d) => d.index)).toEqual([0, 2, 3]);
  });

  it('draws a flat series and a single value in the middle', () => {
    expect(sparklineGeometry([1, 1], { width: 10, height: 10, pad: 0 }).segments).toEqual(['0,5 10,5']);
    expect(sparklineGeometry([0.9], { width: 10, height: 10, pad: 0 }).dots[0]!.x).toBe(5);
  });

  it('draws nothing without values', () => {
    expect(sparklineGeometry([null, null], { width: 10, height: 10 })).toEqual({ segments: [], dots: [], referenceY: null });
  });
});

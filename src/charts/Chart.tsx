import { useEffect, useRef } from 'react';
import type { EChartsCoreOption, ECharts } from 'echarts/core';
import { echarts } from './echarts';

export interface ChartProps {
  option: EChartsCoreOption;
  height?: number;
  /** accessible name; the chart's data is also offered as a table beside it */
  label: string;
  onClick?: (params: { name: string; data: unknown; dataIndex: number; seriesIndex?: number; treePathInfo?: { name: string }[] }) => void;
  renderer?: 'canvas' | 'svg';
  testId?: string;
}

/**
 * The one component that owns an ECharts instance: init in an effect (guarded against StrictMode's double run),
 * ResizeObserver → resize(), dispose() on unmount. Options come from pure toOption functions in src/charts/.
 */
export function Chart({ option, height = 320, label, onClick, renderer = 'canvas', testId }: ChartProps) {
  const el = useRef<HTMLDivElement>(null);
  const chart = useRef<ECharts | null>(null);
  const clickRef = useRef(onClick);
  useEffect(() => {
    clickRef.current = onClick;
  }, [onClick]);

  useEffect(() => {
    const node = el.current!;
    const instance = echarts.getInstanceByDom(node) ?? echarts.init(node, null, { renderer });
    chart.current = instance;
    instance.on('click', (p) => clickRef.current?.(p as never));
    instance.on('finished', () => node.setAttribute('data-rendered', 'true'));
    const resize = () => instance.resize();
    const ro = new ResizeObserver(resize);
    ro.observe(node);
    // The printed page is narrower than the window: redraw for it, and back after.
    window.addEventListener('beforeprint', resize);
    window.addEventListener('afterprint', resize);
    return () => {
      ro.disconnect();
      window.removeEventListener('beforeprint', resize);
      window.removeEventListener('afterprint', resize);
      instance.dispose();
      chart.current = null;
    };
  }, [renderer]);

  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);

  return <div ref={el} role="img" aria-label={label} className="chart" data-testid={testId} style={{ height }} />;
}

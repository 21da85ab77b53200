import { useEffect, useId, useRef, useSyncExternalStore } from 'react';
import { useLang } from '../app/i18n';
import type { EChartsCoreOption, ECharts } from 'echarts/core';
import { echarts } from './echarts';
import { downloadDataUrl, downloadText, safeFileName } from '../export/download';

export interface ChartProps {
  option: EChartsCoreOption;
  height?: number;
  /** accessible name; the chart's data is also offered as a table beside it */
  label: string;
  onClick?: (params: { name: string; data: unknown; dataIndex: number; seriesIndex?: number; treePathInfo?: { name: string }[] }) => void;
  renderer?: 'canvas' | 'svg';
  testId?: string;
  /** file name of the 「PNG」「SVG」 buttons below the chart (default: the label); false for none (e.g. inside a tooltip) */
  exportName?: string | false;
  /**
   * The chart in one sentence, computed from the same rows ("令和6年度: 達成94件、概ね達成116件、未達90件"): shown
   * under the chart and given to screen readers as the chart's description.
   */
  summary?: string;
  /** id of the table that holds the chart's figures (its text alternative): tied to the chart with aria-details */
  tableId?: string;
}

const REDUCED_MOTION = '(prefers-reduced-motion: reduce)';
function subscribeMotion(cb: () => void): () => void {
  const m = window.matchMedia(REDUCED_MOTION);
  m.addEventListener('change', cb);
  return () => m.removeEventListener('change', cb);
}
/** true when the person asked their system for less motion: charts then draw without animation. */
function useReducedMotion(): boolean {
  return useSyncExternalStore(subscribeMotion, () => window.matchMedia(REDUCED_MOTION).matches);
}

/**
 * The one component that owns an ECharts instance: init in an effect (guarded against StrictMode's double run),
 * ResizeObserver → resize(), dispose() on unmount. Options come from pure toOption functions in src/charts/.
 */
export function Chart({ option, height = 320, label, onClick, renderer = 'canvas', testId, exportName, summary, tableId }: ChartProps) {
  const lang = useLang();
  const reducedMotion = useReducedMotion();
  const summaryId = useId();
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
    chart.current?.setOption(reducedMotion ? { ...option, animation: false } : option, { notMerge: true });
  }, [option, reducedMotion]);

  const chartDiv = (
    <>
      <div
        ref={el}
        role="img"
        aria-label={label}
        aria-describedby={summary ? summaryId : undefined}
        aria-details={tableId}
        className="chart"
        data-testid={testId}
        data-motion={reducedMotion ? 'reduced' : undefined}
        style={{ height }}
      />
      {summary && (
        <p className="chart-summary" id={summaryId} data-testid={testId ? `${testId}-summary` : undefined}>
          {summary}
        </p>
      )}
    </>
  );
  if (exportName === false) return chartDiv;
  const name = safeFileName(exportName ?? label);
  const savePng = () => {
    const url = chart.current?.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#fff' });
    if (url) downloadDataUrl(`${name}.png`, url);
  };
  const saveSvg = () => {
    const svg = optionToSvg(option, chart.current?.getWidth() || el.current?.clientWidth || 800, chart.current?.getHeight() || height);
    downloadText(`${name}.svg`, svg, 'image/svg+xml;charset=utf-8');
  };
  return (
    <>
      {chartDiv}
      <div className="chart-tools export-tools" aria-label={lang === 'ja' ? `${label}を保存` : `Save: ${label}`} role="group">
        <button type="button" className="export-button" onClick={savePng} data-testid={testId ? `${testId}-png` : undefined} title={lang === 'ja' ? 'PNG画像で保存' : 'Save as a PNG image'}>
          PNG
        </button>
        <button type="button" className="export-button" onClick={saveSvg} data-testid={testId ? `${testId}-svg` : undefined} title={lang === 'ja' ? 'SVG（拡大しても粗くならない図）で保存' : 'Save as SVG (sharp at any size)'}>
          SVG
        </button>
      </div>
    </>
  );
}

/** The same option drawn once by the SVG renderer in a detached element, without animation, as SVG text. */
function optionToSvg(option: EChartsCoreOption, width: number, height: number): string {
  const div = document.createElement('div');
  const instance = echarts.init(div, null, { renderer: 'svg', width, height });
  try {
    instance.setOption({ ...option, animation: false, backgroundColor: (option as { backgroundColor?: unknown }).backgroundColor ?? '#fff' });
    return instance.renderToSVGString();
  } finally {
    instance.dispose();
  }
}

import type { EChartsCoreOption } from 'echarts/core';
import { echarts } from '../charts/echarts';

/**
 * One chart drawn server side as SVG text (Node, no DOM). ECharts escapes the text it writes into the SVG; dispose()
 * releases the instance, or Node keeps running (platform-notes.md).
 */
export function renderChartSvg(option: EChartsCoreOption, width: number, height: number): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption({ ...option, animation: false });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

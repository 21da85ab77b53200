import type { EChartsCoreOption } from 'echarts/core';
import type { ReactNode } from 'react';

/** A chart the pages ask for; the app draws it with <Chart renderer="svg">, the command line as server-side SVG. */
export interface ChartRequest {
  option: EChartsCoreOption;
  width: number;
  height: number;
  /** accessible name */
  label: string;
  testId: string;
}

export type RenderChart = (chart: ChartRequest) => ReactNode;

/** Chart sizes in CSS px (96 per inch): the page's text block is 273 mm ≈ 1032 px wide. */
export const HALF_WIDTH = 506;

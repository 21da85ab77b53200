import type { ReactNode } from 'react';

/**
 * A chart as residents' pages show it: inline SVG (drawn by ECharts on the server, src/briefing/ssr-chart.ts) named
 * as an image, a one-line summary tied to it, and its table tied with aria-details — the table is the chart's text.
 */
export function ChartFigure({ id, title, svg, summary, children }: { id: string; title: string; svg: string; summary: string; children: ReactNode }) {
  return (
    <figure className="chart-figure">
      <figcaption>{title}</figcaption>
      <div className="chart-svg" role="img" aria-label={title} aria-describedby={`${id}-summary`} aria-details={`${id}-table`} dangerouslySetInnerHTML={{ __html: svg }} />
      <p className="chart-summary" id={`${id}-summary`}>
        {summary}
      </p>
      <div className="table-wrap" id={`${id}-table`}>
        {children}
      </div>
    </figure>
  );
}

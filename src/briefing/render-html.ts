import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { BriefingDocument } from './BriefingDocument';
import type { ChartRequest } from './chart-slot';
import type { BriefingModel } from './model';
import { renderChartSvg } from './ssr-chart';

/**
 * The briefing as one self-contained HTML file: inline CSS, charts as inline SVG drawn by ECharts server side, no
 * script — it reads and prints with scripts disabled. React escapes every CSV string; the only raw HTML inserted
 * is ECharts' own SVG output, which escapes the text it draws.
 */
export function renderBriefingHtml(model: BriefingModel, css: string): string {
  const chart = (c: ChartRequest) =>
    createElement('div', {
      className: 'briefing-svg',
      role: 'img',
      'aria-label': c.label,
      'data-testid': c.testId,
      style: { width: c.width, height: c.height },
      dangerouslySetInnerHTML: { __html: renderChartSvg(c.option, c.width, c.height) },
    });
  const body = renderToStaticMarkup(createElement(BriefingDocument, { model, renderChart: chart }));
  const title = `議会説明資料 ${model.yearLabel} ${model.scopeLabel}${model.source.sample ? '（架空）' : ''}`;
  return [
    '<!doctype html>',
    '<html lang="ja">',
    '<head>',
    '<meta charset="utf-8">',
    // nothing may load from anywhere: the file is read offline, often from a USB stick or a shared drive
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeText(title)}</title>`,
    `<style>\nbody { margin: 0; background: #d1d5db; }\n@media print { body { background: #fff; } }\n${css}</style>`,
    '</head>',
    `<body>${body}</body>`,
    '</html>',
    '',
  ].join('\n');
}

function escapeText(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

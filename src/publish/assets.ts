/**
 * The public site's own CSS and its one script, as text (the same in Node and in the browser). The evaluation
 * sheet's form styles are the app's (src/views/program/program.css), passed in by the caller and appended.
 */
import type { PublishedProgram } from './model';

export const SITE_CSS = `
:root { font-family: 'Hiragino Sans', 'Yu Gothic UI', 'Meiryo', 'Noto Sans CJK JP', 'Noto Sans JP', sans-serif; color: #1f2937; background: #f8fafc; font-size: 16px; line-height: 1.7; }
body { margin: 0; }
a { color: #0b5cab; }
a:visited { color: #5b21b6; }
:focus-visible { outline: 3px solid #1d4ed8; outline-offset: 2px; }
.skip-link { position: absolute; left: 8px; top: -60px; background: #fff; color: #0f2a4a; padding: 8px 14px; border: 2px solid #0f2a4a; z-index: 10; }
.skip-link:focus { top: 8px; }
.site-header { background: #0f2a4a; color: #fff; padding: 10px 20px; display: flex; flex-wrap: wrap; gap: 8px 24px; align-items: center; }
.site-header a { color: #fff; }
.site-header :focus-visible { outline-color: #fde68a; }
.site-name { margin: 0; font-weight: bold; font-size: 1.1rem; }
.site-name a { text-decoration: none; }
.site-year { font-weight: normal; font-size: 0.9rem; }
.site-header ul { list-style: none; display: flex; flex-wrap: wrap; gap: 4px 16px; margin: 0; padding: 0; }
.site-header nav a { text-decoration: none; padding: 4px 2px; }
.site-header nav a[aria-current='page'] { border-bottom: 3px solid #fde68a; font-weight: bold; }
.sample-notice { background: #fef3c7; border: 1px solid #b45309; margin: 12px 20px 0; padding: 6px 12px; border-radius: 4px; }
main { max-width: 1100px; margin: 0 auto; padding: 12px 20px 40px; }
h1 { font-size: 1.6rem; line-height: 1.4; margin: 12px 0; }
h1 .kicker { display: block; font-size: 0.85rem; font-weight: normal; color: #475569; }
.h1-year { font-size: 1.1rem; font-weight: normal; }
h2 { font-size: 1.3rem; margin: 28px 0 10px; border-bottom: 2px solid #0f2a4a; padding-bottom: 2px; }
h3 { font-size: 1.1rem; margin: 20px 0 6px; }
h4 { font-size: 1rem; margin: 14px 0 4px; }
.lede { font-size: 1.05rem; }
.note { font-size: 0.88rem; color: #475569; }
.muted { color: #5f6b7c; }
.breadcrumb ol { list-style: none; display: flex; flex-wrap: wrap; gap: 2px 8px; margin: 8px 0 0; padding: 0; font-size: 0.88rem; }
.breadcrumb li + li::before { content: '›'; margin-right: 8px; color: #475569; }
.headline { display: grid; grid-template-columns: repeat(auto-fill, minmax(150px, 1fr)); gap: 8px; margin: 0 0 16px; }
.figure { background: #fff; border: 1px solid #cbd5e1; border-radius: 6px; padding: 6px 12px; }
.figure dt { font-size: 0.82rem; color: #475569; }
.figure dd { margin: 0; font-size: 1.35rem; font-weight: bold; font-variant-numeric: tabular-nums; }
.figure dd.text { font-size: 1rem; }
.headline.small .figure dd { font-size: 1.1rem; }
.figure.internal { border-style: dashed; }
.chart-grid { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(100%, 440px), 1fr)); gap: 16px; }
.chart-figure { background: #fff; border: 1px solid #cbd5e1; border-radius: 6px; padding: 10px 14px; margin: 0 0 16px; min-width: 0; }
.chart-figure figcaption { font-weight: bold; }
.chart-svg svg { max-width: 100%; height: auto; display: block; }
.chart-summary { font-size: 0.9rem; margin: 4px 0 8px; }
.table-wrap { overflow-x: auto; }
.data-table { border-collapse: collapse; width: 100%; font-size: 0.9rem; background: #fff; }
.data-table caption { text-align: left; font-weight: bold; padding: 4px 0; }
.data-table th, .data-table td { border-bottom: 1px solid #e2e8f0; padding: 5px 8px; text-align: left; vertical-align: top; }
.data-table thead th { border-bottom: 2px solid #94a3b8; }
.data-table .num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.data-table .sub { display: block; font-size: 0.8rem; font-weight: normal; color: #475569; }
.data-table tbody th { font-weight: normal; }
.status-text { display: inline-flex; flex-wrap: wrap; gap: 2px 10px; }
.st { white-space: nowrap; }
.st-achieved { color: #0062a0; } .st-near { color: #92400e; } .st-missed { color: #b3400b; } .st-not_measured { color: #4b5563; }
.status { display: inline-block; border: 1px solid; border-radius: 10px; padding: 0 8px; font-size: 0.8rem; white-space: nowrap; background: #fff; }
.definitions div { display: flex; gap: 12px; padding: 2px 0; }
.definitions dt { min-width: 8em; font-weight: bold; }
.definitions dd { margin: 0; }
.link-list li { margin: 4px 0; }
.program-list { list-style: none; padding: 0; margin: 0; }
.program-list li { padding: 6px 0; border-bottom: 1px solid #e2e8f0; display: flex; flex-wrap: wrap; gap: 2px 12px; align-items: baseline; }
.program-list .meta { font-size: 0.85rem; color: #475569; }
.search { background: #fff; border: 1px solid #cbd5e1; border-radius: 6px; padding: 10px 14px; margin: 0 0 12px; }
.search label { display: block; font-weight: bold; }
.search input { font: inherit; width: min(100%, 28em); padding: 4px 8px; border: 1px solid #64748b; border-radius: 4px; }
.site-footer { border-top: 1px solid #cbd5e1; padding: 12px 20px 24px; font-size: 0.85rem; color: #334155; max-width: 1100px; margin: 0 auto; }
.site-footer p { margin: 2px 0; }
[hidden] { display: none !important; }
@media (max-width: 600px) {
  :root { font-size: 15px; }
  main { padding: 8px 10px 32px; }
  .site-header { padding: 8px 10px; }
  .definitions div { display: block; }
}
@media (forced-colors: active) {
  .figure, .chart-figure, .status { border: 1px solid CanvasText; }
  .site-header nav a[aria-current='page'] { border-bottom-color: Highlight; }
}
@media print {
  :root { background: #fff; font-size: 11pt; }
  .skip-link, .site-header nav, .search { display: none; }
  .site-header { background: #fff; color: #000; border-bottom: 2px solid #000; padding: 4px 0; }
  .site-header a { color: #000; }
  main { max-width: none; padding: 0; }
  a { color: #000; text-decoration: none; }
  .chart-figure, .figure { break-inside: avoid; border-color: #999; }
  h2 { break-after: avoid; }
  .table-wrap { overflow: visible; }
}
`;

/** The list page's search: shows the form and filters the table's rows by the index (assets/search-index.js). */
export const SEARCH_JS = `(function () {
  'use strict';
  var form = document.getElementById('program-search');
  var input = document.getElementById('q');
  var count = document.getElementById('search-count');
  var table = document.getElementById('program-table');
  if (!form || !input || !table) return;
  var text = {};
  (window.SEIKA_PROGRAMS || []).forEach(function (e) { text[e[0]] = e[1]; });
  var rows = table.querySelectorAll('tbody tr');
  function norm(s) { return s.normalize('NFKC').toLowerCase().replace(/\\s+/g, ''); }
  function apply() {
    var q = norm(input.value);
    var n = 0;
    rows.forEach(function (r) {
      var hit = !q || (text[r.getAttribute('data-slug')] || '').indexOf(q) >= 0;
      r.hidden = !hit;
      if (hit) n++;
    });
    count.textContent = q ? n + '事業が該当します' : '';
  }
  form.hidden = false;
  form.addEventListener('submit', function (e) { e.preventDefault(); });
  input.addEventListener('input', apply);
  var q = new URLSearchParams(window.location.search).get('q');
  if (q) { input.value = q; apply(); }
})();
`;

/**
 * The search index as a script that sets a global (a <script src> loads from file:// where fetch cannot): each
 * program's page and its searchable text, folded as the search folds what is typed (NFKC, lower case, no spaces).
 */
export function searchIndexJs(programs: PublishedProgram[]): string {
  const fold = (s: string) => s.normalize('NFKC').toLowerCase().replace(/\s+/g, '');
  const entries = programs.map((p) => [p.slug, fold([p.program, p.department, p.pillar, p.goal, p.measure, p.sheet_no, `no.${p.sheet_no}`].filter(Boolean).join('\u0001'))]);
  // JSON is valid JavaScript here; '<' escaped so the text could even sit inside an HTML page unharmed
  return `window.SEIKA_PROGRAMS = ${JSON.stringify(entries).replace(/</g, '\\u003c')};\n`;
}

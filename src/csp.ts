/**
 * The app's Content-Security-Policy. Nothing leaves the origin and no script runs but the app's own files: "the
 * data never leaves the browser" holds by construction, and an HTML or script injection through a CSV cell could do
 * nothing even if some view failed to escape it.
 *
 * - style-src 'unsafe-inline': inline style attributes (ECharts tooltips, CodeMirror's measured layout) — styles
 *   only; inline and eval'd scripts stay forbidden.
 * - worker-src 'self': DuckDB-WASM and the import worker (src/app/import-worker.ts) run in workers loaded from the
 *   app's own assets (no blob: workers).
 * - 'wasm-unsafe-eval' is not in the meta tag: DuckDB compiles its wasm inside that worker, and a worker is governed
 *   by the policy sent with its own script, never by the page's meta tag. Sent as an HTTP header, the policy reaches
 *   the worker too, so the header form needs 'wasm-unsafe-eval' (without it DuckDB never starts).
 * - frame-ancestors only works as a header (a meta tag cannot carry it).
 *
 * index.html carries META_POLICY (a test checks they are the same); README gives HEADER_POLICY for servers, and
 * `npm start` (vite preview) sends it.
 */
const DIRECTIVES: [string, string[]][] = [
  ['default-src', ["'self'"]],
  ['script-src', ["'self'"]],
  ['style-src', ["'self'", "'unsafe-inline'"]],
  ['img-src', ["'self'"]],
  ['font-src', ["'self'"]],
  ['connect-src', ["'self'"]],
  ['worker-src', ["'self'"]],
  ['object-src', ["'none'"]],
  ['base-uri', ["'none'"]],
  ['form-action', ["'none'"]],
];

function policy(directives: [string, string[]][]): string {
  return directives.map(([name, sources]) => `${name} ${sources.join(' ')}`).join('; ');
}

export const META_POLICY = policy(DIRECTIVES);

export const HEADER_POLICY = policy([
  ...DIRECTIVES.map(([name, sources]): [string, string[]] => [name, name === 'script-src' ? [...sources, "'wasm-unsafe-eval'"] : sources]),
  ['frame-ancestors', ["'none'"]],
]);

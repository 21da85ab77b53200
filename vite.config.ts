import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { HEADER_POLICY } from './src/csp';

/**
 * The dev server injects an inline script (React Refresh's preamble), which the app's Content-Security-Policy
 * forbids: the meta tag is left out of `npm run dev` only. The build and `npm start` keep it.
 */
function cspOnlyInBuild(): Plugin {
  return {
    name: 'seika-csp-only-in-build',
    apply: 'serve',
    transformIndexHtml: (html) => html.replace(/\s*<!--[^>]*-->\s*<meta\s+http-equiv="Content-Security-Policy"[^>]*>/, ''),
  };
}

export default defineConfig({
  plugins: [react(), cspOnlyInBuild()],
  // Relative asset paths: the build can be served from any sub-folder of a city intranet server.
  base: './',
  build: {
    target: 'es2022',
    // The DuckDB wasm files are large by nature; they are assets, not chunks to split.
    chunkSizeWarningLimit: 2000,
  },
  // A new build discards the persisted query cache: figures are only reused from the same code and the same data.
  define: { __BUILD_ID__: JSON.stringify(`build-${Date.now().toString(36)}`) },
  optimizeDeps: { exclude: ['@duckdb/duckdb-wasm'] },
  // `npm start` serves the build as a city server should: with the policy as a header as well (see README).
  preview: { headers: { 'Content-Security-Policy': HEADER_POLICY } },
});

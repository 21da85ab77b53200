import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
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
});

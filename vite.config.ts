import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * The bundled sample as a DuckDB database and the first screen's figures (scripts/build-sample.ts), made before the
 * app is bundled: on every build (it follows data/sample and the import and analysis code), and for the dev server
 * when missing. The app imports generated/sample.duckdb and generated/sample.json as assets.
 */
function sampleBuild(): Plugin {
  let root = process.cwd();
  let command: 'build' | 'serve' = 'build';
  return {
    name: 'seika-sample-build',
    configResolved(config) {
      root = config.root;
      command = config.command;
    },
    buildStart() {
      if (command === 'serve' && existsSync(path.join(root, 'generated', 'sample.duckdb'))) return;
      execFileSync(path.join(root, 'node_modules', '.bin', 'tsx'), ['scripts/build-sample.ts'], { cwd: root, stdio: 'inherit' });
    },
    // The first screen's figures are fetched while the JavaScript is still arriving (src/app/sample-data.ts fetches the
    // same URL and gets this response): they, not the app's code, are what a first visit waits for.
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const manifest = Object.values(ctx.bundle ?? {}).find((a) => a.type === 'asset' && /(^|\/)sample-[^/]*\.json$/.test(a.fileName));
        if (!manifest) return [];
        return [{ tag: 'link', attrs: { rel: 'preload', href: `./${manifest.fileName}`, as: 'fetch', crossorigin: 'anonymous' }, injectTo: 'head-prepend' }];
      },
    },
  };
}

export default defineConfig({
  plugins: [sampleBuild(), react()],
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

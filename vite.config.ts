import { execFile, execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
// src/csp.ts is a file of constants with no imports: loading it pulls nothing else into the config loader.
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

const SAMPLE_FORMS = 'virtual:sample-forms-zip';

/**
 * The sample city as 801 form files, emitted as one hashed zip asset at build time (served from memory by the dev
 * server) instead of being committed: the generator is deterministic. It runs in its own process (scripts/
 * sample-forms.ts under tsx), so the config does not pull the project's sources into Vite's config loader.
 */
async function buildSampleFormsZip(): Promise<Uint8Array> {
  const dir = await mkdtemp(path.join(tmpdir(), 'seika-forms-'));
  try {
    const out = path.join(dir, 'sample-forms.zip');
    await new Promise<void>((resolve, reject) =>
      execFile(process.execPath, ['--import', 'tsx', 'scripts/sample-forms.ts', out], (err, _stdout, stderr) => (err ? reject(new Error(`${err.message}\n${stderr}`)) : resolve())),
    );
    return await readFile(out);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function sampleFormsZip(): Plugin {
  let zip: Promise<Uint8Array> | null = null;
  const build = () => buildSampleFormsZip();
  let serving = false;
  return {
    name: 'seika-sample-forms',
    // Start writing the forms with the build, in parallel with bundling; load() waits for them.
    buildStart() {
      if (!serving) zip ??= build();
    },
    configureServer(server) {
      serving = true;
      server.middlewares.use('/@seika/sample-forms.zip', (_req, res) => {
        void (zip ??= build()).then((bytes) => {
          res.setHeader('Content-Type', 'application/zip');
          res.end(Buffer.from(bytes));
        });
      });
    },
    resolveId: (id) => (id === SAMPLE_FORMS ? `\0${SAMPLE_FORMS}` : null),
    async load(id) {
      if (id !== `\0${SAMPLE_FORMS}`) return null;
      if (serving) return `export default '/@seika/sample-forms.zip';`;
      const ref = this.emitFile({ type: 'asset', name: 'sample-forms.zip', source: await (zip ??= build()) });
      return `export default import.meta.ROLLUP_FILE_URL_${ref};`;
    },
  };
}

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
  plugins: [sampleBuild(), react(), cspOnlyInBuild(), sampleFormsZip()],
  // Relative asset paths: the build can be served from any sub-folder of a city intranet server.
  base: './',
  build: {
    target: 'es2022',
    // The DuckDB wasm files are large by nature; they are assets, not chunks to split.
    chunkSizeWarningLimit: 2000,
  },
  // The import worker (src/app/import-worker.ts) is a module worker: it loads SheetJS on demand, as the page does,
  // which an iife worker (Vite's default) cannot.
  worker: { format: 'es' },
  // A new build discards the persisted query cache: figures are only reused from the same code and the same data.
  define: { __BUILD_ID__: JSON.stringify(`build-${Date.now().toString(36)}`) },
  optimizeDeps: { exclude: ['@duckdb/duckdb-wasm'] },
  // `npm start` serves the build as a city server should: with the policy as a header as well (see README).
  preview: { headers: { 'Content-Security-Policy': HEADER_POLICY } },
});

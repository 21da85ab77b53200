/**
 * Shared helpers for the Chromium end-to-end tests: a plain static server for the built app (`dist/`), the system
 * Chromium through playwright-core, and a page that records what it requested and what went wrong.
 * Tests wait on conditions (locator.waitFor, expect.poll), never on fixed sleeps.
 */
import { createReadStream } from 'node:fs';
import { mkdir, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type ConsoleMessage, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const SCREENSHOT_DIR = path.join(REPO_ROOT, 'test-results', 'screenshots');

// instantiateStreaming has no fallback when .wasm is not application/wasm (duckdb-wasm#1201): the type matters.
const MIME_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.csv': 'text/csv',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

export interface StaticServer {
  url: string;
  /** every path the server was asked for, in order (handy when a test fails) */
  served: string[];
  close(): Promise<void>;
}

/**
 * The built app the e2e tests serve: dist/, or SEIKA_DIST (e.g. `npx vite build --outDir dist-x` then
 * `SEIKA_DIST=dist-x npx vitest run test/e2e/…`) so that two people testing at once don't rebuild each other's app.
 */
const BUILT_APP_DIR = process.env.SEIKA_DIST ?? 'dist';

/**
 * Serves `dir` (relative to the repository root unless absolute) on 127.0.0.1 at a free port. No dev-server magic.
 * `headers` are added to every file served (test/e2e/csp.test.ts sends the README's Content-Security-Policy).
 */
export async function startStaticServer(dir = BUILT_APP_DIR, headers: Record<string, string> = {}): Promise<StaticServer> {
  const root = path.resolve(REPO_ROOT, dir);
  const rootStat = await stat(root).catch(() => null);
  if (!rootStat?.isDirectory()) throw new Error(`${root} does not exist: run \`npx vite build\` first`);

  const served: string[] = [];
  const server = createServer((req, res) => {
    served.push(req.url ?? '');
    serveFile(root, req, res, headers).catch((err: unknown) => {
      if (!res.headersSent) send(res, 500, String(err));
      else res.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    served,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        server.closeAllConnections();
      }),
  };
}

async function serveFile(root: string, req: IncomingMessage, res: ServerResponse, headers: Record<string, string>): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'Method Not Allowed');
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
  } catch {
    return send(res, 400, 'Bad Request');
  }
  if (pathname.includes('\0')) return send(res, 400, 'Bad Request');
  if (pathname.endsWith('/')) pathname += 'index.html';
  const file = path.resolve(root, '.' + pathname);
  // URL parsing already collapses "..", but an encoded %2e%2e%2f survives it: check the resolved path as well.
  const rel = path.relative(root, file);
  if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) return send(res, 404, 'Not Found');

  const info = await stat(file).catch(() => null);
  if (!info?.isFile()) return send(res, 404, 'Not Found');
  res.writeHead(200, {
    'Content-Type': MIME_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
    'Content-Length': info.size,
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    ...headers,
  });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  await new Promise<void>((resolve, reject) => {
    createReadStream(file).on('error', reject).pipe(res).on('finish', resolve).on('error', reject);
  });
}

function send(res: ServerResponse, status: number, body: string): void {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Content-Length': Buffer.byteLength(body) });
  res.end(body);
}

/** The Debian Chromium, never a downloaded one (`playwright install` is not used here). */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    // The page's language is the context's locale (ja-JP). The process's locale must be one the machine has: under
    // vitest's LANG=ja_JP.UTF-8 (not installed on Debian images) Chromium names every non-ASCII download "download".
    env: { ...process.env, LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8' },
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}

export interface OpenedPage {
  page: Page;
  /** every request URL, page and workers, in order */
  requests(): string[];
  /** requests that left the app's origin (data: and blob: URLs excepted); must stay empty */
  foreignRequests(): string[];
  /** console.error messages of the page and its workers */
  consoleErrors(): string[];
  /** uncaught exceptions (`pageerror`) */
  pageErrors(): string[];
  /** requests that failed at the network level (refused, aborted…), with the reason */
  failedRequests(): string[];
  /** a readable summary of everything recorded, for failure messages */
  log(): string;
}

const LOCAL_SCHEMES = new Set(['data:', 'blob:', 'about:']);

/** A fresh context pinned to Japanese locale and Tokyo time, with request, console and error recording. */
export async function openPage(browser: Browser, baseUrl: string): Promise<OpenedPage> {
  const origin = new URL(baseUrl).origin;
  const context = await browser.newContext({
    locale: 'ja-JP',
    timezoneId: 'Asia/Tokyo',
    viewport: { width: 1366, height: 900 },
  });
  const requests: string[] = [];
  const consoleErrors: string[] = [];
  const pageErrors: string[] = [];
  const failedRequests: string[] = [];
  const consoleLines: string[] = [];

  const isForeign = (url: string | URL) => {
    const u = typeof url === 'string' ? new URL(url) : url;
    return !LOCAL_SCHEMES.has(u.protocol) && u.origin !== origin;
  };
  // Anything leaving the origin is recorded and aborted, so the test never depends on the network being there.
  const blocked: string[] = [];
  await context.route(isForeign, async (route) => {
    blocked.push(route.request().url());
    await route.abort('blockedbyclient');
  });

  context.on('request', (r) => requests.push(r.url()));
  context.on('requestfailed', (r) => failedRequests.push(`${r.url()}: ${r.failure()?.errorText ?? 'failed'}`));

  const page = await context.newPage();
  const onConsole = (where: string) => (msg: ConsoleMessage) => {
    const loc = msg.location();
    const line = `[${where} ${msg.type()}] ${msg.text()}${loc.url ? ` (${loc.url}:${loc.lineNumber})` : ''}`;
    consoleLines.push(line);
    if (msg.type() === 'error') consoleErrors.push(line);
  };
  // page 'console' already carries the messages of dedicated workers (their location names the worker script).
  page.on('console', onConsole('page'));
  page.on('pageerror', (err) => pageErrors.push(err.stack ?? err.message));

  return {
    page,
    requests: () => [...requests],
    foreignRequests: () => [...new Set([...requests.filter(isForeign), ...blocked])],
    consoleErrors: () => [...consoleErrors],
    pageErrors: () => [...pageErrors],
    failedRequests: () => [...failedRequests],
    log: () =>
      [
        '--- console ---',
        ...consoleLines,
        '--- page errors ---',
        ...pageErrors,
        '--- failed requests ---',
        ...failedRequests,
        '--- requests ---',
        ...requests,
      ].join('\n'),
  };
}

/** Saves test-results/screenshots/<name>.png (git-ignored) and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  const file = path.join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/** "1,234" (toLocaleString('ja-JP')) → 1234; throws on anything else so a blank or "NaN" cell cannot pass. */
export function parseJaNumber(text: string | null): number {
  const t = (text ?? '').trim();
  if (!/^-?\d{1,3}(,\d{3})*$/.test(t)) throw new Error(`not a ja-JP formatted integer: ${JSON.stringify(text)}`);
  return Number(t.replaceAll(',', ''));
}

/**
 * One static server on dist/ and one Chromium for the test file that calls this (inside its describe): started
 * before its tests, closed after. The fields are set by the time any test runs.
 */
export function serveBuiltApp(): { readonly server: StaticServer; readonly browser: Browser } {
  const app = {} as { server: StaticServer; browser: Browser };
  beforeAll(async () => {
    [app.server, app.browser] = await Promise.all([startStaticServer(), launchBrowser()]);
  }, 120_000);
  afterAll(async () => {
    await app.browser?.close();
    await app.server?.close();
  });
  return app;
}

/**
 * The public edition 公開版 built from the sample as `npm run publish -- data/sample --out <dir>` builds it (real
 * DuckDB-WASM in Node, src/publish), then read as a resident would: from file:// in Chromium with JavaScript off.
 * Also: every page validates (html-validate); the top page's figures equal `analyze --json`; no internal content in
 * any file (the search is shown to find it when the setting includes it); the XSS and formula fixtures stay text.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import AxeBuilder from '@axe-core/playwright';
import { strFromU8, unzipSync } from 'fflate';
import { HtmlValidate } from 'html-validate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { openDataset } from '../../src/cli/open-dataset';
import type { Database } from '../../src/db/database';
import { expectedHeadline } from './app-driver';
import { publishSite } from '../../src/publish/build';
import { DEFAULT_PUBLISH_SETTINGS, type PublishSettings } from '../../src/publish/settings';
import type { SiteFile } from '../../src/publish/site';
import type { AllAnalyses } from '../../src/analyses/all';
import { launchBrowser, REPO_ROOT } from './harness';

const SHEET_CSS = path.join(REPO_ROOT, 'src/views/program/program.css');

async function build(db: Database, settings: PublishSettings, sample: boolean): Promise<SiteFile[]> {
  return (await publishSite(db, settings, { sample, sheetCss: await readFile(SHEET_CSS, 'utf8') })).files;
}

async function writeSite(files: SiteFile[], dir: string): Promise<void> {
  for (const f of files) {
    const target = path.join(dir, ...f.path.split('/'));
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, f.content);
  }
}

/** Every text a reader can get from the site: pages, scripts, CSS, CSV, and the XML inside each .xlsx. */
function allText(files: SiteFile[]): { path: string; text: string }[] {
  return files.flatMap((f) => {
    if (typeof f.content === 'string') return [{ path: f.path, text: f.content }];
    const parts = unzipSync(f.content);
    return Object.entries(parts).map(([name, bytes]) => ({ path: `${f.path}!${name}`, text: strFromU8(bytes) }));
  });
}

/** Words and codes of the internal-only content (docs/publication.md): none may appear in a default build. */
const INTERNAL_MARKERS = [
  ...['要注意', '自己評価', '改善余地に☑なし', '件が未達', '年連続で未達', '件が目標にあと一歩', 'missed_unticked', 'ticked_all_achieved', 'self_check', 'points_', '指摘', 'findings'],
  // the strategy office's シートの質 and 統廃合候補 (internal views of the app, never in the public edition)
  ...['シートの質', '統廃合候補', '振り返りの写し', '目標が易しい', 'copied_reflection', 'easy_target', 'sheetQuality'],
];

function hits(texts: { path: string; text: string }[], needles: string[]): string[] {
  return texts.flatMap((t) => needles.filter((n) => t.text.includes(n)).map((n) => `${t.path}: ${n}`));
}

// html-validate's recommended and document rules, less three about how the markup is written, not whether it is
// valid: React's static markup writes void elements as <meta/> (void-style) and camel-cased charSet/colSpan/rowSpan
// (attr-case; HTML attribute names are case-insensitive) and hidden="" (attribute-empty-style); status badges carry their colour inline (no-inline-style,
// shared with the app). require-sri: the stylesheet is a relative file written by the same build.
const VALIDATOR = new HtmlValidate({
  extends: ['html-validate:recommended', 'html-validate:document'],
  rules: { 'void-style': 'off', 'attr-case': 'off', 'attribute-empty-style': 'off', 'no-inline-style': 'off', 'require-sri': 'off' },
});

describe('public edition 公開版 (npm run publish)', () => {
  let db: Database;
  let files: SiteFile[];
  let dir: string;
  let browser: Browser;
  let analyzed: AllAnalyses;
  let seconds: number;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'seika-site-'));
    // `analyze --json` itself (as `npm run analyze` runs it: the bundled command line, which starts without tsx
    // transpiling src/ again), run beside the build: the top page must print its figures
    const analyze = promisify(execFile)(process.execPath, ['scripts/cli.mjs', 'analyze', 'data/sample', '--json'], { cwd: REPO_ROOT, maxBuffer: 64 * 1024 * 1024 });
    const started = performance.now();
    ({ db } = await openDataset([path.join(REPO_ROOT, 'data/sample')]));
    files = await build(db, DEFAULT_PUBLISH_SETTINGS, true);
    seconds = (performance.now() - started) / 1000;
    await writeSite(files, dir);
    analyzed = JSON.parse((await analyze).stdout) as AllAnalyses;
    browser = await launchBrowser();
  }, 240_000);
  afterAll(async () => {
    await browser?.close();
    await db?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('has the pages and files it promises (size and build time printed)', () => {
    const paths = files.map((f) => f.path);
    expect(paths).toEqual(expect.arrayContaining(['index.html', 'programs.html', 'data.html', 'assets/site.css', 'assets/search.js', 'assets/search-index.js', 'pillars/p1.html', 'downloads/programs.csv', 'downloads/programs.xlsx', 'downloads/outcomes.csv', 'downloads/outcomes.xlsx']));
    expect(paths.filter((p) => p.startsWith('programs/'))).toHaveLength(analyzed.programs.length);
    const bytes = files.reduce((n, f) => n + (typeof f.content === 'string' ? Buffer.byteLength(f.content) : f.content.byteLength), 0);
    console.log(`public edition of the sample: ${files.length} files, ${(bytes / 1024 / 1024).toFixed(1)} MB, built in ${seconds.toFixed(1)} s (with DuckDB start and import)`);
  });

  it('every page validates (html-validate)', async () => {
    const problems: string[] = [];
    for (const f of files.filter((x) => x.path.endsWith('.html'))) {
      const report = await VALIDATOR.validateString(f.content as string, f.path);
      for (const r of report.results) for (const m of r.messages) problems.push(`${f.path}:${m.line} ${m.ruleId} ${m.message}`);
    }
    expect(problems.slice(0, 20)).toEqual([]);
  }, 180_000);

  it('no internal content in any page or download; the same search finds it when the setting includes it', async () => {
    const texts = allText(files);
    // the import's own words (findings of the sample: e.g. 「調査未実施」は数値ではありません…)
    const messages = (await db.run<{ message: string }>('SELECT DISTINCT message FROM findings')).map((r) => r.message);
    expect(messages.length).toBeGreaterThan(0);
    expect(hits(texts, [...INTERNAL_MARKERS, ...messages])).toEqual([]);

    const all = await build(db, { ...DEFAULT_PUBLISH_SETTINGS, include: { underperformance: true, selfCheck: true, findings: true } }, true);
    const found = hits(allText(all), ['要注意度', '自己評価の点検', messages[0]!]);
    expect(found.some((h) => h.endsWith('要注意度'))).toBe(true);
    expect(found.some((h) => h.endsWith('自己評価の点検'))).toBe(true);
    expect(found.some((h) => h.endsWith(messages[0]!))).toBe(true);
  }, 120_000);

  it('the top page shows the figures of analyze --json for the same year, read from file:// with JavaScript off', async () => {
    const city = analyzed.policy.find((r) => r.level === 'city')!;
    const context = await browser.newContext({ javaScriptEnabled: false, locale: 'ja-JP' });
    const requests: string[] = [];
    context.on('request', (r) => requests.push(r.url()));
    try {
      const page = await context.newPage();
      await page.goto(`file://${path.join(dir, 'index.html')}`);
      const shown = await page.evaluate(() => Object.fromEntries([...document.querySelectorAll('[data-testid=headline] [data-figure]')].map((el) => [el.getAttribute('data-figure'), el.querySelector('dd')?.textContent ?? ''])));
      expect(shown).toEqual(expectedHeadline(city));
      expect(await page.locator('h1').textContent()).toContain(`令和${analyzed.policy[0]!.fiscal_year - 2018}年度`);
      // the stylesheet loaded (relative file), the charts are inline SVG, nothing else was asked for
      expect(await page.evaluate(() => getComputedStyle(document.querySelector('.site-header')!).backgroundColor)).toBe('rgb(15, 42, 74)');
      expect(await page.locator('.chart-svg svg').count()).toBe(2);
      expect(requests.filter((u) => !u.startsWith('file://'))).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('0 axe violations on the top, a pillar and a program page; no request leaves the site (file://)', async () => {
    const context = await browser.newContext({ javaScriptEnabled: true, locale: 'ja-JP' });
    const requests: string[] = [];
    context.on('request', (r) => requests.push(r.url()));
    try {
      const page = await context.newPage();
      const found: Record<string, string[]> = {};
      for (const p of ['index.html', 'pillars/p1.html', 'programs/no-124.html', 'programs.html', 'data.html']) {
        await page.goto(`file://${path.join(dir, p)}`);
        const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
        if (result.violations.length) found[p] = result.violations.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
      }
      expect(found).toEqual({});
      // axe is injected by the test itself; the pages asked only for their own files
      expect(requests.filter((u) => !u.startsWith('file://'))).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('the program list searches from file:// with script (and lists everything without)', async () => {
    const target = analyzed.programs.find((p) => p.sheet_no === '124')!;
    for (const js of [false, true]) {
      const context = await browser.newContext({ javaScriptEnabled: js, locale: 'ja-JP' });
      try {
        const page = await context.newPage();
        await page.goto(`file://${path.join(dir, 'programs.html')}`);
        const rows = page.locator('#program-table tbody tr');
        expect(await rows.count()).toBe(analyzed.programs.length);
        if (!js) {
          expect(await page.locator('#program-search').isVisible()).toBe(false);
          continue;
        }
        // full-width digits and spaces fold as the app's search folds them
        await page.locator('#q').fill('ＮＯ．１２４');
        await expect.poll(() => page.locator('#program-table tbody tr:not([hidden])').count()).toBe(1);
        expect(await page.locator('#program-table tbody tr:not([hidden]) a').textContent()).toBe(target.program);
        expect(await page.locator('#search-count').textContent()).toBe('1事業が該当します');
      } finally {
        await context.close();
      }
    }
  });

  it('program pages: the sheet ①–⑤, SVG charts with their tables, neighbours in the policy tree', async () => {
    const html = files.find((f) => f.path === 'programs/no-124.html')!.content as string;
    for (const part of ['①', '②', '③', '④', '⑤', '事務事業点検シート', '経年推移', '同じ施策の事業', 'aria-details="money-table"']) expect(html).toContain(part);
    expect(html.match(/<svg/g)!.length).toBeGreaterThanOrEqual(2);
  });

  it('CSV is Excel-safe (BOM, formulas neutralised) and the XSS fixture stays text on every page', async () => {
    const fixtures = async (name: string) => {
      const opened = await openDataset([path.join(REPO_ROOT, 'test/fixtures/e2e', name)]);
      try {
        return await build(opened.db, { ...DEFAULT_PUBLISH_SETTINGS, municipality: '<b>架空市</b>' }, false);
      } finally {
        await opened.db.close();
      }
    };
    const formula = await fixtures('formula');
    const csv = formula.find((f) => f.path === 'downloads/programs.csv')!.content as string;
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv).toContain(`"'=HYPERLINK(""http://example.invalid/"",""詳細"")"`);
    expect(csv).toContain(`'@総務課`);
    const sheetXml = strFromU8(unzipSync(formula.find((f) => f.path === 'downloads/programs.xlsx')!.content as Uint8Array)['xl/worksheets/sheet1.xml']!);
    expect(sheetXml).not.toContain('<f>');

    const xss = await fixtures('xss');
    const xssDir = await mkdtemp(path.join(os.tmpdir(), 'seika-xss-'));
    try {
      await writeSite(xss, xssDir);
      const html = xss.filter((f) => f.path.endsWith('.html')).map((f) => f.content as string);
      expect(html.some((h) => h.includes('&lt;img src=x onerror=alert(1)&gt;'))).toBe(true);
      for (const h of html) {
        expect(h).not.toMatch(/<img|<b[ >]|<svg onload|<script>alert/);
        expect(h.match(/<script/g)?.length ?? 0).toBeLessThanOrEqual(2);
      }
      expect(xss.find((f) => f.path === 'assets/search-index.js')!.content as string).not.toContain('<');
      // and in a browser, with script on: no dialog, no element made from the data
      const context = await browser.newContext({ locale: 'ja-JP' });
      const dialogs: string[] = [];
      try {
        const page = await context.newPage();
        page.on('dialog', (d) => (dialogs.push(d.message()), void d.dismiss()));
        for (const p of ['index.html', 'programs.html', ...xss.filter((f) => f.path.startsWith('programs/')).map((f) => f.path)]) {
          await page.goto(`file://${path.join(xssDir, p)}`);
          if (p === 'programs.html') await page.locator('#q').fill('img');
          expect(await page.locator('main img, main b, main svg[onload]').count()).toBe(0);
        }
        expect(dialogs).toEqual([]);
      } finally {
        await context.close();
      }
    } finally {
      await rm(xssDir, { recursive: true, force: true });
    }
  }, 120_000);
});

/**
 * The council briefing against the analyses: the model built in-process equals the one built from the JSON of
 * `npm run analyze --json` for the same scope (city and one pillar), the HTML file of `npm run briefing` shows those
 * figures, opens in Chromium with JavaScript disabled with its SVG charts drawn and no request, and CSV text with
 * HTML in it stays text. Real DuckDB-WASM (one per file) and the real command lines as child processes.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AllAnalyses } from '../../src/analyses/all';
import { prepareAnalyses } from '../../src/analyses/setup';
import { loadBriefing } from '../../src/briefing/load';
import { buildBriefingModel, UNDERPERFORMERS_SHOWN, ZERO_COST_PER_PAGE, type BriefingModel } from '../../src/briefing/model';
import type { Database } from '../../src/db/database';
import { formatMoney, formatNumber, formatPercent } from '../../src/format/ja';
import { importFiles } from '../../src/import/import-files';
import { launchBrowser, REPO_ROOT } from '../e2e/harness';
import { freshDatabase, readFolder } from '../support/node-db';

const run = promisify(execFile);
const TSX = path.join(REPO_ROOT, 'node_modules', '.bin', 'tsx');
const PILLAR = 'II 健康・福祉';
const XSS = 'test/fixtures/e2e/xss';

let db: Database;
let browser: Browser;
let dir: string;

async function cli(script: 'analyze' | 'briefing', args: string[]): Promise<string> {
  const { stdout } = await run(TSX, [`src/cli/${script}.ts`, ...args], { cwd: REPO_ROOT, maxBuffer: 64 * 1024 * 1024, env: { ...process.env, TZ: 'Asia/Tokyo' } });
  return stdout;
}

async function analyzeJson(args: string[]): Promise<AllAnalyses> {
  return JSON.parse(await cli('analyze', [...args, '--json'])) as AllAnalyses;
}

async function briefingHtml(name: string, args: string[]): Promise<string> {
  const out = path.join(dir, name);
  await cli('briefing', [...args, '--out', out]);
  return out;
}

/** The HTML file opened as a reader would: no JavaScript, every request recorded. */
async function openHtml(file: string, body: (page: Page, requests: string[], dialogs: string[]) => Promise<void>): Promise<void> {
  const context = await browser.newContext({ javaScriptEnabled: false, locale: 'ja-JP', timezoneId: 'Asia/Tokyo' });
  const requests: string[] = [];
  const dialogs: string[] = [];
  const url = pathToFileURL(file).href;
  context.on('request', (r) => {
    if (r.url() !== url) requests.push(r.url());
  });
  try {
    const page = await context.newPage();
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto(url);
    await body(page, requests, dialogs);
  } finally {
    await context.close();
  }
}

/** What the pages show, read from the DOM: figures per page, pillar table, underperformers, zero-cost rows. */
async function readPages(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('.briefing-page')].map((p) => ({
      kind: p.getAttribute('data-page-kind'),
      title: p.querySelector('.bp-title')?.textContent ?? '',
      number: p.querySelector('.bp-page-no')?.textContent ?? '',
      text: (p as HTMLElement).innerText,
      figures: Object.fromEntries([...p.querySelectorAll('[data-figure]')].map((f) => [f.getAttribute('data-figure'), f.querySelector('dd')?.textContent ?? ''])),
      pillarRows: [...p.querySelectorAll('[data-pillar]')].map((r) => [r.getAttribute('data-pillar'), ...[...r.querySelectorAll('td')].map((td) => td.textContent)]),
      under: [...p.querySelectorAll('[data-testid=briefing-underperformer]')].map((r) => [r.querySelector('[data-field=program]')?.textContent, r.querySelector('[data-field=score]')?.textContent]),
      zero: [...p.querySelectorAll('[data-testid=briefing-zero-cost] [data-field=activity]')].map((td) => td.textContent),
      overflow: (p.querySelector('.bp-body') as HTMLElement).scrollHeight > (p.querySelector('.bp-body') as HTMLElement).clientHeight + 1,
    })),
  );
}

/** The headline figures as the overview and the briefing word them, from analyze's JSON. */
function expectedFigures(r: AllAnalyses['policy'][number]) {
  return {
    programs: formatNumber(r.programs, '事業'),
    outcomes: formatNumber(r.outcomes, '件'),
    achieved: formatNumber(r.achieved, '件'),
    near: formatNumber(r.near, '件'),
    missed: formatNumber(r.missed, '件'),
    not_measured: formatNumber(r.not_measured, '件'),
    budget: formatMoney(r.budget),
    spend: formatMoney(r.spend),
    execution: formatPercent(r.execution),
    zero_cost: formatNumber(r.zero_cost_activities, '件'),
  };
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'seika-briefing-'));
  [db, browser] = await Promise.all([
    freshDatabase().then(async (d) => {
      await importFiles(d, await readFolder('data/sample', 'sample/'));
      await prepareAnalyses(d, await readFile('data/direction-keywords.csv', 'utf8'));
      return d;
    }),
    launchBrowser(),
  ]);
});
afterAll(async () => {
  await db?.close();
  await browser?.close();
  await rm(dir, { recursive: true, force: true });
});

describe.each([
  { name: 'city', scope: { year: 2024, pillar: null, department: null }, args: ['--year', '2024'] },
  { name: 'one pillar', scope: { year: 2024, pillar: PILLAR, department: null }, args: ['--year', '2024', '--pillar', PILLAR] },
])('briefing of the sample, $name', ({ name, scope, args }) => {
  let json: AllAnalyses;
  let html: string;
  let model: BriefingModel;

  beforeAll(async () => {
    [json, html, model] = await Promise.all([
      analyzeJson(['data/sample', ...args]),
      briefingHtml(`${name}.html`, ['data/sample', ...args]),
      loadBriefing(db, scope, true),
    ]);
  }, 120_000);

  it('the model equals the one built from analyze --json for the same scope', () => {
    expect(json.scope).toEqual(scope.pillar ? { year: 2024, pillar: PILLAR } : { year: 2024 });
    expect(buildBriefingModel(json, scope, model.source)).toEqual(model);
  });

  it('the HTML file shows exactly the figures of analyze --json, on the expected pages', async () => {
    const city = json.policy.find((p) => p.level === 'city')!;
    const pillars = json.policy.filter((p) => p.level === 'pillar');
    if (scope.pillar) expect(pillars.map((p) => p.pillar)).toEqual([PILLAR]);
    const zeroPages = Math.max(1, Math.ceil(json.zeroCost.activities.length / ZERO_COST_PER_PAGE));
    await openHtml(html, async (page) => {
      const pages = await readPages(page);
      const total = 2 + pillars.length + zeroPages;
      expect(pages.map((p) => p.kind)).toEqual(['summary', 'underperformers', ...pillars.map(() => 'pillar'), ...Array(zeroPages).fill('zero-cost')]);
      pages.forEach((p, i) => {
        expect(p.number).toBe(`${i + 1} / ${total}`);
        expect(p.text).toContain('架空');
        expect(p.text).toContain('サンプルデータ（架空）');
        expect(p.overflow, `page ${i + 1} overflows its sheet`).toBe(false);
      });
      expect(pages[0]!.figures).toEqual(expectedFigures(city));
      expect(pages[0]!.pillarRows).toEqual(
        pillars.map((p) => {
          const f = expectedFigures(p);
          return [p.pillar, f.programs, f.achieved, f.near, f.missed, f.not_measured, f.budget, f.spend, f.execution, f.zero_cost];
        }),
      );
      expect(pages[1]!.under).toEqual(json.underperformers.slice(0, UNDERPERFORMERS_SHOWN).map((u) => [u.program, u.score.toFixed(1)]));
      pillars.forEach((p, i) => {
        expect(pages[2 + i]!.title).toBe(`施策の大綱 ${p.pillar}`);
        expect(pages[2 + i]!.figures).toEqual(expectedFigures(p));
      });
      expect(pages.flatMap((p) => p.zero)).toEqual(json.zeroCost.activities.map((a) => a.activity));
    });
  });

  it('opens with JavaScript disabled, draws its SVG charts and requests nothing', async () => {
    await openHtml(html, async (page, requests) => {
      const charts = await page.evaluate(() =>
        [...document.querySelectorAll('.briefing-svg svg')].map((svg) => {
          const box = svg.getBoundingClientRect();
          return { w: box.width, h: box.height, shapes: svg.querySelectorAll('path, rect, text').length, visible: getComputedStyle(svg).visibility === 'visible' };
        }),
      );
      // two on the summary and two per pillar page
      expect(charts.length).toBe(2 + 2 * model.pages.filter((p) => p.kind === 'pillar').length);
      for (const c of charts) {
        expect(c.w).toBeGreaterThan(100);
        expect(c.h).toBeGreaterThan(100);
        expect(c.shapes).toBeGreaterThan(10);
        expect(c.visible).toBe(true);
      }
      expect(await page.locator('script').count()).toBe(0);
      expect(requests).toEqual([]);
    });
  });
});

describe('briefing of hostile CSV text', () => {
  it('keeps HTML in names inert text, in tables and in the SVG charts', async () => {
    const html = await briefingHtml('xss.html', [XSS, '--year', '2024']);
    const text = await readFile(html, 'utf8');
    expect(text).not.toMatch(/<img src=x/i);
    expect(text).not.toMatch(/<script>alert/i);
    expect((await stat(html)).size).toBeGreaterThan(1000);
    await openHtml(html, async (page, requests, dialogs) => {
      const found = await page.evaluate(() => ({
        img: document.querySelectorAll('img').length,
        script: document.querySelectorAll('script').length,
        handlers: [...document.querySelectorAll('*')].filter((el) => [...el.attributes].some((a) => a.name.startsWith('on'))).map((el) => el.outerHTML.slice(0, 80)),
        nestedSvg: document.querySelectorAll('svg svg').length,
        body: document.body.innerText,
        fictional: document.querySelectorAll('.bp-fictional').length,
        svgText: [...document.querySelectorAll('.briefing-svg svg text')].map((t) => t.textContent ?? ''),
      }));
      expect(found.img).toBe(0);
      expect(found.script).toBe(0);
      expect(found.handlers).toEqual([]);
      expect(found.nestedSvg).toBe(0);
      expect(found.body).toContain('<img src=x onerror=alert(1)>');
      expect(found.body).toContain('<script>alert(2)</script>課');
      expect(found.svgText.join('|')).toContain('<b onmouseover=alert(3)>');
      expect(dialogs).toEqual([]);
      expect(requests).toEqual([]);
      // not the sample: no 架空 label, the file names instead
      expect(found.fictional).toBe(0);
      expect(found.body).not.toContain('サンプルデータ（架空）');
      expect(found.body).toContain('sheets.csv');
    });
  }, 60_000);
});

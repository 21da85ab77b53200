/**
 * The council briefing against the analyses: the model built in-process equals the one built from the JSON of
 * `npm run analyze --json` for the same scope (city and one pillar), the HTML file of `npm run briefing` shows those
 * figures, opens in Chromium with JavaScript disabled with its SVG charts drawn and no request, and CSV text with
 * HTML in it stays text. Real DuckDB-WASM (one per file) and the real command lines as child processes.
 */
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AllAnalyses } from '../../src/analyses/all';
import { prepareAnalyses } from '../../src/analyses/setup';
import { loadBriefing } from '../../src/briefing/load';
import { buildBriefingModel, UNDERPERFORMERS_SHOWN, type BriefingModel } from '../../src/briefing/model';
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
    // how many sheets the zero-cost list takes depends on how its names wrap: the model's count, checked against the rows below
    const zeroPages = model.pages.filter((p) => p.kind === 'zero-cost').length;
    await openHtml(html, async (page) => {
      const pages = await readPages(page);
      const total = 2 + pillars.length + zeroPages;
      expect(pages.map((p) => p.kind)).toEqual(['summary', 'underperformers', ...pillars.map(() => 'pillar'), ...Array(zeroPages).fill('zero-cost')]);
      pages.forEach((p, i) => {
        expect(p.number).toBe(`${i + 1} / ${total}`);
        expect(p.text).toContain('架空');
        expect(p.text).toContain('サンプルデータ（架空）');
        if (p.kind === 'summary') expect(p.text).toContain('概ね達成＝80%以上100%未満');
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

describe('briefing with a city’s own thresholds (--near 75 --under 60)', () => {
  it('computes and prints with them: the criteria, the figures of analyze --json with the same flags, the in-process model', async () => {
    const flags = ['--year', '2024', '--near', '75', '--under', '60'];
    const scope = { year: 2024, pillar: null, department: null };
    const [json, html, model] = await Promise.all([
      analyzeJson(['data/sample', ...flags]),
      briefingHtml('near75.html', ['data/sample', ...flags]),
      loadBriefing(db, scope, true, { near: 0.75, under: 0.6, over: 1 }),
    ]);
    expect(json.thresholds).toEqual({ near: 0.75, under: 0.6, over: 1 });
    expect([model.near, model.under]).toEqual(['75%', '60%']);
    expect(buildBriefingModel(json, scope, model.source)).toEqual(model);
    await openHtml(html, async (page) => {
      const pages = await readPages(page);
      expect(pages[0]!.text).toContain('概ね達成＝75%以上100%未満');
      expect(pages[0]!.text).toContain('60%未満を「執行率が低い」');
      expect(pages[0]!.figures).toEqual(expectedFigures(json.policy.find((p) => p.level === 'city')!));
    });
  }, 120_000);
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

describe('briefing of long names', () => {
  // 40 programs in one pillar with five goals (the tallest charts), every name wrapping to two or three lines,
  // every program short of its target, under-spent and with a zero-cost activity
  const long = (head: string, n: number) => `${head}${'長い名称の例として繰り返す文字列'.repeat(4)}${n}`;
  const DEPT = '市民生活部市民協働推進課地域コミュニティ推進担当';
  async function writeLongNames(folder: string): Promise<void> {
    await mkdir(folder, { recursive: true });
    const sheets = ['年度,シートNo,事務事業名,課等名,施策の大綱,施策の目標,施策'];
    const activities = ['年度,シートNo,活動No,活動名・事業名,予算額（千円）,決算額（千円）'];
    const outcomes = ['年度,シートNo,成果指標,単位,目標値,実績値,方向'];
    for (let n = 1; n <= 40; n++) {
      sheets.push(`2024,${n},${long('事業', n)},${DEPT},I 長い名称の施策の大綱,${long('目標', n % 5)},施策`);
      activities.push(`2024,${n},1,${long('ゼロ予算の活動', n)},0,0`, `2024,${n},2,通常の活動,1000,300`);
      outcomes.push(`2024,${n},${long('成果指標', n)},人,100,${40 + n},高いほど良い`);
    }
    await writeFile(path.join(folder, 'sheets.csv'), sheets.join('\n'));
    await writeFile(path.join(folder, 'activities.csv'), activities.join('\n'));
    await writeFile(path.join(folder, 'outcomes.csv'), outcomes.join('\n'));
  }

  it('spreads long tables over as many sheets as they need, and no sheet overflows', async () => {
    const folder = path.join(dir, 'long-names');
    await writeLongNames(folder);
    const html = await briefingHtml('long.html', [folder, '--year', '2024']);
    await openHtml(html, async (page) => {
      const pages = await readPages(page);
      expect(pages.map((p, i) => (p.overflow ? `${i + 1} ${p.kind}` : null)).filter(Boolean), "pages that overflow their sheet").toEqual([]);
      const zero = pages.filter((p) => p.kind === 'zero-cost');
      expect(zero.length).toBeGreaterThan(2); // 40 three-line rows cannot fit on the two sheets 22 one-line rows would take
      expect(zero.flatMap((p) => p.zero)).toEqual(Array.from({ length: 40 }, (_, i) => long('ゼロ予算の活動', i + 1)));
      // the overview's ten, all of them, continued on a second sheet
      const under = pages.filter((p) => p.kind === 'underperformers');
      expect(under.length).toBeGreaterThan(1);
      expect(under.flatMap((p) => p.under).map(([program]) => program)).toEqual(Array.from({ length: 10 }, (_, i) => long('事業', i + 1)));
      const pillar = pages.find((p) => p.kind === 'pillar')!;
      expect(pillar.text).toContain('不足のある40件中');
    });
  }, 60_000);
});

/**
 * Exports from the built app in Chromium: a table's CSV (UTF-8 with BOM) parses back with papaparse to exactly the
 * table on screen, with text that a spreadsheet would take as a formula (`=HYPERLINK(…)`, `@…`, `+…`, `-…`)
 * neutralised; the same table as .xlsx has no formula cell; a chart saves as PNG and as SVG.
 */
import { readFile } from 'node:fs/promises';
import { strFromU8, unzipSync } from 'fflate';
import Papa from 'papaparse';
import type { Download, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { fixtureFiles, importThroughFileInput, waitViewSettled, withSession } from './app-driver';
import { serveBuiltApp } from './harness';

const HYPERLINK = '=HYPERLINK("http://example.invalid/","詳細")';

async function download(page: Page, testId: string): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
  return { name: (file as Download).suggestedFilename(), bytes: await readFile((await file.path())!) };
}

/** The table as shown: header texts and each row's cell texts. */
function shownTable(page: Page, testId: string): Promise<{ head: string[]; rows: string[][] }> {
  return page.getByTestId(testId).evaluate((table) => ({
    head: [...table.querySelectorAll('thead th')].map((th) => th.textContent!.replace(/[▲▼]/g, '').trim()),
    rows: [...table.querySelectorAll('tbody tr')].map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent!.trim())),
  }));
}

/** "1,000千円" → 1000, "87.6%" → 0.876, "12.5" → 12.5: the shown text read back as the number it formats. */
function shownNumber(text: string): number {
  const n = Number(text.replace(/,/g, '').replace(/(千円|%|件|人)$/, ''));
  return text.endsWith('%') ? n / 100 : n;
}

describe('exports: tables as CSV and Excel, charts as PNG and SVG', () => {
  const app = serveBuiltApp();

  it('a table’s CSV round-trips to the table on screen, formulas neutralised; its xlsx has no formula', async () => {
    await withSession(app.browser, app.server.url, async ({ page }) => {
      await page.goto(`${app.server.url}?view=data`);
      await importThroughFileInput(page, await fixtureFiles('formula'));
      await page.getByTestId('nav-programs').click();
      await waitViewSettled(page, 'programs');
      const shown = await shownTable(page, 'table-programs');
      expect(shown.rows).toHaveLength(3);

      const csv = await download(page, 'table-programs-csv');
      expect(csv.name).toBe('事務事業一覧.csv');
      const text = csv.bytes.toString('utf8');
      expect(text.startsWith('\uFEFF')).toBe(true);
      const parsed = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true });
      expect(parsed.errors).toEqual([]);
      const [head, ...rows] = parsed.data;
      expect(head).toEqual(shown.head);
      expect(rows).toHaveLength(shown.rows.length);

      const numeric = ['予算額', '決算額', '執行率', '要注意度', '平均達成率'];
      rows.forEach((row, r) => {
        row.forEach((cell, c) => {
          const onScreen = shown.rows[r]![c]!;
          if (numeric.includes(head![c]!) && cell !== '') expect(Number(cell), `${head![c]} row ${r}`).toBeCloseTo(shownNumber(onScreen), 3);
          // the program cell shows the measure (施策) under the name
          else if (head![c] === '事務事業名') expect(onScreen.startsWith(cell.replace(/^'(?=[=+\-@\t\r])/, ''))).toBe(true);
          else if (['No.', '担当課'].includes(head![c]!)) expect(cell.replace(/^'(?=[=+\-@\t\r])/, '')).toBe(onScreen);
        });
      });
      // the dangerous texts arrive as text: a leading apostrophe, so Excel shows them and never evaluates them
      const programColumn = head!.indexOf('事務事業名');
      const deptColumn = head!.indexOf('担当課');
      expect(rows.map((r) => r[programColumn])).toContain(`'${HYPERLINK}`);
      expect(rows.map((r) => r[programColumn])).toContain(`'-1+2 の事業`);
      expect(rows.map((r) => r[deptColumn])).toContain(`'@総務課`);
      for (const row of rows) for (const cell of row) expect(cell).not.toMatch(/^[=+@\t\r]/);

      const xlsx = await download(page, 'table-programs-xlsx');
      expect(xlsx.name).toBe('事務事業一覧.xlsx');
      const files = unzipSync(new Uint8Array(xlsx.bytes));
      const sheet = strFromU8(files['xl/worksheets/sheet1.xml']!);
      const strings = (strFromU8(files['xl/sharedStrings.xml'] ?? new Uint8Array()) + sheet).replace(/&quot;/g, '"').replace(/&amp;/g, '&');
      expect(sheet).not.toMatch(/<f[\s>]/);
      expect(strings).toContain(HYPERLINK);
    });
  });

  it('a chart saves as PNG and as SVG', async () => {
    await withSession(app.browser, app.server.url, async ({ page }) => {
      await page.goto(app.server.url);
      await waitViewSettled(page, 'overview');
      const png = await download(page, 'chart-budget-by-pillar-png');
      expect(png.name).toBe('施策の大綱別_予算額と決算額.png');
      expect(png.bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
      expect(png.bytes.length).toBeGreaterThan(5_000);
      const svg = await download(page, 'chart-budget-by-pillar-svg');
      expect(svg.name).toBe('施策の大綱別_予算額と決算額.svg');
      const svgText = svg.bytes.toString('utf8');
      expect(svgText).toMatch(/^<svg[\s\S]*<\/svg>$/);
      expect(svgText).toContain('予算額');
    });
  });
});

/**
 * The briefing view on the sample: printed by Chromium to an A4 landscape PDF, read back with pdfjs — one sheet per
 * page (summary, underperformers, one per pillar, the zero-cost list), each with its title, 'n / N' and 架空, and the
 * underperformers the overview lists. Screenshots of the screen and of print media land in test-results/screenshots.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { waitViewSettled, withSession } from './app-driver';
import { SCREENSHOT_DIR, screenshot, serveBuiltApp } from './harness';

/**
 * Text as compared with the PDF's: no spaces (pdfjs splits Japanese runs anywhere), NFKC (the font's ToUnicode maps
 * 大 to the Kangxi radical ⼤) and one middle dot (・ comes back as ‧).
 */
function norm(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/[‧･]/g, '・')
    .replace(/[⺟⺠⻁⻄⻑⻘⻝⻤⻩⻫⻭⻯⻲]/g, (c) => RADICALS[c] ?? c);
}

// CJK Radicals Supplement look-alikes NFKC leaves alone (U+2E80 block), as Noto CJK's ToUnicode gives them
const RADICALS: Record<string, string> = { '⺟': '母', '⺠': '民', '⻁': '虎', '⻄': '西', '⻑': '長', '⻘': '青', '⻝': '食', '⻤': '鬼', '⻩': '黄', '⻫': '斉', '⻭': '歯', '⻯': '竜', '⻲': '亀' };

interface PdfCanvas {
  canvas: { toBuffer(type: 'image/png'): Buffer };
  context: unknown;
}

/** Each PDF page's text; the pages listed in `pngPages` are also drawn to PNG (pdfjs on @napi-rs/canvas). */
async function readPdf(pdf: Uint8Array, pngPages: number[]): Promise<string[]> {
  const doc = await getDocument({ data: pdf, isEvalSupported: false }).promise;
  try {
    const texts: string[] = [];
    for (let i = 1; i <= doc.numPages; i++) {
      const page = await doc.getPage(i);
      const content = await page.getTextContent();
      texts.push(norm(content.items.map((it) => ('str' in it ? it.str : '')).join('')));
      if (pngPages.includes(i)) {
        const viewport = page.getViewport({ scale: 1.5 });
        const factory = (doc as unknown as { canvasFactory: { create(w: number, h: number): PdfCanvas } }).canvasFactory;
        const { canvas, context } = factory.create(Math.ceil(viewport.width), Math.ceil(viewport.height));
        await page.render({ canvasContext: context as CanvasRenderingContext2D, viewport, canvas: null }).promise;
        await mkdir(SCREENSHOT_DIR, { recursive: true });
        await writeFile(path.join(SCREENSHOT_DIR, `briefing-pdf-page-${i}.png`), canvas.toBuffer('image/png'));
      }
    }
    return texts;
  } finally {
    await doc.destroy();
  }
}

describe('briefing: the council document printed from the app', () => {
  const app = serveBuiltApp();

  it('prints one A4 sheet per page with title, n / N and 架空; underperformers as in the overview', async () => {
    await withSession(app.browser, app.server.url, async ({ page, consoleErrors, log }) => {
      await page.goto(app.server.url);
      await waitViewSettled(page, 'overview');
      const overviewNames = await page.getByTestId('table-underperformers').locator('tbody tr td:nth-child(3)').allTextContents();
      expect(overviewNames).toHaveLength(10);

      await page.getByTestId('nav-briefing').click();
      await waitViewSettled(page, 'briefing');
      await page.getByTestId('briefing-doc').waitFor();
      const shown = await page.evaluate(() =>
        [...document.querySelectorAll('.briefing-page')].map((p) => ({
          kind: p.getAttribute('data-page-kind'),
          title: p.querySelector('.bp-title')?.textContent ?? '',
          overflow: (p.querySelector('.bp-body') as HTMLElement).scrollHeight > (p.querySelector('.bp-body') as HTMLElement).clientHeight + 1,
        })),
      );
      const pillars = shown.filter((p) => p.kind === 'pillar').length;
      const zeroPages = shown.filter((p) => p.kind === 'zero-cost').length;
      expect(pillars).toBe(7);
      expect(zeroPages).toBeGreaterThanOrEqual(1);
      expect(shown.filter((p) => p.overflow)).toEqual([]);
      // the charts are SVG (crisp on paper), not canvas
      expect(await page.locator('.briefing-doc .chart svg').count()).toBe(2 + 2 * pillars);
      expect(await page.locator('.briefing-doc .chart canvas').count()).toBe(0);
      const briefingNames = await page.locator('[data-testid=briefing-underperformer] [data-field=program]').allTextContents();
      expect(briefingNames).toEqual(overviewNames);
      await screenshot(page, 'briefing-screen');

      const pdf = await page.pdf({ format: 'A4', landscape: true, printBackground: true });
      const texts = await readPdf(new Uint8Array(pdf), [1, 2, 3, 3 + pillars]);
      const total = 1 + 1 + pillars + zeroPages;
      expect(texts, log()).toHaveLength(total);
      texts.forEach((text, i) => {
        expect(text, `PDF page ${i + 1}`).toContain(norm(shown[i]!.title));
        expect(text, `PDF page ${i + 1}`).toContain(`${i + 1}/${total}`);
        expect(text, `PDF page ${i + 1}`).toContain('架空');
        // only the sheets print: no navigation or filter bar
        expect(text, `PDF page ${i + 1}`).not.toContain('事業一覧');
      });
      for (const name of overviewNames) expect(texts[1]).toContain(norm(name));

      await page.emulateMedia({ media: 'print' });
      await screenshot(page, 'briefing-print');
      await page.emulateMedia({ media: 'screen' });
      expect(consoleErrors(), log()).toEqual([]);
    });
  });
});

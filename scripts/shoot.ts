// Dev helper: screenshots of views of the built app. Usage: tsx scripts/shoot.ts "?view=overview" name
import { launchBrowser, openPage, startStaticServer } from '../test/e2e/harness';
const server = await startStaticServer();
const browser = await launchBrowser();
try {
  const { page, foreignRequests, pageErrors, consoleErrors } = await openPage(browser, server.url);
  await page.goto(server.url + (process.argv[2] ?? ''));
  await page.locator('[data-rendered="true"], .state.empty, [role=alert]').first().waitFor({ timeout: 60000 });
  await page.waitForFunction(() => document.querySelector('.status-bar')?.getAttribute('data-phase') === 'ready', null, { timeout: 60000 });
  await page.waitForTimeout(800);
  await page.screenshot({ path: `/tmp/${process.argv[3] ?? 'shot'}.png`, fullPage: true });
  console.log('foreign', foreignRequests(), 'errors', pageErrors(), consoleErrors());
} finally {
  await browser.close();
  await server.close();
}

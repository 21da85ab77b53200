/**
 * axe (WCAG 2.1 A/AA) over every view of the built app in Japanese: see a11y-audit.ts and docs/accessibility.md.
 * The same walk renders every view without an error message or a console error and saves a full-page screenshot of
 * each in test-results/screenshots/view-<name>.png (look at them); that was views.test.ts, a page load of its own.
 */
import { describe, it } from 'vitest';
import { auditEveryView } from './a11y-audit';
import { serveBuiltApp } from './harness';

describe('accessibility (ja)', () => {
  const app = serveBuiltApp();
  it('every view renders (screenshots in test-results/screenshots) and has 0 WCAG 2.1 A/AA violations', () => auditEveryView(app.browser, app.server.url, 'ja', { screenshots: true }), 240_000);
});

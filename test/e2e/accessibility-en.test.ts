/** axe (WCAG 2.1 A/AA) over every view of the built app in English: see a11y-audit.ts and docs/accessibility.md. */
import { describe, it } from 'vitest';
import { auditEveryView } from './a11y-audit';
import { serveBuiltApp } from './harness';

describe('accessibility (en)', () => {
  const app = serveBuiltApp();
  it('every view has 0 WCAG 2.1 A/AA violations and no Japanese outside the data', () => auditEveryView(app.browser, app.server.url, 'en'), 240_000);
});

/** axe (WCAG 2.1 A/AA) over every view of the built app in Japanese: see a11y-audit.ts and docs/accessibility.md. */
import { describe, it } from 'vitest';
import { auditEveryView } from './a11y-audit';
import { serveBuiltApp } from './harness';

describe('accessibility (ja)', () => {
  const app = serveBuiltApp();
  it('every view has 0 WCAG 2.1 A/AA violations', () => auditEveryView(app.browser, app.server.url, 'ja'), 240_000);
});

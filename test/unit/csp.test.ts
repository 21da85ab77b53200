import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { HEADER_POLICY, META_POLICY } from '../../src/csp';

const directives = (policy: string) => new Map(policy.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...sources]) => [name!, sources]));

describe('the Content-Security-Policy', () => {
  it('index.html carries the meta policy, before any script', () => {
    const html = readFileSync('index.html', 'utf8');
    const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/.exec(html);
    expect(meta?.[1]).toBe(META_POLICY);
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<script'));
  });

  it('README gives the header policy for servers', () => {
    expect(readFileSync('README.md', 'utf8')).toContain(`Content-Security-Policy: ${HEADER_POLICY}`);
  });

  it('names no origin but the app itself, and allows no inline or eval’d script', () => {
    for (const policy of [META_POLICY, HEADER_POLICY]) {
      const sources = [...directives(policy).values()].flat();
      expect(sources.filter((s) => !["'self'", "'none'", "'unsafe-inline'", "'wasm-unsafe-eval'"].includes(s))).toEqual([]);
      expect(directives(policy).get('script-src')).not.toContain("'unsafe-inline'");
      expect(directives(policy).get('script-src')).not.toContain("'unsafe-eval'");
      expect(directives(policy).get('connect-src')).toEqual(["'self'"]);
      expect(directives(policy).get('worker-src')).toEqual(["'self'"]);
    }
  });

  it("differs in the header only by 'wasm-unsafe-eval' (the worker compiles DuckDB) and frame-ancestors", () => {
    const meta = directives(META_POLICY);
    const header = directives(HEADER_POLICY);
    expect(header.get('script-src')).toEqual([...meta.get('script-src')!, "'wasm-unsafe-eval'"]);
    expect(header.get('frame-ancestors')).toEqual(["'none'"]);
    expect([...header.keys()].filter((k) => k !== 'frame-ancestors' && k !== 'script-src').map((k) => [k, header.get(k)])).toEqual(
      [...meta.keys()].filter((k) => k !== 'script-src').map((k) => [k, meta.get(k)]),
    );
  });
});

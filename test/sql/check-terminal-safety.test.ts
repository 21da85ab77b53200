/**
 * `npm run check` prints cells back to a terminal: a cell holding an escape code (ESC [2J clears the screen, OSC 52
 * writes the clipboard), an 8-bit CSI (U+009B) or a bidi override must be shown, never acted upon. The real command
 * as a child process, on a file written for the purpose.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../e2e/harness';

const run = promisify(execFile);
const TSX = path.join(REPO_ROOT, 'node_modules', '.bin', 'tsx');
const ESC = '\u001b';

// Raw terminal controls: C0 except tab and line feed, DEL, C1, and the bidi controls that reorder a line.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const TERMINAL_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'seika-check-'));
  const text =
    `年度,シートNo,指標名,目標値,実績値,${ESC}]52;c;ZXZpbA==\u0007メモ\r\n` +
    `2024,1,利用者数,${ESC}[2J12-3,\u009b31m90,x\r\n` +
    `2024,2,満足度\u202e逆,80,${ESC}[31m85,y\r\n`;
  await writeFile(path.join(dir, 'hostile.csv'), text);
});
afterAll(() => rm(dir, { recursive: true, force: true }));

async function check(args: string[]): Promise<string> {
  // exit code 1: the file has errors; the output is what matters here
  const r = await run(TSX, ['src/cli/check.ts', ...args], { cwd: REPO_ROOT }).catch((e: { stdout: string; code: number }) => {
    expect(e.code).toBe(1);
    return e;
  });
  return r.stdout;
}

describe('npm run check on cells holding terminal escape codes', () => {
  it('prints the text report with every control shown as ⟨U+…⟩', async () => {
    const out = await check([path.join(dir, 'hostile.csv')]);
    expect(out).not.toMatch(TERMINAL_CONTROL);
    // the unreadable target is reported with its escape code shown, not sent to the terminal
    expect(out).toContain('⟨U+001B⟩[2J12-3');
    // the unknown header column (info) with its OSC sequence and BEL
    expect(out).toContain('⟨U+001B⟩]52;c;ZXZpbA==⟨U+0007⟩メモ');
  }, 60_000);

  it('prints JSON with the controls escaped, and the same text once parsed', async () => {
    const out = await check([path.join(dir, 'hostile.csv'), '--json']);
    expect(out).not.toMatch(TERMINAL_CONTROL);
    const parsed = JSON.parse(out) as { files: { findings: { raw: string | null }[] }[] };
    expect(parsed.files[0]!.findings.map((f) => f.raw)).toContain(`${ESC}[2J12-3`);
  }, 60_000);
});

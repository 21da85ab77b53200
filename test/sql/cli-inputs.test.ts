/**
 * The command line on what a city actually has: a folder of forms with a PDF beside them, a zip, a folder of nothing
 * readable. `check`, `analyze` and `briefing` say how many rows loaded of how many were read, list what they skipped
 * by name, and exit 1 when nothing loaded. Real child processes, as a user runs them.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../e2e/harness';
import { seedCp932Csv, seedFormBytes, seedXlsx } from '../support/seed-forms';


async function cli(script: string, args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['scripts/cli.mjs', script, ...args], { cwd: REPO_ROOT, maxBuffer: 64 * 1024 * 1024 }, (err, stdout, stderr) =>
      resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'seika-cli-'));
  await mkdir(path.join(dir, 'forms'));
  await writeFile(path.join(dir, 'forms', 'sheet-124-R6.txt'), seedFormBytes());
  await writeFile(path.join(dir, 'forms', 'sheet-124.xlsx'), (await seedXlsx()).bytes);
  await writeFile(path.join(dir, 'forms', '資料.pdf'), '%PDF-1.4\n');
  await writeFile(path.join(dir, 'forms', '.DS_Store'), 'x');
  await writeFile(path.join(dir, 'forms.zip'), zipSync({ 'R6/124.csv': seedCp932Csv().bytes }));
  await mkdir(path.join(dir, 'nothing'));
  await writeFile(path.join(dir, 'nothing', 'jimu.json'), '[]');
}, 60_000);
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('check, analyze and briefing on folders and zips of forms', () => {
  it('check: each file with its template, the PDF skipped by name, the same sheet twice loaded once, exit 0', async () => {
    const { code, stdout } = await cli('check', [path.join(dir, 'forms'), path.join(dir, 'forms.zip')]);
    expect(code).toBe(0);
    expect(stdout).toContain('様式: 常総市 事務事業点検シート（実施計画 兼 まちづくり達成状況報告書）（2024年度 シートNo 124）');
    expect(stdout).toContain(`■ ${path.join(dir, 'forms.zip')}/R6/124.csv`);
    expect(stdout).toContain('■ 合計: 3 ファイル（表 0・様式 3・読めなかったもの 0）、読んだ行 54 のうち取り込んだ行 18（取込済みのため省略 36）');
    expect(stdout).toContain(`読み飛ばしたファイル: ${path.join(dir, 'forms', '資料.pdf')}（.pdf は取り込めるファイル`);
    expect(stdout).not.toContain('.DS_Store');
  }, 60_000);

  it('check --json: the units with format, kind, template, year and sheet, and the skipped files', async () => {
    const { stdout } = await cli('check', [path.join(dir, 'forms'), '--json']);
    const out = JSON.parse(stdout) as { files: Record<string, unknown>[]; skipped: { file: string }[] };
    expect(out.files.map((f) => [f.format, f.kind, f.fiscalYear, f.sheetNo, f.loaded])).toEqual([
      ['tsv', 'form', 2024, '124', 18],
      ['xlsx', 'form', 2024, '124', 0],
    ]);
    expect(out.skipped.map((s) => path.basename(s.file))).toEqual(['資料.pdf']);
  }, 60_000);

  it('analyze and briefing stop with exit 1 and say so when nothing loaded; check names the file it could not read', async () => {
    const nothing = path.join(dir, 'nothing');
    const check = await cli('check', [path.join(nothing, 'jimu.json')]);
    expect(check.code).toBe(1);
    expect(check.stdout).toContain('読めなかったファイル:');
    expect(check.stdout).toContain('取り込めた行がありません');
    const analyze = await cli('analyze', [nothing, '--json']);
    expect(analyze.code).toBe(1);
    expect(analyze.stdout).toBe('');
    expect(analyze.stderr).toContain('読めなかったファイル:');
    expect(analyze.stderr).toContain('合う取込設定がありません');
    expect(analyze.stderr).toContain('取り込めた行がありません');
    const briefing = await cli('briefing', [nothing, '--out', path.join(dir, 'b.html')]);
    expect(briefing.code).toBe(1);
  }, 90_000);

  it('analyze and briefing name a path that is not there, with exit 2 and no stack', async () => {
    const missing = path.join(dir, 'ない');
    for (const run of [cli('analyze', [missing]), cli('briefing', [missing, '--out', path.join(dir, 'b.html')])]) {
      const { code, stderr } = await run;
      expect(code).toBe(2);
      expect(stderr).toContain(`読み込めません: ENOENT: no such file or directory, stat '${missing}'`);
      expect(stderr).not.toMatch(/\n\s+at /);
    }
  }, 60_000);

  it('analyze reads the seed form as published and prints its figures, the load summary on stderr', async () => {
    const { code, stdout, stderr } = await cli('analyze', [path.join(dir, 'forms', 'sheet-124-R6.txt'), '--json']);
    expect(code).toBe(0);
    expect(stderr).toContain('読んだ行 18 のうち取り込んだ行 18');
    const result = JSON.parse(stdout) as { indicators: { indicator: string; actual: number }[] };
    expect(result.indicators.find((i) => i.indicator === '転出者数')!.actual).toBe(3083);
  }, 60_000);
});

import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Thresholds } from '../analyses/scope';
import { publishSite } from '../publish/build';
import { DEFAULT_PUBLISH_SETTINGS, readPublishSettings, type PublishSettings } from '../publish/settings';
import { parseArgs, readThresholdArgs, THRESHOLD_OPTIONS, THRESHOLD_USAGE, UsageError } from './args';
import { openDataset } from './open-dataset';
import { runMain } from './run-main';

const USAGE = `usage: npm run publish -- <files or folders…> [--year 2024] [--municipality <自治体名>] [--settings publication.json] ${THRESHOLD_USAGE} --out site/`;
const SHEET_CSS = fileURLToPath(new URL('../views/program/program.css', import.meta.url));
const SAMPLE_DIR = fileURLToPath(new URL('../../data/sample', import.meta.url));

/** `npm run publish`: the public edition 公開版 as a static site in a folder (docs/publication.md). */
async function main(argv: string[]): Promise<number> {
  let args;
  let out: string;
  let settings: PublishSettings;
  let thresholds: Thresholds;
  try {
    args = parseArgs(argv, ['year', 'municipality', 'settings', 'out', ...THRESHOLD_OPTIONS]);
    if (args.paths.length === 0) throw new UsageError('ファイルまたはフォルダを指定してください');
    out = args.values.get('out') ?? '';
    if (!out) throw new UsageError('--out に出力するフォルダを指定してください（例: --out site/）');
    const file = args.values.get('settings');
    settings = file ? readPublishSettings(JSON.parse(await readFile(file, 'utf8'))) : structuredClone(DEFAULT_PUBLISH_SETTINGS);
    const year = args.values.get('year');
    if (year !== undefined) {
      if (!/^\d{4}$/.test(year)) throw new UsageError(`--year は西暦の年度で指定してください（例: 2024）: ${year}`);
      settings.year = Number(year);
    }
    const municipality = args.values.get('municipality');
    if (municipality !== undefined) settings.municipality = municipality.trim() || null;
    thresholds = readThresholdArgs(args);
  } catch (e) {
    if (!(e instanceof UsageError) && !(e instanceof SyntaxError) && !(e instanceof Error && e.message.includes('設定'))) throw e;
    console.error(`${(e as Error).message}\n${USAGE}`);
    return 2;
  }
  const started = performance.now();
  const { db } = await openDataset(args.paths);
  try {
    const sample = isSample(args.paths);
    const { model, files } = await publishSite(db, settings, { sample, thresholds, sheetCss: await readFile(SHEET_CSS, 'utf8') });
    // the folder is the site: what an earlier run left there (a program page since removed) must not stay published
    await rm(out, { recursive: true, force: true });
    let bytes = 0;
    for (const f of files) {
      const target = path.join(out, ...f.path.split('/'));
      await mkdir(path.dirname(target), { recursive: true });
      await writeFile(target, f.content);
      bytes += typeof f.content === 'string' ? Buffer.byteLength(f.content) : f.content.byteLength;
    }
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(`${out}: ${files.length}ファイル（${model.municipality}・${model.yearLabel}・${model.programs.length}事業）、${(bytes / 1024 / 1024).toFixed(1)} MB、${seconds}秒`);
    if (model.municipalitySource === 'placeholder' && !sample) console.log('自治体名が未設定です: --municipality か設定ファイルの municipality で指定してください');
    return 0;
  } finally {
    await db.close();
  }
}

/** The bundled fictional sample: every page then says so. */
function isSample(paths: readonly string[]): boolean {
  return paths.every((p) => {
    const rel = path.relative(SAMPLE_DIR, path.resolve(p));
    return !rel.startsWith('..') && !path.isAbsolute(rel);
  });
}

runMain(main);

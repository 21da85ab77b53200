import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { latestYear, loadBriefing } from '../briefing/load';
import { OPTIONAL_PAGES, parseOptionalPages, unknownOptionalPages, type OptionalPage } from '../briefing/optional-pages';
import { renderBriefingHtml } from '../briefing/render-html';
import type { Thresholds } from '../analyses/scope';
import { parseArgs, readScopeArgs, readThresholdArgs, SCOPE_OPTIONS, THRESHOLD_OPTIONS, THRESHOLD_USAGE, UsageError, type CliScope } from './args';
import { formatImportSummary, nothingLoaded } from './format-report';
import { openDataset } from './open-dataset';
import { repoPath } from './repo-path';
import { runMain } from './run-main';

const USAGE = `usage: npm run briefing -- <files or folders…> [--year 2024] [--pillar <施策の大綱>|--department <担当課>] ${THRESHOLD_USAGE} [--pages costs,changes,similar,quality] [--profile 取込設定.json] --out briefing.html`;
const CSS = repoPath('src/briefing/briefing.css');
const SAMPLE_DIR = repoPath('data/sample');

/** `npm run briefing`: the app's 議会説明資料 as one self-contained HTML file (inline CSS and SVG, no script). */
async function main(argv: string[]): Promise<number> {
  let args;
  let scope: CliScope;
  let out: string;
  let thresholds: Thresholds;
  let pages: OptionalPage[];
  try {
    args = parseArgs(argv, [...SCOPE_OPTIONS, ...THRESHOLD_OPTIONS, 'out', 'profile', 'pages']);
    if (args.paths.length === 0) throw new UsageError('ファイルまたはフォルダを指定してください');
    scope = readScopeArgs(args);
    thresholds = readThresholdArgs(args);
    const unknown = unknownOptionalPages(args.values.get('pages') ?? '');
    if (unknown.length) throw new UsageError(`--pages に不明なページがあります: ${unknown.join(', ')}（選べるのは ${OPTIONAL_PAGES.join(', ')}）`);
    pages = parseOptionalPages(args.values.get('pages'));
    out = args.values.get('out') ?? '';
    if (!out) throw new UsageError('--out に出力する HTML ファイル名を指定してください（例: --out briefing.html）');
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    console.error(`${e.message}\n${USAGE}`);
    return 2;
  }
  const started = performance.now();
  const { db, report, skipped } = await openDataset(args.paths, { profile: args.values.get('profile') });
  try {
    // What was read goes to stderr, so that --json on stdout stays one JSON document.
    console.error(formatImportSummary(report, skipped));
    if (nothingLoaded(report)) return 1;
    const year = scope.year ?? (await latestYear(db));
    if (year === null) {
      console.error('データに年度がありません（読み込めた事業がありません）');
      return 1;
    }
    const model = await loadBriefing(db, { ...scope, year }, isSample(args.paths), thresholds, pages);
    const html = renderBriefingHtml(model, await readFile(CSS, 'utf8'));
    await writeFile(out, html, 'utf8');
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(`${out}: ${model.pages.length}ページ（${model.yearLabel}・${model.scopeLabel}）、${Math.round(Buffer.byteLength(html) / 1024)} KB、${seconds}秒`);
    return 0;
  } finally {
    await db.close();
  }
}

/** The bundled fictional sample, named as a folder or file by file: then every page carries the 架空 label. */
function isSample(paths: readonly string[]): boolean {
  return paths.every((p) => {
    const rel = path.relative(SAMPLE_DIR, path.resolve(p));
    return !rel.startsWith('..') && !path.isAbsolute(rel);
  });
}

runMain(main);

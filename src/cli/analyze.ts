import { runAllAnalyses, type AllAnalyses } from '../analyses/all';
import { formatFiscalYear, formatMoney, formatNumber, formatPercent, formatSignedNumber, formatThreshold, STATUS_LABELS_JA } from '../format/ja';
import { latestYear } from '../briefing/load';
import { scopeLabel } from '../briefing/model';
import type { Thresholds } from '../analyses/scope';
import { parseArgs, readScopeArgs, readThresholdArgs, SCOPE_OPTIONS, scopeOf, THRESHOLD_OPTIONS, THRESHOLD_USAGE, UsageError, type CliScope } from './args';
import { formatImportSummary, nothingLoaded } from './format-report';
import { openDataset } from './open-dataset';
import { runMain } from './run-main';

const USAGE = `usage: npm run analyze -- <files or folders…> [--year 2024] [--pillar <施策の大綱>] [--department <担当課>] ${THRESHOLD_USAGE} [--json]`;

/** `npm run analyze`: imports as check does, then prints the analyses (or all of them as JSON). */
async function main(argv: string[]): Promise<number> {
  let args;
  let scope: CliScope;
  let thresholds: Thresholds;
  try {
    args = parseArgs(argv, [...SCOPE_OPTIONS, ...THRESHOLD_OPTIONS], ['json']);
    if (args.paths.length === 0) throw new UsageError('ファイルまたはフォルダを指定してください');
    scope = readScopeArgs(args);
    thresholds = readThresholdArgs(args);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    console.error(`${e.message}\n${USAGE}`);
    return 2;
  }
  const { db, report, skipped } = await openDataset(args.paths);
  try {
    // What was read goes to stderr, so that --json on stdout stays one JSON document.
    console.error(formatImportSummary(report, skipped));
    if (nothingLoaded(report)) return 1;
    const year = scope.year ?? (await latestYear(db));
    const result = await runAllAnalyses(db, scopeOf({ ...scope, year }), thresholds);
    console.log(args.flags.has('json') ? JSON.stringify(result, null, 2) : formatSummary(result));
    return 0;
  } finally {
    await db.close();
  }
}

function formatSummary(r: AllAnalyses): string {
  const city = r.policy.find((p) => p.level === 'city');
  const lines: string[] = [];
  lines.push(`■ ${r.scope.year ? formatFiscalYear(r.scope.year) : '全年度'} 事業評価の概要（${scopeLabel({ pillar: r.scope.pillar ?? null, department: r.scope.department ?? null })}）`);
  const t = r.thresholds;
  lines.push(`  評価の基準: 概ね達成 ${formatThreshold(t.near)}以上 / 執行率が低い ${formatThreshold(t.under)}未満 / 執行率が高い ${formatThreshold(t.over)}超`);
  if (city) {
    lines.push(
      `  事業数 ${formatNumber(city.programs)}  成果指標 ${formatNumber(city.outcomes)}件（` +
        `${STATUS_LABELS_JA.achieved} ${city.achieved} / ${STATUS_LABELS_JA.near} ${city.near} / ${STATUS_LABELS_JA.missed} ${city.missed} / ${STATUS_LABELS_JA.not_measured} ${city.not_measured}）`,
      `  予算額 ${formatMoney(city.budget)}  決算額 ${formatMoney(city.spend)}  執行率 ${formatPercent(city.execution)}  ゼロ予算の活動 ${city.zero_cost_activities}件`,
    );
  }
  lines.push('', '■ 要注意事業（要注意度の高い順）');
  r.underperformers.slice(0, 10).forEach((p, i) => {
    lines.push(`  ${i + 1}. [${p.score}] No.${p.sheet_no} ${p.program ?? '（名称なし）'}（${p.department ?? '—'}）: ${p.reasons.join('、')}`);
  });
  lines.push('', '■ 成果指標のギャップ（目標に対する不足の大きい順）');
  r.indicators
    .filter((i) => i.kind === 'outcome' && i.gap_share !== null && i.gap_share < 0)
    .sort((a, b) => a.gap_share! - b.gap_share!)
    .slice(0, 10)
    .forEach((i) => {
      lines.push(
        `  No.${i.sheet_no} ${i.program ?? ''} / ${i.indicator}: 目標 ${formatNumber(i.target, i.unit)} 実績 ${formatNumber(i.actual, i.unit)} ` +
          `差 ${formatSignedNumber(i.gap, i.unit)}（${formatPercent(i.gap_share)}） 達成率 ${formatPercent(i.achievement)}${i.direction === 'down' ? '（低いほど良い）' : ''}`,
      );
    });
  lines.push('', `■ ゼロ予算の活動（${r.zeroCost.activities.length}件）`);
  for (const a of r.zeroCost.activities.slice(0, 20)) lines.push(`  No.${a.sheet_no} ${a.program ?? ''} / ${a.activity ?? ''}`);
  if (r.zeroCost.activities.length > 20) lines.push(`  …ほか${r.zeroCost.activities.length - 20}件（--json で全件）`);
  return lines.join('\n');
}

runMain(main);

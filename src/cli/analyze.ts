import { allAnalysesSections, runAllAnalyses, type AllAnalyses } from '../analyses/all';
import { runStrategyAnalyses, strategyAnalysesSections, type StrategyAnalyses } from '../analyses/strategy';
import { formatFiscalYear, formatMoney, formatNumber, formatPercent, formatSignedNumber, formatThreshold, STATUS_LABELS_JA } from '../format/ja';
import { latestYear } from '../briefing/load';
import { scopeLabel } from '../briefing/model';
import type { Thresholds } from '../analyses/scope';
import { parseArgs, readScopeArgs, readThresholdArgs, SCOPE_OPTIONS, scopeOf, THRESHOLD_OPTIONS, THRESHOLD_USAGE, UsageError, type CliScope } from './args';
import { formatImportSummary, nothingLoaded } from './format-report';
import { writeJsonSections } from './json-out';
import { openDataset } from './open-dataset';
import { runMain } from './run-main';
import { CHANGE_ORDER } from '../analyses/changes';
import { CHANGE_LABELS } from '../format/change-words';
import { similarReasonText } from '../format/similar-reasons';

const USAGE = `usage: npm run analyze -- <files or folders…> [--year 2024] [--pillar <施策の大綱>] [--department <担当課>] ${THRESHOLD_USAGE} [--profile 取込設定.json] [--json]`;

/** `npm run analyze`: imports as check does, then prints the analyses (or all of them as JSON). */
async function main(argv: string[]): Promise<number> {
  let args;
  let scope: CliScope;
  let thresholds: Thresholds;
  try {
    args = parseArgs(argv, [...SCOPE_OPTIONS, ...THRESHOLD_OPTIONS, 'profile'], ['json']);
    if (args.paths.length === 0) throw new UsageError('ファイルまたはフォルダを指定してください');
    scope = readScopeArgs(args);
    thresholds = readThresholdArgs(args);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    console.error(`${e.message}\n${USAGE}`);
    return 2;
  }
  const { db, report, skipped } = await openDataset(args.paths, { profile: args.values.get('profile') });
  try {
    // What was read goes to stderr, so that --json on stdout stays one JSON document.
    console.error(formatImportSummary(report, skipped));
    if (nothingLoaded(report)) return 1;
    const year = scope.year ?? (await latestYear(db));
    const analysisScope = scopeOf({ ...scope, year });
    if (args.flags.has('json')) {
      // section by section, each let go once written: a whole country's figures are gigabytes of JSON
      await writeJsonSections(process.stdout, { ...allAnalysesSections(db, analysisScope, thresholds), ...strategyAnalysesSections(db, analysisScope, thresholds) });
    } else {
      const result = { ...(await runAllAnalyses(db, analysisScope, thresholds)), ...(await runStrategyAnalyses(db, analysisScope, thresholds)) };
      console.log(`${formatSummary(result)}\n${formatStrategySummary(result)}`);
    }
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

/** The strategy analyses in a few lines each: the whole lists are in --json. */
function formatStrategySummary(r: StrategyAnalyses): string {
  const lines: string[] = [];
  const city = r.costs.rollup.find((c) => c.level === 'city');
  lines.push('', '■ トータルコスト（事業費＋人件費）');
  if (city) {
    lines.push(
      `  トータルコスト ${formatMoney(city.total_cost)}（事業費 ${formatMoney(city.project_cost)}・人件費 ${formatMoney(city.personnel_cost)}、人件費の分かる事業 ${city.with_personnel}/${city.programs}）` +
        `  一般財源の割合 ${formatPercent(city.general_fund_share)}  前年度比 ${formatPercent(city.total_cost_change)}`,
    );
  }
  const rising = r.costs.programs.filter((p) => p.rising_unit_cost.length > 0);
  lines.push(`  単位当たりコストが2年続けて上がり成果が減った事業 ${rising.length}件`);
  for (const p of rising.slice(0, 10)) lines.push(`  No.${p.sheet_no} ${p.program ?? ''}（${p.department ?? '—'}）: ${p.rising_unit_cost.join('、')}`);
  lines.push('', '■ 類似事業（担当課の異なる組、近い順）');
  for (const c of r.similar.candidates.slice(0, 10)) {
    lines.push(`  ${c.score.toFixed(2)} ${c.program ?? ''}（${c.department ?? '—'}） ⇔ ${c.other_program ?? ''}（${c.other_department ?? '—'}）: ${c.reasons.map((x) => similarReasonText(x, c, 'ja')).join('、')}`);
  }
  lines.push('', '■ シートの質（担当課別、点数の低い順）');
  for (const d of r.sheetQuality.departments.slice(0, 10)) {
    lines.push(`  ${d.department ?? '（担当課なし）'}: ${d.mean_score.toFixed(1)}点（${d.flagged}/${d.programs}事業に指摘）`);
  }
  lines.push('', '■ 前年度からの変化');
  const counts = CHANGE_ORDER.map((k) => [k, r.changes.filter((c) => c.change === k).length] as const).filter(([, n]) => n > 0);
  lines.push(`  ${counts.map(([k, n]) => `${CHANGE_LABELS[k].ja} ${n}件`).join('、') || '変化なし'}`);
  return lines.join('\n');
}

runMain(main);

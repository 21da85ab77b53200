import { ACTIVITY_COSTS_SQL, PROGRAM_BUDGET_SQL } from '../analyses/activities';
import { INDICATOR_RESULTS_SQL } from '../analyses/indicators';
import { POLICY_ROLLUP_SQL } from '../analyses/policy';
import { PROGRAM_SCORECARD_SQL, UNDERPERFORMERS_SQL } from '../analyses/programs';
import { DEFAULT_THRESHOLDS, SCOPE_WHERE, type Thresholds } from '../analyses/scope';

/**
 * The console's example queries are the dashboard's own SQL (src/analyses), with the scope filter written out as the
 * year and the threshold parameters as their values — so what a user edits is exactly what the screens run, and an
 * analysis changed there changes here too.
 */
export interface ConsoleExample {
  id: string;
  label: string;
  /** the label on the English screen */
  labelEn: string;
  sql: string;
}

export function consoleExamples(year: number | null, t: Thresholds = DEFAULT_THRESHOLDS): ConsoleExample[] {
  const yearFilter = year === null ? 'TRUE' : `fiscal_year = ${year}`;
  return [
    {
      id: 'scorecard',
      label: '事業スコアカード（全事業の達成状況と点数）',
      labelEn: 'Program scorecard (status and points of every program)',
      sql: inline(PROGRAM_SCORECARD_SQL, yearFilter, [t.near, t.under]),
    },
    {
      id: 'underperformers',
      label: '課題のある事業（点数の高い順）',
      labelEn: 'Programs with issues (highest points first)',
      sql: inline(UNDERPERFORMERS_SQL, yearFilter, [t.near, t.under, 20]),
    },
    {
      id: 'indicators',
      label: '成果指標・活動指標の目標と実績',
      labelEn: 'Targets and actuals of outcome and output indicators',
      sql: inline(INDICATOR_RESULTS_SQL, yearFilter, [t.near]),
    },
    {
      id: 'zero-cost',
      label: 'ゼロ予算の活動',
      labelEn: 'Zero-cost activities',
      sql: inline(ACTIVITY_COSTS_SQL, `${yearFilter}\n  AND cost_case = 'zero_cost'`, [t.under, t.over]),
    },
    {
      id: 'budget',
      label: '事業別の予算執行（予算額・決算額・執行率）',
      labelEn: 'Budget execution per program (budget, spend, execution)',
      sql: inline(PROGRAM_BUDGET_SQL, yearFilter, [t.near, t.under, t.over]),
    },
    {
      id: 'policy',
      label: '施策体系別の集計（市全体・大綱・目標・施策）',
      labelEn: 'Roll-up by policy level (city, pillar, goal, measure)',
      sql: inline(POLICY_ROLLUP_SQL, yearFilter, [t.near, t.under]),
    },
    {
      id: 'by-year',
      label: '年度別の事業数・予算額・決算額（グラフ向き）',
      labelEn: 'Programs, budget and spend per year (for a chart)',
      sql: `-- by-year
SELECT fiscal_year,
       count(*)    AS programs,
       sum(budget) AS budget,
       sum(spend)  AS spend
FROM program_scorecard(${t.near}, ${t.under})
GROUP BY fiscal_year
ORDER BY fiscal_year`,
    },
  ];
}

/** The analysis text with its scope condition replaced and $8, $9, $10 written as their values. */
function inline(sql: string, scopeCondition: string, values: readonly number[]): string {
  if (!sql.includes(SCOPE_WHERE)) throw new Error('analysis SQL without the scope condition');
  return sql
    .replace(SCOPE_WHERE, scopeCondition)
    .replace(/\$(\d+)\b/g, (whole, n: string) => {
      const v = values[Number(n) - 8];
      if (v === undefined) throw new Error(`no value for ${whole}`);
      return String(v);
    })
    .trim();
}

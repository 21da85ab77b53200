/**
 * The published figures as files: CSV for Excel in Japan (src/export/csv.ts: BOM, formula-safe text) and .xlsx
 * (src/export/xlsx.ts: text always text). Exact values, not the rounded display. Internal columns only when the
 * publication setting includes them.
 */
import { toExcelCsv, type CsvCell } from '../export/csv';
import { toXlsxBlob } from '../export/xlsx';
import { STATUS_LABELS_JA, DIRECTION_LABELS_JA } from '../format/ja';
import type { PublicationModel } from './model';

export const DOWNLOADS = [
  { name: 'programs', title: '事務事業別の集計', description: '1行が1事業。成果指標の達成状況の件数、平均達成率、予算額・決算額（千円）' },
  { name: 'outcomes', title: '成果指標の目標と実績', description: '1行が1指標。目標値・実績値・達成率・評価' },
] as const;

interface Table {
  columns: { header: string }[];
  rows: CsvCell[][];
}

function programsTable(m: PublicationModel): Table {
  const withScore = m.include.underperformance;
  const withCheck = m.include.selfCheck;
  const columns = [
    '年度', 'シートNo', '事務事業名', '担当課', '施策の大綱', '施策の目標', '施策', '成果指標', '達成', '概ね達成', '未達', '未測定', '平均達成率',
    '予算額（千円）', '決算額（千円）', '執行率', '活動数', 'ゼロ予算の活動',
    ...(withScore ? ['要注意度', '要注意の理由'] : []),
    ...(withCheck ? ['自己評価の点検'] : []),
  ].map((header) => ({ header }));
  const rows = m.programs.map((p): CsvCell[] => [
    p.fiscal_year, p.sheet_no, p.program, p.department, p.pillar, p.goal, p.measure, p.outcomes, p.achieved, p.near, p.missed, p.not_measured,
    p.mean_achievement, p.budget, p.spend, p.execution, p.activities, p.zero_cost_activities,
    ...(withScore ? [p.underperformance?.score ?? null, p.underperformance?.reasons.join('、') ?? null] : []),
    ...(withCheck ? [p.selfCheck ?? null] : []),
  ]);
  return { columns, rows };
}

function outcomesTable(m: PublicationModel): Table {
  const columns = ['年度', 'シートNo', '事務事業名', '成果指標', '単位', '向き', '目標値', '目標年度', '実績値', '達成率', '評価'].map((header) => ({ header }));
  const rows = m.indicators.map((r): CsvCell[] => [
    m.year, r.sheet_no, r.program, r.indicator, r.unit, DIRECTION_LABELS_JA[r.direction], r.target, r.target_year, r.actual, r.achievement, STATUS_LABELS_JA[r.status],
  ]);
  return { columns, rows };
}

const TABLES: Record<(typeof DOWNLOADS)[number]['name'], (m: PublicationModel) => Table> = { programs: programsTable, outcomes: outcomesTable };

/** downloads/<name>.csv and .xlsx for every table. */
export async function downloadFiles(m: PublicationModel): Promise<{ path: string; content: string | Uint8Array }[]> {
  const out: { path: string; content: string | Uint8Array }[] = [];
  for (const d of DOWNLOADS) {
    const t = TABLES[d.name](m);
    out.push({ path: `downloads/${d.name}.csv`, content: toExcelCsv(t.columns, t.rows) });
    const blob = await toXlsxBlob(t.columns, t.rows, d.title);
    out.push({ path: `downloads/${d.name}.xlsx`, content: new Uint8Array(await blob.arrayBuffer()) });
  }
  return out;
}

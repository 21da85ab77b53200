import type { CostRollup, ProgramCost, UnitCost } from '../../analyses/costs';
import type { Lang } from '../../app/i18n';
import { FUNDING_LABELS, FUNDING_SOURCES, rollupName, unitCostText } from '../../charts/cost-options';
import { sparklineGeometry } from '../../charts/sparkline';
import { formatFiscalYear, formatMoney, formatNumber, formatPercent } from '../../format/ja';
import type { Column } from '../common/DataTable';
import { ProgramLink } from '../gaps/ProgramLink';

/** +12.3% / −4.0%: a change as a signed percent (— when there is none). */
export function signedPercent(ratio: number | null): string {
  if (ratio === null || !Number.isFinite(ratio)) return '—';
  return `${ratio > 0 ? '+' : ratio < 0 ? '−' : '±'}${formatPercent(Math.abs(ratio))}`;
}

const sheetOrder = (sheetNo: string): string | number => (Number.isFinite(Number(sheetNo)) ? Number(sheetNo) : sheetNo);

/** The total-cost chart's table: each pillar or department, its parts, its change and its 一般財源 share. */
export function rollupColumns(lang: Lang): Column<CostRollup>[] {
  const ja = lang === 'ja';
  return [
    { key: 'name', header: ja ? '名称' : 'Name', value: (r) => rollupName(r, lang), data: true },
    { key: 'programs', header: ja ? '事業数' : 'Programs', value: (r) => r.programs, numeric: true },
    { key: 'project', header: ja ? '事業費' : 'Project cost', value: (r) => r.project_cost, render: (r) => formatMoney(r.project_cost, lang), numeric: true },
    { key: 'personnel', header: ja ? '人件費' : 'Personnel cost', value: (r) => r.personnel_cost, render: (r) => formatMoney(r.personnel_cost, lang), numeric: true },
    { key: 'total', header: ja ? 'トータルコスト' : 'Total cost', value: (r) => r.total_cost, render: (r) => formatMoney(r.total_cost, lang), numeric: true },
    { key: 'change', header: ja ? '前年度比' : 'Change', value: (r) => r.total_cost_change, render: (r) => signedPercent(r.total_cost_change), numeric: true },
    { key: 'general', header: ja ? '一般財源の割合' : 'General fund share', value: (r) => r.general_fund_share, render: (r) => formatPercent(r.general_fund_share), numeric: true },
  ];
}

/** The funding-mix chart's table: each source in 千円, and the 一般財源 share. */
export function fundingColumns(lang: Lang): Column<CostRollup>[] {
  const ja = lang === 'ja';
  return [
    { key: 'name', header: ja ? '名称' : 'Name', value: (r) => rollupName(r, lang), data: true },
    ...FUNDING_SOURCES.map((f) => ({ key: f, header: FUNDING_LABELS[f][lang], value: (r: CostRollup) => r[f], render: (r: CostRollup) => formatMoney(r[f], lang), numeric: true })),
    { key: 'share', header: ja ? '一般財源の割合' : 'General fund share', value: (r) => r.general_fund_share, render: (r) => formatPercent(r.general_fund_share), numeric: true },
  ];
}

/** Every program's total cost. */
export function programCostColumns(lang: Lang): Column<ProgramCost>[] {
  const ja = lang === 'ja';
  return [
    { key: 'sheet', header: 'No.', value: (r) => sheetOrder(r.sheet_no), render: (r) => r.sheet_no },
    { key: 'program', header: ja ? '事務事業名' : 'Program', value: (r) => r.program, data: true, render: (r) => <ProgramLink programKey={r.program_key}>{r.program ?? `No.${r.sheet_no}`}</ProgramLink> },
    { key: 'department', header: ja ? '担当課' : 'Department', value: (r) => r.department, data: true },
    { key: 'project', header: ja ? '事業費' : 'Project cost', value: (r) => r.project_cost, render: (r) => formatMoney(r.project_cost, lang), numeric: true },
    { key: 'personnel', header: ja ? '人件費' : 'Personnel cost', value: (r) => r.personnel_cost, render: (r) => formatMoney(r.personnel_cost, lang), numeric: true },
    { key: 'total', header: ja ? 'トータルコスト' : 'Total cost', value: (r) => r.total_cost, render: (r) => formatMoney(r.total_cost, lang), numeric: true },
    { key: 'change', header: ja ? '前年度比' : 'Change', value: (r) => r.total_cost_change, render: (r) => signedPercent(r.total_cost_change), numeric: true },
    { key: 'general', header: ja ? '一般財源の割合' : 'General fund share', value: (r) => r.general_fund_share, render: (r) => formatPercent(r.general_fund_share), numeric: true },
    {
      key: 'rising',
      header: ja ? '成果当たりコストの悪化' : 'Cost per result worsening',
      value: (r) => r.rising_unit_cost.join('・') || null,
      data: true,
      render: (r) => (r.rising_unit_cost.length ? <span className="tag tag-easier">▲ {r.rising_unit_cost.join('・')}</span> : '—'),
    },
  ];
}

/** Cost per result: one row per indicator, with its trend as a small line. */
export function unitCostColumns(lang: Lang): Column<UnitCost>[] {
  const ja = lang === 'ja';
  return [
    { key: 'program', header: ja ? '事務事業名' : 'Program', value: (r) => r.program, data: true, render: (r) => <ProgramLink programKey={r.program_key}>{r.program ?? `No.${r.sheet_no}`}</ProgramLink> },
    { key: 'kind', header: ja ? '区分' : 'Kind', value: (r) => r.kind, render: (r) => (r.kind === 'outcome' ? (ja ? '成果' : 'Outcome') : ja ? '活動' : 'Output') },
    { key: 'indicator', header: ja ? '指標' : 'Indicator', value: (r) => r.indicator, data: true },
    { key: 'actual', header: ja ? '実績' : 'Actual', value: (r) => r.actual, render: (r) => formatNumber(r.actual, r.unit), numeric: true, data: true },
    { key: 'unit_cost', header: ja ? '1単位当たりコスト（千円）' : 'Cost per unit (¥1,000)', value: (r) => r.unit_cost, render: (r) => unitCostText(r.unit_cost), numeric: true },
    { key: 'change', header: ja ? '前年度比' : 'Change', value: (r) => r.unit_cost_change, render: (r) => signedPercent(r.unit_cost_change), numeric: true },
    { key: 'trend', header: ja ? '推移' : 'Trend', value: (r) => r.history.length, render: (r) => <CostSparkline row={r} lang={lang} /> },
    {
      key: 'flag',
      header: ja ? '2年連続で悪化' : 'Worse 2 years running',
      value: (r) => (r.rising_cost_falling_result ? 1 : 0),
      render: (r) => (r.rising_cost_falling_result ? <span className="tag tag-easier">{ja ? '▲ コスト増・実績減' : '▲ cost up, result down'}</span> : '—'),
    },
  ];
}

/** A cost per unit over the years as a tiny line, named by its figures for a screen reader. */
function CostSparkline({ row, lang, width = 84, height = 22 }: { row: UnitCost; lang: Lang; width?: number; height?: number }) {
  const geo = sparklineGeometry(
    row.history.map((h) => h.unit_cost),
    { width, height, reference: null, pad: 3 },
  );
  const text = row.history.map((h) => `${formatFiscalYear(h.fiscal_year, lang)} ${unitCostText(h.unit_cost)}`).join(lang === 'ja' ? '、' : ', ');
  const label = lang === 'ja' ? `1単位当たりコスト（千円）の推移：${text}` : `Cost per unit (¥1,000) over the years: ${text}`;
  if (geo.dots.length === 0) return <span className="sparkline-none">—</span>;
  return (
    <svg className="sparkline" width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" aria-label={label}>
      <title>{label}</title>
      {geo.segments.map((s, i) => (
        <polyline key={i} points={s} className="sparkline-line" />
      ))}
      {geo.dots.map((d) => (
        <circle key={d.index} cx={d.x} cy={d.y} r={d.index === row.history.length - 1 ? 2.6 : 1.4} className={d.index === row.history.length - 1 ? 'sparkline-dot current' : 'sparkline-dot'} />
      ))}
    </svg>
  );
}

import { useMemo, useState } from 'react';
import { Chart } from '../../charts/Chart';
import { CHART_TYPE_LABELS, CHART_TYPE_LABELS_EN, chartPointLimit, defaultChartSpec, resultChartOption, type ResultChartSpec, type ResultChartType } from '../../console/chart-option';
import type { ConsoleResult } from '../../db/database';
import { formatNumber } from '../../format/ja';
import { useLang } from '../../app/i18n';

/** A chart of the current result: the user picks the type and the X and Y columns. */
export function ResultChart({ result }: { result: ConsoleResult }) {
  const lang = useLang();
  const ja = lang === 'ja';
  const typeLabels = ja ? CHART_TYPE_LABELS : CHART_TYPE_LABELS_EN;
  const initial = useMemo(() => defaultChartSpec(result), [result]);
  const [chosen, setChosen] = useState<{ result: ConsoleResult; spec: ResultChartSpec } | null>(null);
  // a new result starts from its own default choice
  const spec = chosen?.result === result ? chosen.spec : initial;
  const option = useMemo(() => (spec ? resultChartOption(result, spec) : null), [result, spec]);
  if (!spec || !option) return <p className="note">{ja ? 'グラフにするには数値の列が必要です。' : 'A chart needs a numeric column.'}</p>;
  const set = (patch: Partial<ResultChartSpec>) => setChosen({ result, spec: { ...spec, ...patch } });
  const numericColumns = result.columns.map((c, i) => ({ c, i })).filter(({ c }) => c.numeric);
  const limit = chartPointLimit(spec.type);

  return (
    <div className="result-chart" data-testid="result-chart">
      <div className="chart-controls">
        <label>
          {ja ? '種類' : 'Type'}
          <select value={spec.type} onChange={(e) => set({ type: e.target.value as ResultChartType })} data-testid="chart-type">
            {(Object.keys(CHART_TYPE_LABELS) as ResultChartType[]).map((t) => (
              <option key={t} value={t}>
                {typeLabels[t]}
              </option>
            ))}
          </select>
        </label>
        <label>
          {ja ? 'X軸' : 'X axis'}
          <select value={spec.x} onChange={(e) => set({ x: Number(e.target.value) })} data-testid="chart-x">
            {result.columns.map((c, i) => (
              <option key={i} value={i}>
                {c.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          {ja ? 'Y軸' : 'Y axis'}
          <select value={spec.y} onChange={(e) => set({ y: Number(e.target.value) })} data-testid="chart-y">
            {numericColumns.map(({ c, i }) => (
              <option key={i} value={i}>
                {c.name}
              </option>
            ))}
          </select>
        </label>
        {result.rowCount > limit && <span className="note">{ja ? `先頭${formatNumber(limit)}行を表示しています。` : `The first ${formatNumber(limit)} rows are shown.`}</span>}
      </div>
      <Chart option={option} height={340} label={ja ? `${result.columns[spec.y]!.name}（${typeLabels[spec.type]}）` : `${result.columns[spec.y]!.name} (${typeLabels[spec.type]})`} testId="console-chart" exportName="SQL分析のグラフ" />
    </div>
  );
}

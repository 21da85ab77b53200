import { useMemo, useState } from 'react';
import { Chart } from '../../charts/Chart';
import { CHART_TYPE_LABELS, chartPointLimit, defaultChartSpec, resultChartOption, type ResultChartSpec, type ResultChartType } from '../../console/chart-option';
import type { ConsoleResult } from '../../db/database';
import { formatNumber } from '../../format/ja';

/** A chart of the current result: the user picks the type and the X and Y columns. */
export function ResultChart({ result }: { result: ConsoleResult }) {
  const initial = useMemo(() => defaultChartSpec(result), [result]);
  const [chosen, setChosen] = useState<{ result: ConsoleResult; spec: ResultChartSpec } | null>(null);
  // a new result starts from its own default choice
  const spec = chosen?.result === result ? chosen.spec : initial;
  const option = useMemo(() => (spec ? resultChartOption(result, spec) : null), [result, spec]);
  if (!spec || !option) return <p className="note">グラフにするには数値の列が必要です。</p>;
  const set = (patch: Partial<ResultChartSpec>) => setChosen({ result, spec: { ...spec, ...patch } });
  const numericColumns = result.columns.map((c, i) => ({ c, i })).filter(({ c }) => c.numeric);
  const limit = chartPointLimit(spec.type);

  return (
    <div className="result-chart" data-testid="result-chart">
      <div className="chart-controls">
        <label>
          種類
          <select value={spec.type} onChange={(e) => set({ type: e.target.value as ResultChartType })} data-testid="chart-type">
            {(Object.keys(CHART_TYPE_LABELS) as ResultChartType[]).map((t) => (
              <option key={t} value={t}>
                {CHART_TYPE_LABELS[t]}
              </option>
            ))}
          </select>
        </label>
        <label>
          X軸
          <select value={spec.x} onChange={(e) => set({ x: Number(e.target.value) })} data-testid="chart-x">
            {result.columns.map((c, i) => (
              <option key={i} value={i}>
                {c.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          Y軸
          <select value={spec.y} onChange={(e) => set({ y: Number(e.target.value) })} data-testid="chart-y">
            {numericColumns.map(({ c, i }) => (
              <option key={i} value={i}>
                {c.name}
              </option>
            ))}
          </select>
        </label>
        {result.rowCount > limit && <span className="note">先頭{formatNumber(limit)}行を表示しています。</span>}
      </div>
      <Chart option={option} height={340} label={`${result.columns[spec.y]!.name}（${CHART_TYPE_LABELS[spec.type]}）`} testId="console-chart" exportName="SQL分析のグラフ" />
    </div>
  );
}

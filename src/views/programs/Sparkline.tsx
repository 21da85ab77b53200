import { shortFiscalYear } from '../../charts/program-options';
import { sparklineGeometry } from '../../charts/sparkline';
import { formatPercent } from '../../format/ja';
import { useLang } from '../../app/i18n';

export interface SparkPoint {
  year: number;
  value: number | null;
}

/** Mean achievement over the years as a tiny inline SVG; the dashed line is 100%, the last dot is the shown year. */
export function Sparkline({ points, highlightYear, width = 84, height = 22 }: { points: SparkPoint[]; highlightYear?: number | null; width?: number; height?: number }) {
  const geo = sparklineGeometry(
    points.map((p) => p.value),
    { width, height, reference: 1, pad: 3 },
  );
  const lang = useLang();
  const text = points.map((p) => `${lang === 'ja' ? shortFiscalYear(p.year) : `FY${p.year}`} ${formatPercent(p.value)}`).join(lang === 'ja' ? '、' : ', ');
  if (geo.dots.length === 0) return <span className="sparkline-none">—</span>;
  return (
    <svg className="sparkline" width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" aria-label={lang === 'ja' ? `平均達成率の推移：${text}` : `Mean achievement over the years: ${text}`}>
      <title>{lang === 'ja' ? `平均達成率の推移（破線＝100%）\n${text}` : `Mean achievement over the years (dashed = 100%)\n${text}`}</title>
      {geo.referenceY !== null && <line x1={0} x2={width} y1={geo.referenceY} y2={geo.referenceY} className="sparkline-ref" />}
      {geo.segments.map((s, i) => (
        <polyline key={i} points={s} className="sparkline-line" />
      ))}
      {geo.dots.map((d) => (
        <circle key={d.index} cx={d.x} cy={d.y} r={points[d.index]?.year === highlightYear ? 2.6 : 1.4} className={points[d.index]?.year === highlightYear ? 'sparkline-dot current' : 'sparkline-dot'} />
      ))}
    </svg>
  );
}

import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useUrlState } from '../app/url-state';
import { OPTIONAL_PAGE_LABELS, OPTIONAL_PAGES, optionalPagesParam, parseOptionalPages } from '../briefing/optional-pages';
import { useDataset } from '../app/dataset';
import { useScope } from '../app/use-scope';
import { useLang } from '../app/i18n';
import { BriefingDocument } from '../briefing/BriefingDocument';
import type { BriefingScope } from '../briefing/model';
import { Chart } from '../charts/Chart';
import { briefingQuery } from '../queries/briefing-queries';
import { dimensionsQuery } from '../queries/analysis-queries';
import { QueryView } from './common/ViewState';
import type { ChartRequest } from '../briefing/chart-slot';
import '../briefing/briefing.css';

/**
 * 議会説明資料: the filters' year and scope as A4 landscape sheets, printed (or saved as PDF) from the browser.
 * The figures come from the briefing query; the charts are drawn by <Chart> with the SVG renderer, crisp on paper.
 */
export function BriefingView() {
  const ds = useDataset();
  const lang = useLang();
  const ja = lang === 'ja';
  const { scope, thresholds } = useScope();
  const dims = useQuery(dimensionsQuery(ds));
  const year = scope.year ?? null;
  // one city of several: its figures only, and its name in the scope's label (no key at all for one city's data,
  // so the query key stays the one it always was)
  const city = scope.municipality != null ? { municipality: scope.municipality, municipalityName: dims.data?.municipalities.find((m) => m.key === scope.municipality)?.name || null } : {};
  const briefingScope: BriefingScope | null = year === null ? null : { year, pillar: scope.pillar ?? null, department: scope.department ?? null, ...city };
  const [url, go] = useUrlState();
  const pages = useMemo(() => parseOptionalPages(url.pages), [url.pages]);
  // a placeholder scope keeps the hook unconditional; the query stays disabled until the year is known
  const options = briefingQuery(ds, briefingScope ?? { year: 0, pillar: null, department: null }, thresholds, pages);
  const briefing = useQuery({ ...options, enabled: options.enabled && briefingScope !== null });

  return (
    <section className="view briefing-view" data-testid="view-briefing">
      <div className="briefing-toolbar">
        <h2>{ja ? '議会説明資料' : 'Council briefing'}</h2>
        <button type="button" onClick={() => window.print()} data-testid="briefing-print" disabled={!briefing.data}>
          {ja ? '印刷 / PDF保存' : 'Print / save as PDF'}
        </button>
        <span className="hint">
          {ja
            ? '上の絞り込み（年度・施策の大綱・担当課）が資料の範囲です。印刷の設定は「A4・横」、PDF保存は送信先「PDFに保存」を選んでください。'
            : 'The filters above (year, pillar, department) set the scope. Print on A4 landscape; to save a PDF choose "Save as PDF" as the destination.'}
        </span>
        <fieldset className="briefing-options" data-testid="briefing-options">
          <legend>{ja ? '追加のページ' : 'Optional pages'}</legend>
          {OPTIONAL_PAGES.map((p) => (
            <label key={p}>
              <input
                type="checkbox"
                checked={pages.includes(p)}
                data-testid={`briefing-page-${p}`}
                onChange={(e) => go({ pages: optionalPagesParam(e.target.checked ? [...pages, p] : pages.filter((x) => x !== p)) }, { replace: true })}
              />
              {OPTIONAL_PAGE_LABELS[p][lang]}
            </label>
          ))}
        </fieldset>
        {!ja && <p className="note">The briefing is the council's Japanese document and is printed in Japanese (marked as such for screen readers).</p>}
      </div>
      {/* a Japanese council document in both UI languages (docs/accessibility.md): lang="ja" for screen readers */}
      <div lang="ja">
        <QueryView query={briefing}>{(model) => <BriefingDocument model={model} renderChart={renderChart} />}</QueryView>
      </div>
    </section>
  );
}

function renderChart(c: ChartRequest) {
  return (
    <div style={{ width: c.width, maxWidth: '100%' }}>
      <Chart option={c.option} height={c.height} label={c.label} testId={c.testId} renderer="svg" />
    </div>
  );
}

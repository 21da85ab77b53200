import type { RenderChart } from './chart-slot';
import type { BriefingModel, BriefingPage } from './model';
import { PageFrame } from './pages/PageFrame';
import { PillarPage } from './pages/PillarPage';
import { ChangesPage, CostsPage, QualityPage, SimilarPage } from './pages/StrategyPages';
import { SummaryPage } from './pages/SummaryPage';
import { UnderperformersPage } from './pages/UnderperformersPage';
import { ZeroCostPage } from './pages/ZeroCostPage';

/**
 * The briefing's pages, the same markup in the app and in the HTML file: only how a chart is drawn differs
 * (renderChart). CSV text reaches the page as React text children, so React escapes it.
 */
export function BriefingDocument({ model, renderChart }: { model: BriefingModel; renderChart: RenderChart }) {
  return (
    <div className="briefing-doc" data-testid="briefing-doc" data-pages={model.pages.length}>
      {model.pages.map((page) => (
        <PageFrame key={page.number} model={model} page={page}>
          <PageBody model={model} page={page} renderChart={renderChart} />
        </PageFrame>
      ))}
    </div>
  );
}

function PageBody({ model, page, renderChart }: { model: BriefingModel; page: BriefingPage; renderChart: RenderChart }) {
  switch (page.kind) {
    case 'summary':
      return <SummaryPage page={page} near={model.near} under={model.under} renderChart={renderChart} />;
    case 'underperformers':
      return <UnderperformersPage page={page} />;
    case 'pillar':
      return <PillarPage page={page} under={model.under} renderChart={renderChart} />;
    case 'zero-cost':
      return <ZeroCostPage page={page} />;
    case 'costs':
      return <CostsPage page={page} />;
    case 'changes':
      return <ChangesPage page={page} />;
    case 'similar':
      return <SimilarPage page={page} />;
    case 'quality':
      return <QualityPage page={page} />;
  }
}

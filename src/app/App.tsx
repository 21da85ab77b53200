import { lazy, Suspense, useEffect } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { ErrorBoundary } from '../views/common/ErrorBoundary';
import { OverviewView } from '../views/OverviewView';
import { startDataset, useDataset } from './dataset';
import { FilterBar } from './FilterBar';
import { t, VIEW_LABELS } from './i18n';
import { StatusBar } from './StatusBar';
import { PublishControl } from './PublishControl';
import { toSearch, useUrlState, VIEW_NAMES, type ViewName } from './url-state';

// The overview is the first screen; the other views load on first use, keeping the initial JavaScript small.
const PolicyView = lazy(() => import('../views/PolicyView').then((m) => ({ default: m.PolicyView })));
const ProgramsView = lazy(() => import('../views/ProgramsView').then((m) => ({ default: m.ProgramsView })));
const ProgramView = lazy(() => import('../views/ProgramView').then((m) => ({ default: m.ProgramView })));
const GapsView = lazy(() => import('../views/GapsView').then((m) => ({ default: m.GapsView })));
const ZeroCostView = lazy(() => import('../views/ZeroCostView').then((m) => ({ default: m.ZeroCostView })));
const BudgetView = lazy(() => import('../views/BudgetView').then((m) => ({ default: m.BudgetView })));
const CostView = lazy(() => import('../views/CostView').then((m) => ({ default: m.CostView })));
const SimilarView = lazy(() => import('../views/SimilarView').then((m) => ({ default: m.SimilarView })));
const QualityView = lazy(() => import('../views/QualityView').then((m) => ({ default: m.QualityView })));
const ChangesView = lazy(() => import('../views/ChangesView').then((m) => ({ default: m.ChangesView })));
const BriefingView = lazy(() => import('../views/BriefingView').then((m) => ({ default: m.BriefingView })));
const ConsoleView = lazy(() => import('../views/ConsoleView').then((m) => ({ default: m.ConsoleView })));
const DataView = lazy(() => import('../views/DataView').then((m) => ({ default: m.DataView })));

const VIEWS: Record<ViewName, React.ComponentType> = {
  overview: OverviewView,
  policy: PolicyView,
  programs: ProgramsView,
  program: ProgramView,
  gaps: GapsView,
  'zero-cost': ZeroCostView,
  budget: BudgetView,
  cost: CostView,
  similar: SimilarView,
  quality: QualityView,
  changes: ChangesView,
  briefing: BriefingView,
  console: ConsoleView,
  data: DataView,
};

export function App() {
  const [url, go] = useUrlState();
  const ds = useDataset();
  const queryClient = useQueryClient();
  useEffect(() => {
    void startDataset();
  }, []);
  // Persisted figures are shown at once; when DuckDB is ready, every shown query is recomputed and replaces them.
  useEffect(() => {
    if (ds.phase === 'ready') void queryClient.invalidateQueries({ queryKey: ['analysis'] });
  }, [ds.phase, ds.version, queryClient]);
  useEffect(() => {
    document.documentElement.lang = url.lang;
  }, [url.lang]);
  // each screen has its own title (WCAG 2.4.2), in the screen's language
  useEffect(() => {
    document.title = `${VIEW_LABELS[url.view][url.lang]} — ${t(url.lang, 'title')} ${t(url.lang, 'subtitle')}`;
  }, [url.view, url.lang]);
  const View = VIEWS[url.view];
  return (
    <div className="app">
      {/* first in the tab order: past the header, the navigation and the filters, straight to the view */}
      <a className="skip-link" href="#main">
        {t(url.lang, 'skip')}
      </a>
      <header className="app-header">
        <h1>
          {t(url.lang, 'title')} <small>{t(url.lang, 'subtitle')}</small>
        </h1>
        <nav aria-label={t(url.lang, 'views')}>
          {VIEW_NAMES.filter((v) => v !== 'program' || url.view === 'program').map((v) => (
            <a
              key={v}
              href={toSearch({ ...url, view: v }) || '?'}
              aria-current={url.view === v ? 'page' : undefined}
              data-testid={`nav-${v}`}
              onClick={(e) => {
                e.preventDefault();
                go({ view: v });
              }}
            >
              {VIEW_LABELS[v][url.lang]}
            </a>
          ))}
        </nav>
        <div className="header-tools">
          {/* the other language's name, in that language (and marked so a screen reader says it right) */}
          <button type="button" lang={url.lang === 'ja' ? 'en' : 'ja'} data-testid="lang-toggle" onClick={() => go({ lang: url.lang === 'ja' ? 'en' : 'ja' })}>
            {url.lang === 'ja' ? 'English' : '日本語'}
          </button>
          <button type="button" onClick={() => window.print()}>
            {t(url.lang, 'print')}
          </button>
          <PublishControl lang={url.lang} />
        </div>
      </header>
      <StatusBar />
      {url.view !== 'data' && url.view !== 'console' && <FilterBar />}
      <main id="main" tabIndex={-1}>
        <ErrorBoundary resetKey={url.view}>
          <Suspense fallback={<p className="state loading">{t(url.lang, 'viewLoading')}</p>}>
            <View />
          </Suspense>
        </ErrorBoundary>
      </main>
    </div>
  );
}

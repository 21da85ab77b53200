import { useDataset } from './dataset';
import { t } from './i18n';
import { useUrlState } from './url-state';

/** Where the page is: DuckDB starting, files importing (progress bar), cached figures on screen, the data source. */
export function StatusBar() {
  const ds = useDataset();
  const [url] = useUrlState();
  return (
    <div className="status-bar" data-testid="status-bar" data-phase={ds.phase}>
      {ds.source === 'sample' && <span className="sample-label">{t(url.lang, 'sample')}</span>}
      {ds.phase === 'starting' && (
        <span role="status" data-testid="cached-badge" className="cached">
          {t(url.lang, 'starting')} {t(url.lang, 'cached')}
        </span>
      )}
      {ds.phase === 'importing' && ds.progress && (
        <span role="status">
          {t(url.lang, 'importing')} <progress max={ds.progress.total || 1} value={ds.progress.done} /> {ds.progress.done}/{ds.progress.total}
        </span>
      )}
      {ds.phase === 'error' && (
        <span role="alert" className="error">
          {t(url.lang, 'startFailed')}: {ds.error}
        </span>
      )}
      {ds.phase === 'ready' && ds.importedAt && <span className="imported-at">
          {t(url.lang, 'importedAt')} {ds.importedAt}
        </span>}
    </div>
  );
}

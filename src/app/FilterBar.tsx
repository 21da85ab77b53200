import { useQuery } from '@tanstack/react-query';
import { dimensionsQuery } from '../queries/analysis-queries';
import { formatFiscalYear, STATUS_LABELS_JA, statusLabel } from '../format/ja';
import { useDataset } from './dataset';
import { t } from './i18n';
import { ThresholdsControl } from './ThresholdsControl';
import { useUrlState } from './url-state';

/** Global filters, kept in the URL: fiscal year (latest by default), pillar, department, status, and the evaluation thresholds. */
export function FilterBar() {
  const ds = useDataset();
  const [url, go] = useUrlState();
  const dims = useQuery(dimensionsQuery(ds));
  const years = dims.data?.years ?? [];
  return (
    <div className="filters" role="search" aria-label={url.lang === 'ja' ? '絞り込み' : 'Filters'}>
      <label>
        {t(url.lang, 'year')}
        <select data-testid="filter-year" value={url.year ?? years[0] ?? ''} onChange={(e) => go({ year: Number(e.target.value) })}>
          {years.map((y) => (
            <option key={y} value={y}>
              {formatFiscalYear(y, url.lang)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t(url.lang, 'pillar')}
        <select data-testid="filter-pillar" value={url.pillar ?? ''} onChange={(e) => go({ pillar: e.target.value || null, goal: null, measure: null })}>
          <option value="">{t(url.lang, 'all')}</option>
          {(dims.data?.pillars ?? []).map((p) => (
            <option key={p} value={p} lang="ja">
              {p}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t(url.lang, 'department')}
        <select data-testid="filter-department" value={url.department ?? ''} onChange={(e) => go({ department: e.target.value || null })}>
          <option value="">{t(url.lang, 'all')}</option>
          {(dims.data?.departments ?? []).map((d) => (
            <option key={d} value={d} lang="ja">
              {d}
            </option>
          ))}
        </select>
      </label>
      {/* the briefing's scope is year, pillar or department: a status filter there would look as if it applied */}
      {url.view !== 'briefing' && (
        <label>
          {t(url.lang, 'status')}
          <select data-testid="filter-status" value={url.status ?? ''} onChange={(e) => go({ status: e.target.value || null })}>
            <option value="">{t(url.lang, 'all')}</option>
            {(Object.keys(STATUS_LABELS_JA) as (keyof typeof STATUS_LABELS_JA)[]).map((k) => (
              <option key={k} value={k}>
                {statusLabel(k, url.lang)}
              </option>
            ))}
          </select>
        </label>
      )}
      <ThresholdsControl lang={url.lang} percents={{ near: url.near, under: url.under, over: url.over }} />
    </div>
  );
}

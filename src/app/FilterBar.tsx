import { useQuery } from '@tanstack/react-query';
import { defaultYear } from '../analyses/dimensions';
import { dimensionsQuery } from '../queries/analysis-queries';
import { formatFiscalYear, STATUS_LABELS_JA, statusLabel } from '../format/ja';
import { useDataset } from './dataset';
import { t } from './i18n';
import { ThresholdsControl } from './ThresholdsControl';
import { useUrlState } from './url-state';

/** The select's value for 'every city' (a municipality_key is never this: keys are compacted names or digits). */
const ALL = '*';

/**
 * Global filters, kept in the URL: the municipality (with two or more cities loaded), fiscal year (the default of
 * defaultYear), pillar, department, status, and the evaluation thresholds. With a city chosen, the years, pillars
 * and departments offered are that city's.
 */
export function FilterBar() {
  const ds = useDataset();
  const [url, go] = useUrlState();
  const dims = useQuery(dimensionsQuery(ds));
  const cities = dims.data?.municipalities ?? [];
  const city = url.municipality !== null ? cities.find((m) => m.key === url.municipality) : undefined;
  const years = city?.years ?? dims.data?.years ?? [];
  const shownYear = url.year ?? defaultYear(dims.data, url.municipality).year;
  return (
    <div className="filters" role="search" aria-label={url.lang === 'ja' ? '絞り込み' : 'Filters'}>
      {cities.length >= 2 && (
        <label>
          {t(url.lang, 'municipality')}
          <select
            data-testid="filter-municipality"
            value={url.municipality ?? ALL}
            // another city has other pillars, departments and years: those filters start again
            onChange={(e) => go({ municipality: e.target.value === ALL ? null : e.target.value, year: null, pillar: null, goal: null, measure: null, department: null, program: null })}
          >
            <option value={ALL}>{t(url.lang, 'allMunicipalities')}</option>
            {cities.map((m) => (
              <option key={m.key} value={m.key} lang={m.name ? 'ja' : undefined}>
                {m.name || t(url.lang, 'noMunicipality')}
              </option>
            ))}
          </select>
        </label>
      )}
      <label>
        {t(url.lang, 'year')}
        <select data-testid="filter-year" value={shownYear ?? ''} onChange={(e) => go({ year: Number(e.target.value) })}>
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
          {(city?.pillars ?? dims.data?.pillars ?? []).map((p) => (
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
          {(city?.departments ?? dims.data?.departments ?? []).map((d) => (
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

import type { Lang } from '../../app/i18n';
import { navigate } from '../../app/url-state';
import { formatFiscalYear } from '../../format/ja';

/**
 * Said when the overview opened on an earlier year than the latest: the latest year has no result at all (a year of
 * plans, such as 大船渡市's 令和7), so the latest year with results is shown (docs/analyses.md). One click shows the
 * latest year all the same.
 */
export function YearFallbackNote({ latest, shown, lang }: { latest: number; shown: number; lang: Lang }) {
  const ja = lang === 'ja';
  return (
    <p className="note year-fallback" data-testid="year-fallback" role="note">
      {ja
        ? `最新の${formatFiscalYear(latest)}には成果の実績がまだない（計画だけの年度です）ため、実績のある最新の${formatFiscalYear(shown)}を表示しています。`
        : `The latest year, ${formatFiscalYear(latest, lang)}, has no results yet (it holds plans only), so the latest year with results, ${formatFiscalYear(shown, lang)}, is shown.`}{' '}
      <button type="button" className="link-button" data-testid="show-latest-year" onClick={() => navigate({ year: latest })}>
        {ja ? `${formatFiscalYear(latest)}を表示する` : `Show ${formatFiscalYear(latest, lang)}`}
      </button>
    </p>
  );
}

import { useQuery } from '@tanstack/react-query';
import { useId, useMemo } from 'react';
import type { MunicipalityDimensions } from '../../analyses/dimensions';
import type { Scope, Thresholds } from '../../analyses/scope';
import { useDataset } from '../../app/dataset';
import { t, type Lang } from '../../app/i18n';
import { navigate } from '../../app/url-state';
import { Chart } from '../../charts/Chart';
import { statusByPillarOption, unsetLabel } from '../../charts/overview-options';
import { statusSummary } from '../../charts/summaries';
import { formatFiscalYear, formatMoney, formatPercent, statusLabel } from '../../format/ja';
import { comparisonQuery, type CityRollup } from '../../queries/analysis-queries';
import { DataTable } from '../common/DataTable';
import { QueryView } from '../common/ViewState';
import { NavLink } from '../programs/NavLink';

interface Row {
  id: string;
  city: string;
  cityKey: string;
  pillar: string | null;
  total: boolean;
  programs: number;
  achieved: number;
  near: number;
  missed: number;
  not_measured: number;
  budget: number | null;
  spend: number | null;
  execution: number | null;
}

/**
 * 団体別の比較: with two or more cities loaded (and none chosen), each city's outcome status by pillar side by side,
 * and one table of every city's pillars with their status counts and money — the charts' text alternative. A
 * city's name in the table chooses it in the filters (the keyboard path of the charts' titles).
 */
export function MunicipalityComparison({ cities, scope, thresholds, lang }: { cities: MunicipalityDimensions[]; scope: Scope; thresholds: Thresholds; lang: Lang }) {
  const ds = useDataset();
  const tableId = useId();
  const ja = lang === 'ja';
  const list = useMemo(() => cities.map((c) => ({ key: c.key, name: c.name })), [cities]);
  const opts = comparisonQuery(ds, list, scope, thresholds);
  const q = useQuery({ ...opts, enabled: opts.enabled && scope.year != null });
  const cityName = (c: { name: string }) => c.name || t(lang, 'noMunicipality');
  return (
    <section className="panel comparison" data-testid="municipality-comparison" aria-labelledby={`${tableId}-title`}>
      <h3 id={`${tableId}-title`}>
        {ja ? '団体別の比較（施策の大綱別）' : 'Municipalities side by side (by policy pillar)'} {scope.year ? formatFiscalYear(scope.year, lang) : ''}
      </h3>
      <QueryView query={q} isEmpty={(r) => r.length === 0}>
        {(rollups) => (
          <>
            <div className="grid-2">
              {rollups.map((c) => (
                <CityChart key={c.key} city={c} name={cityName(c)} year={scope.year ?? null} tableId={tableId} lang={lang} />
              ))}
            </div>
            <DataTable<Row>
              id={tableId}
              testId="table-comparison"
              exportName={ja ? '団体別_施策の大綱別' : 'municipalities-by-pillar'}
              caption={ja ? '団体別・施策の大綱別 成果指標の達成状況と予算額・決算額' : 'Outcome status, budget and spend by municipality and policy pillar'}
              rows={tableRows(rollups, cityName)}
              rowKey={(r) => r.id}
              columns={[
                {
                  key: 'city',
                  header: ja ? '団体' : 'Municipality',
                  value: (r) => r.city,
                  data: true,
                  render: (r) => (r.total ? <NavLink to={{ municipality: r.cityKey, pillar: null, department: null }}>{r.city}</NavLink> : r.city),
                },
                { key: 'pillar', header: ja ? '施策の大綱' : 'Policy pillar', value: (r) => (r.total ? (ja ? '（全体）' : '(all)') : (r.pillar ?? unsetLabel(lang))), data: true },
                { key: 'programs', header: ja ? '事業数' : 'Programs', value: (r) => r.programs, numeric: true },
                { key: 'achieved', header: statusLabel('achieved', lang), value: (r) => r.achieved, numeric: true },
                { key: 'near', header: statusLabel('near', lang), value: (r) => r.near, numeric: true },
                { key: 'missed', header: statusLabel('missed', lang), value: (r) => r.missed, numeric: true },
                { key: 'not_measured', header: statusLabel('not_measured', lang), value: (r) => r.not_measured, numeric: true },
                { key: 'budget', header: ja ? '予算額' : 'Budget', value: (r) => r.budget, render: (r) => formatMoney(r.budget, lang), numeric: true },
                { key: 'spend', header: ja ? '決算額' : 'Spend', value: (r) => r.spend, render: (r) => formatMoney(r.spend, lang), numeric: true },
                { key: 'execution', header: ja ? '執行率' : 'Execution', value: (r) => r.execution, render: (r) => formatPercent(r.execution), numeric: true },
              ]}
            />
          </>
        )}
      </QueryView>
    </section>
  );
}

function CityChart({ city, name, year, tableId, lang }: { city: CityRollup; name: string; year: number | null; tableId: string; lang: Lang }) {
  const option = useMemo(() => statusByPillarOption(city.rows, lang), [city.rows, lang]);
  const total = city.rows.find((r) => r.level === 'city');
  const title = lang === 'ja' ? `${name} 施策の大綱別 成果指標の達成状況` : `${name}: outcome status by policy pillar`;
  return (
    <figure className="panel" data-testid={`comparison-${city.key || 'none'}`}>
      <figcaption lang={city.name ? 'ja' : undefined}>{title}</figcaption>
      {total ? (
        <Chart
          option={option}
          label={title}
          summary={statusSummary(year, total, lang)}
          tableId={tableId}
          testId={`chart-comparison-${city.key || 'none'}`}
          exportName={`${name}_施策の大綱別_達成状況`}
          onClick={(p) => navigate({ view: 'programs', municipality: city.key, pillar: p.name })}
        />
      ) : (
        <p className="state empty">{lang === 'ja' ? 'この年度のシートはありません。' : 'No sheets in this year.'}</p>
      )}
    </figure>
  );
}

function tableRows(rollups: CityRollup[], cityName: (c: { name: string }) => string): Row[] {
  return rollups.flatMap((c) =>
    c.rows.map((r) => ({
      id: `${c.key}|${r.level}|${r.pillar ?? ''}`,
      city: cityName(c),
      cityKey: c.key,
      pillar: r.pillar,
      total: r.level === 'city',
      programs: r.programs,
      achieved: r.achieved,
      near: r.near,
      missed: r.missed,
      not_measured: r.not_measured,
      budget: r.budget,
      spend: r.spend,
      execution: r.execution,
    })),
  );
}

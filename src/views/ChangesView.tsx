import { useQuery } from '@tanstack/react-query';
import { useId, useMemo } from 'react';
import { CHANGE_ORDER, DEFAULT_MONEY_CHANGE, type ChangeKind, type ProgramChange } from '../analyses/changes';
import { useDataset } from '../app/dataset';
import { useLang, type Lang } from '../app/i18n';
import { useUrlState } from '../app/url-state';
import { useScope } from '../app/use-scope';
import { changeCounts, changeCountsOption } from '../charts/changes-options';
import { Chart } from '../charts/Chart';
import { CHANGE_LABELS, changeDetail } from '../format/change-words';
import { formatCount, formatFiscalYear, formatPercent } from '../format/ja';
import { changesQuery } from '../queries/strategy-queries';
import { DataTable, type Column } from './common/DataTable';
import { QueryView } from './common/ViewState';
import { LimitedTable } from './gaps/LimitedTable';
import { ProgramLink } from './gaps/ProgramLink';
import './gaps/analysis-views.css';
import { Figure } from './common/Figure';

const isChange = (v: string | null): v is ChangeKind => v !== null && (CHANGE_ORDER as readonly string[]).includes(v);

/** 前年度からの変化: new, ended, renamed and renumbered programs, moved targets, indicators, and money beyond a threshold. */
export function ChangesView() {
  const ds = useDataset();
  const lang = useLang();
  const ja = lang === 'ja';
  const tableId = useId();
  const { scope, ready } = useScope();
  const [url, go] = useUrlState();
  const opts = changesQuery(ds, scope);
  const changes = useQuery({ ...opts, enabled: opts.enabled && ready });
  const kind = isChange(url.change) ? url.change : null;
  const counts = useMemo(() => changeCounts(changes.data ?? []), [changes.data]);
  const option = useMemo(() => (changes.data ? changeCountsOption(counts, lang) : null), [changes.data, counts, lang]);
  const shown = useMemo(() => (changes.data ?? []).filter((r) => kind === null || r.change === kind), [changes.data, kind]);
  const year = changes.data?.[0]?.fiscal_year ?? scope.year ?? null;
  const n = (k: ChangeKind) => counts.find((c) => c.change === k)?.n ?? 0;
  const threshold = formatPercent(DEFAULT_MONEY_CHANGE);

  return (
    <section className="view view-analysis" data-testid="view-changes">
      <h2>
        {ja ? '前年度からの変化' : 'Changes since last year'} {year ? formatFiscalYear(year, lang) : ''}
      </h2>
      <p className="lede">
        {ja
          ? `前年度のシートと比べて、新規・終了・名称変更・シートNo.の変更・担当課や施策の変更、トータルコストの${threshold}以上の増減、目標値の変更、指標の追加と削除を一覧にします。事業は事業コード（なければ名称）で前年度と対応づけます。`
          : `Compared with last year's sheets: new, ended, renamed and renumbered programs, a new department or measure, total cost up or down by ${threshold} or more, moved targets, and indicators added or dropped. Programs are matched by their program code (else their name).`}
      </p>
      <QueryView query={changes} isEmpty={() => false}>
        {() => (
          <dl className="headline" data-testid="headline-changes">
            <Figure k="new" label={CHANGE_LABELS.new[lang]} value={formatCount(n('new'), lang, '事業', 'programs')} />
            <Figure k="ended" label={CHANGE_LABELS.ended[lang]} value={formatCount(n('ended'), lang, '事業', 'programs')} />
            <Figure k="renamed" label={ja ? '名称・シートNo.の変更' : 'Renamed or renumbered'} value={formatCount(n('renamed') + n('renumbered'), lang, '件', 'changes')} />
            <Figure k="money" label={ja ? `コストの${threshold}以上の増減` : `Cost up or down ${threshold}+`} value={formatCount(n('money_up') + n('money_down'), lang, '事業', 'programs')} />
            <Figure k="targets" label={CHANGE_LABELS.target_moved[lang]} value={formatCount(n('target_moved'), lang, '指標', 'indicators')} />
          </dl>
        )}
      </QueryView>

      <figure className="panel">
        <div className="panel-head">
          <figcaption>{ja ? '変化の種類別の件数' : 'Changes by kind'}</figcaption>
          <span className="count">{ja ? '棒をクリックするか下のボタンで、その種類だけを一覧に表示' : 'Click a bar, or use the buttons below, to list one kind only'}</span>
        </div>
        <QueryView query={changes} isEmpty={(rows) => rows.length === 0}>
          {() =>
            option && (
              <>
                <Chart
                  option={option}
                  height={360}
                  label={ja ? '変化の種類別の件数の棒グラフ' : 'Bar chart of the changes by kind'}
                  summary={counts.filter((c) => c.n > 0).map((c) => `${CHANGE_LABELS[c.change][lang]} ${formatCount(c.n, lang)}`).join(ja ? '、' : ', ')}
                  tableId={tableId}
                  testId="chart-changes"
                  onClick={(p) => {
                    const c = counts[p.dataIndex];
                    if (c) go({ change: c.change }, { replace: true });
                  }}
                />
                <details className="table-alt">
                  <summary>{ja ? '表で見る' : 'As a table'}</summary>
                  <DataTable
                    id={tableId}
                    testId="table-change-counts"
                    exportName="変化の種類別件数"
                    rows={counts}
                    rowKey={(c) => c.change}
                    columns={[
                      { key: 'change', header: ja ? '変化' : 'Change', value: (c) => CHANGE_ORDER.indexOf(c.change), render: (c) => CHANGE_LABELS[c.change][lang] },
                      { key: 'n', header: ja ? '件数' : 'Count', value: (c) => c.n, numeric: true },
                    ]}
                  />
                </details>
              </>
            )
          }
        </QueryView>
      </figure>

      <section className="panel">
        <div className="panel-head">
          <h3>{kind ? CHANGE_LABELS[kind][lang] : ja ? 'すべての変化' : 'Every change'}</h3>
          {changes.data && <span className="count">{formatCount(shown.length, lang, '件', 'changes')}</span>}
        </div>
        <div className="seg change-filter" role="group" aria-label={ja ? '変化の種類で絞り込み' : 'Filter by kind of change'}>
          <button type="button" aria-pressed={kind === null} onClick={() => go({ change: null }, { replace: true })}>
            {ja ? 'すべて' : 'All'}
          </button>
          {counts
            .filter((c) => c.n > 0)
            .map((c) => (
              <button key={c.change} type="button" aria-pressed={kind === c.change} data-testid={`change-${c.change}`} onClick={() => go({ change: c.change }, { replace: true })}>
                {CHANGE_LABELS[c.change][lang]}（{c.n}）
              </button>
            ))}
        </div>
        <QueryView query={changes} isEmpty={() => shown.length === 0}>
          {() => <LimitedTable testId="table-changes" exportName={kind ? `前年度からの変化_${CHANGE_LABELS[kind].ja}` : '前年度からの変化'} rows={shown} columns={changeColumns(lang)} rowKey={changeKey} limit={30} />}
        </QueryView>
      </section>
    </section>
  );
}

function changeKey(c: ProgramChange): string {
  return [c.change, c.municipality_key, c.program_key, c.sheet_no, c.previous_sheet_no, c.kind, c.indicator, c.unit, c.from_text, c.from_value].join('|');
}

function changeColumns(lang: Lang): Column<ProgramChange>[] {
  const ja = lang === 'ja';
  return [
    { key: 'change', header: ja ? '変化' : 'Change', value: (c) => CHANGE_ORDER.indexOf(c.change), render: (c) => <span className="tag">{CHANGE_LABELS[c.change][lang]}</span> },
    { key: 'sheet', header: 'No.', value: (c) => c.sheet_no ?? c.previous_sheet_no },
    {
      key: 'program',
      header: ja ? '事務事業名' : 'Program',
      value: (c) => c.program,
      data: true,
      render: (c) => (c.change === 'ended' ? (c.program ?? '—') : <ProgramLink programKey={c.program_key}>{c.program ?? '—'}</ProgramLink>),
    },
    { key: 'department', header: ja ? '担当課' : 'Department', value: (c) => c.department, data: true },
    { key: 'indicator', header: ja ? '指標' : 'Indicator', value: (c) => c.indicator, data: true },
    { key: 'detail', header: ja ? '内容' : 'What changed', value: (c) => changeDetail(c, lang), data: true },
  ];
}

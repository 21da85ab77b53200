import { useQuery } from '@tanstack/react-query';
import { useId, useMemo } from 'react';
import { FLAG_POINTS, QUALITY_FLAGS, type QualityDepartment, type QualityFlagRow, type QualityProgram } from '../analyses/sheet-quality';
import { EASY_TARGET_YEARS, MISSING_YEARS } from '../analyses/sheet-quality-sql';
import { useDataset } from '../app/dataset';
import { useLang, type Lang } from '../app/i18n';
import { useScope } from '../app/use-scope';
import { Chart } from '../charts/Chart';
import { departmentScoreOption, flagCounts, flagCountsOption, scoreBand } from '../charts/quality-options';
import { formatCount, formatFiscalYear, formatNumber } from '../format/ja';
import { FLAG_LABELS, qualityReason } from '../format/quality-reasons';
import { sheetQualityQuery } from '../queries/strategy-queries';
import { DataTable, type Column } from './common/DataTable';
import { QueryView } from './common/ViewState';
import { LimitedTable } from './gaps/LimitedTable';
import { ProgramLink } from './gaps/ProgramLink';
import './gaps/analysis-views.css';
import { Figure } from './common/Figure';

const oneDecimal = (v: number) => formatNumber(Math.round(v * 10) / 10);
const departmentName = (d: { department: string | null }, lang: Lang) => d.department ?? (lang === 'ja' ? '（担当課なし）' : '(no department)');

/**
 * シートの質 (internal: the public edition never shows it): each sheet's flags with their reasons, each sheet's score and
 * each department's mean — where coaching is needed.
 */
export function QualityView() {
  const ds = useDataset();
  const lang = useLang();
  const ja = lang === 'ja';
  const depTableId = useId();
  const flagTableId = useId();
  const { scope, thresholds, ready } = useScope();
  const opts = sheetQualityQuery(ds, scope, thresholds);
  const quality = useQuery({ ...opts, enabled: opts.enabled && ready });
  const departments = useMemo(() => quality.data?.departments ?? [], [quality.data]);
  const counts = useMemo(() => flagCounts(quality.data?.programs ?? []), [quality.data]);
  const depOption = useMemo(() => (departments.length ? departmentScoreOption(departments, lang) : null), [departments, lang]);
  const countOption = useMemo(() => (quality.data ? flagCountsOption(counts, lang) : null), [quality.data, counts, lang]);
  const programs = useMemo(() => [...(quality.data?.programs ?? [])].sort((a, b) => a.score - b.score || a.flags.length - b.flags.length), [quality.data]);
  const sheets = quality.data?.programs.length ?? 0;
  const flagged = quality.data?.programs.filter((p) => p.flags.length > 0).length ?? 0;
  const mean = sheets ? quality.data!.programs.reduce((s, p) => s + p.score, 0) / sheets : null;

  return (
    <section className="view view-analysis" data-testid="view-quality">
      <h2>
        {ja ? 'シートの質' : 'Sheet quality'} {scope.year ? formatFiscalYear(scope.year, lang) : ''}
      </h2>
      <p className="scope-note" data-testid="internal-note">
        {ja ? '内部向け（行政評価の担当課用）の画面です。公開版には載りません。' : 'For internal use (the evaluation office). It is never part of the public edition.'}
      </p>
      <p className="lede">
        {ja
          ? `シートが形だけになっていないかを見ます。目標が易しい（${EASY_TARGET_YEARS}年以上続けて達成し目標は据え置きか引き下げ）、目標値・実績値が${MISSING_YEARS}年以上未記入、成果指標が事業の活動量を数えている、振り返りや目的が前年度とほぼ同じ文、総合評価・今後の方向性が結果と合わない — の指摘ごとに理由を示します。点数は100点から指摘の種類ごとの点（${QUALITY_FLAGS.map((f) => `${FLAG_LABELS[f].ja}${FLAG_POINTS[f]}`).join('・')}）を引いたものです。`
          : `Is the sheet more than a formality? Each flag comes with its reason: targets too easy (achieved ${EASY_TARGET_YEARS} or more years running with an unchanged or lowered target), targets or actuals missing ${MISSING_YEARS} or more years, an outcome that counts the program's own work, a reflection or purpose that repeats last year's, a rating that does not match the results. The score is 100 less the points of each kind of flag (${QUALITY_FLAGS.map((f) => `${FLAG_LABELS[f].en} ${FLAG_POINTS[f]}`).join(', ')}).`}
      </p>
      <QueryView query={quality} isEmpty={(q) => q.programs.length === 0}>
        {() => (
          <dl className="headline headline-4" data-testid="headline-quality">
            <Figure k="mean" label={ja ? '平均点' : 'Mean score'} value={mean === null ? '—' : oneDecimal(mean)} />
            <Figure k="flagged" label={ja ? '指摘のある事業' : 'Programs flagged'} value={ja ? `${formatCount(flagged, lang, '事業')} / ${formatCount(sheets, lang, '事業')}` : `${flagged} of ${sheets}`} />
            <Figure k="flags" label={ja ? '指摘の件数' : 'Flags'} value={formatCount(quality.data?.flags.length, lang, '件', 'flags')} />
            <Figure k="lowest" label={ja ? '平均点が60点未満の担当課' : 'Departments below 60'} value={formatCount(departments.filter((d) => d.mean_score < 60).length, lang, '課', 'departments')} />
          </dl>
        )}
      </QueryView>

      <div className="grid-2 grid-shrink">
        <figure className="panel">
          <div className="panel-head">
            <figcaption>{ja ? '担当課別 シートの平均点（低い順）' : 'Mean sheet score by department (lowest first)'}</figcaption>
            <span className="count">{ja ? '✕ 60点未満・△ 80点未満・◎ 80点以上' : '✕ below 60 · △ below 80 · ◎ 80 and up'}</span>
          </div>
          <QueryView query={quality} isEmpty={() => departments.length === 0}>
            {() =>
              depOption && (
                <>
                  <Chart option={depOption} height={Math.max(240, 60 + departments.length * 24)} label={ja ? '担当課別のシートの平均点の棒グラフ' : 'Bar chart of the mean sheet score by department'} summary={departmentSummary(departments, lang)} tableId={depTableId} testId="chart-quality-departments" />
                  <details className="table-alt">
                    <summary>{ja ? '表で見る' : 'As a table'}</summary>
                    <DataTable id={depTableId} testId="table-quality-departments" exportName="担当課別シートの質" rows={departments} columns={departmentColumns(lang)} rowKey={(d) => departmentName(d, 'ja')} />
                  </details>
                </>
              )
            }
          </QueryView>
        </figure>
        <figure className="panel">
          <div className="panel-head">
            <figcaption>{ja ? '指摘の種類別 事業数' : 'Programs by kind of flag'}</figcaption>
          </div>
          <QueryView query={quality} isEmpty={(q) => q.programs.length === 0}>
            {() =>
              countOption && (
                <>
                  <Chart option={countOption} height={300} label={ja ? '指摘の種類別の事業数の棒グラフ' : 'Bar chart of programs by kind of flag'} summary={counts.map((c) => `${FLAG_LABELS[c.flag][lang]} ${formatCount(c.sheets, lang)}`).join(ja ? '、' : ', ')} tableId={flagTableId} testId="chart-quality-flags" />
                  <details className="table-alt">
                    <summary>{ja ? '表で見る' : 'As a table'}</summary>
                    <DataTable
                      id={flagTableId}
                      testId="table-quality-flag-counts"
                      exportName="指摘の種類別事業数"
                      rows={counts}
                      rowKey={(c) => c.flag}
                      columns={[
                        { key: 'flag', header: ja ? '指摘' : 'Flag', value: (c) => QUALITY_FLAGS.indexOf(c.flag), render: (c) => FLAG_LABELS[c.flag][lang] },
                        { key: 'points', header: ja ? '減点' : 'Points', value: (c) => FLAG_POINTS[c.flag], numeric: true },
                        { key: 'sheets', header: ja ? '事業数' : 'Programs', value: (c) => c.sheets, numeric: true },
                      ]}
                    />
                  </details>
                </>
              )
            }
          </QueryView>
        </figure>
      </div>

      <section className="panel">
        <div className="panel-head">
          <h3>{ja ? '指摘と理由' : 'Flags and their reasons'}</h3>
          {quality.data && <span className="count">{formatCount(quality.data.flags.length, lang, '件', 'flags')}</span>}
        </div>
        <QueryView query={quality} isEmpty={(q) => q.flags.length === 0}>
          {(q) => <LimitedTable testId="table-quality-flags" exportName="シートの質の指摘" rows={q.flags} columns={flagColumns(lang)} rowKey={flagKey} limit={30} />}
        </QueryView>
      </section>

      <section className="panel">
        <div className="panel-head">
          <h3>{ja ? '事業別の点数（低い順）' : 'Score per program (lowest first)'}</h3>
        </div>
        <QueryView query={quality} isEmpty={(q) => q.programs.length === 0}>
          {() => <LimitedTable testId="table-quality-programs" exportName="事業別シートの点数" rows={programs} columns={programColumns(lang)} rowKey={(p) => `${p.municipality_key}|${p.fiscal_year}|${p.sheet_no}`} limit={20} />}
        </QueryView>
      </section>
    </section>
  );
}

function flagKey(f: QualityFlagRow): string {
  return [f.flag, f.municipality_key, f.fiscal_year, f.sheet_no, f.indicator_id, f.detail].join('|');
}

function departmentSummary(rows: QualityDepartment[], lang: Lang): string {
  const low = rows[0];
  if (!low) return '';
  return lang === 'ja'
    ? `${formatCount(rows.length, lang, '課')}。最も低いのは「${departmentName(low, lang)}」の${oneDecimal(low.mean_score)}点（${formatCount(low.flagged, lang, '事業')}に指摘）。`
    : `${rows.length} departments; the lowest mean score is ${oneDecimal(low.mean_score)} (first row of the table).`;
}

function departmentColumns(lang: Lang): Column<QualityDepartment>[] {
  const ja = lang === 'ja';
  return [
    { key: 'department', header: ja ? '担当課' : 'Department', value: (d) => departmentName(d, lang), data: true },
    { key: 'mean', header: ja ? '平均点' : 'Mean score', value: (d) => d.mean_score, render: (d) => `${scoreBand(d.mean_score).mark} ${oneDecimal(d.mean_score)}`, numeric: true },
    { key: 'programs', header: ja ? '事業数' : 'Programs', value: (d) => d.programs, numeric: true },
    { key: 'flagged', header: ja ? '指摘のある事業' : 'Flagged', value: (d) => d.flagged, numeric: true },
    ...QUALITY_FLAGS.map((f) => ({ key: f, header: FLAG_LABELS[f][lang], value: (d: QualityDepartment) => d[f], numeric: true })),
  ];
}

function flagColumns(lang: Lang): Column<QualityFlagRow>[] {
  const ja = lang === 'ja';
  return [
    { key: 'sheet', header: 'No.', value: (f) => (Number.isFinite(Number(f.sheet_no)) ? Number(f.sheet_no) : f.sheet_no), render: (f) => f.sheet_no },
    { key: 'program', header: ja ? '事務事業名' : 'Program', value: (f) => f.program, data: true, render: (f) => <ProgramLink programKey={f.program_key}>{f.program ?? `No.${f.sheet_no}`}</ProgramLink> },
    { key: 'department', header: ja ? '担当課' : 'Department', value: (f) => f.department, data: true },
    { key: 'flag', header: ja ? '指摘' : 'Flag', value: (f) => QUALITY_FLAGS.indexOf(f.flag), render: (f) => <span className="tag tag-easier">{FLAG_LABELS[f.flag][lang]}</span> },
    { key: 'reason', header: ja ? '理由' : 'Reason', value: (f) => qualityReason(f, lang), data: true },
  ];
}

function programColumns(lang: Lang): Column<QualityProgram>[] {
  const ja = lang === 'ja';
  return [
    { key: 'score', header: ja ? '点数' : 'Score', value: (p) => p.score, render: (p) => `${scoreBand(p.score).mark} ${p.score}`, numeric: true },
    { key: 'sheet', header: 'No.', value: (p) => (Number.isFinite(Number(p.sheet_no)) ? Number(p.sheet_no) : p.sheet_no), render: (p) => p.sheet_no },
    { key: 'program', header: ja ? '事務事業名' : 'Program', value: (p) => p.program, data: true, render: (p) => <ProgramLink programKey={p.program_key}>{p.program ?? `No.${p.sheet_no}`}</ProgramLink> },
    { key: 'department', header: ja ? '担当課' : 'Department', value: (p) => p.department, data: true },
    { key: 'flags', header: ja ? '指摘' : 'Flags', value: (p) => p.flags.map((f) => FLAG_LABELS[f][lang]).join(ja ? '・' : ', ') || null },
  ];
}

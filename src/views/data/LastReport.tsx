import { useMemo } from 'react';
import type { FileReport, ImportReport } from '../../import/types';
import { DataTable } from '../common/DataTable';
import { FindingsTable } from './FindingsTable';
import { L, useLang } from '../../app/i18n';
import { count, encodingLabel, SEVERITY_ORDER, unitLabel } from './labels';
import { canMakeProfile, MakeProfileButton } from './MakeProfileButton';

const SHOWN_FINDINGS = 20;

/** The report of the last import: one line per file, then every finding with its line, column and raw text. */
export function LastReport({ report, sample }: { report: ImportReport; sample: boolean }) {
  const findings = useMemo(
    () =>
      report.files
        .flatMap((f) => f.findings)
        .map((f, i) => ({ ...f, id: i }))
        .sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.id - b.id),
    [report],
  );
  const files = useMemo(() => report.files.map((f, i) => ({ ...f, id: i })), [report]);
  const errors = findings.filter((f) => f.severity === 'error').length;
  const lang = useLang();
  const ja = lang === 'ja';
  return (
    <section className="panel" data-testid="last-report">
      <h3>
        {L(lang, '前回の取り込み結果（取込', 'The last import (import')} #{report.importId}
        {L(lang, '）', ')')}
        {sample && <span className="sample-tag">{L(lang, 'サンプル（架空のデータ）', 'Sample (fictional data)')}</span>}
      </h3>
      <p className="note">
        {ja
          ? `${count(report.files.length)} ファイル、${count(report.files.reduce((n, f) => n + f.loaded, 0))} 行を取り込みました。指摘 ${count(findings.length)} 件（うちエラー ${count(errors)} 件）。エラーの行は取り込まずに保留表に残し、警告のセルは原文を残して読める範囲で取り込んでいます。`
          : `${count(report.files.length)} files, ${count(report.files.reduce((n, f) => n + f.loaded, 0))} rows imported. ${count(findings.length)} findings (${count(errors)} errors). Rows with an error were quarantined; cells with a warning were read as far as they could be, their text kept.`}
      </p>
      <DataTable<FileReport & { id: number }>
        testId="table-report-files"
        exportName={L(lang, "取り込み結果_ファイル別", "import-report-files")}
        caption={L(lang, "ファイルごとの結果", "Per file")}
        rows={files}
        rowKey={(f) => String(f.id)}
        columns={[
          { key: 'file', header: L(lang, 'ファイル', 'File'), value: (f) => f.file, data: true },
          { key: 'format', header: L(lang, '形式', 'Format'), value: (f) => f.format ?? '—' },
          { key: 'encoding', header: L(lang, '文字コード', 'Encoding'), value: (f) => (f.encoding ? encodingLabel(f.encoding, lang) : '—') },
          { key: 'as', header: L(lang, '読み取り（表・様式）', 'Read as (table, form)'), value: (f) => unitLabel(f, lang), render: (f) => <UnitLabel report={f} lang={lang} /> },
          { key: 'rows', header: L(lang, '行数', 'Rows'), value: (f) => f.rows, render: (f) => count(f.rows), numeric: true },
          { key: 'loaded', header: L(lang, '取込', 'Loaded'), value: (f) => f.loaded, render: (f) => count(f.loaded), numeric: true },
          { key: 'blank', header: L(lang, '空行', 'Blank'), value: (f) => f.blank, render: (f) => count(f.blank), numeric: true },
          { key: 'rejected', header: L(lang, '保留（不採用）', 'Quarantined'), value: (f) => f.rejected, render: (f) => count(f.rejected), numeric: true },
          { key: 'already', header: L(lang, '取込済みのため省略', 'Already imported'), value: (f) => f.alreadyImported, render: (f) => count(f.alreadyImported), numeric: true },
          { key: 'findings', header: L(lang, '指摘', 'Findings'), value: (f) => f.findings.length, render: (f) => count(f.findings.length), numeric: true },
        ]}
      />
      {report.files.some(canMakeProfile) && (
        <div className="unrecognised" data-testid="unrecognised-files">
          <p className="note">{L(lang, 'どの表・様式・取込設定にも合わなかったファイル:', 'Files no table, form or profile matched:')}</p>
          <ul>
            {report.files.filter(canMakeProfile).map((f, i) => (
              <li key={i}>
                <span lang="ja">{f.file}</span> <MakeProfileButton report={f} />
              </li>
            ))}
          </ul>
        </div>
      )}
      {findings.length > 0 ? (
        <FindingsTable testId="table-report-findings" caption={L(lang, "指摘（見出しをクリックで並べ替え）", "Findings (click a heading to sort)")} rows={findings} limit={SHOWN_FINDINGS} />
      ) : (
        <p className="state empty">{L(lang, '指摘はありません。', 'No findings.')}</p>
      )}
    </section>
  );
}

/** The template's or profile's name is the data's own words (Japanese): marked so in the English screen. */
export function UnitLabel({ report, lang }: { report: FileReport; lang: 'ja' | 'en' }) {
  const text = unitLabel(report, lang);
  if (!report.template) return <>{text}</>;
  const [before, after] = text.split(`「${report.template}」`);
  return (
    <>
      {before}「<span lang="ja">{report.template}</span>」{after}
    </>
  );
}

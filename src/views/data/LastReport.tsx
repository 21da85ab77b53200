import { useMemo } from 'react';
import type { FileReport, ImportReport } from '../../import/types';
import { DataTable } from '../common/DataTable';
import { FindingsTable } from './FindingsTable';
import { count, encodingLabel, SEVERITY_ORDER, unitLabel } from './labels';

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
  return (
    <section className="panel" data-testid="last-report">
      <h3>
        前回の取り込み結果（取込 #{report.importId}）{sample && <span className="sample-tag">サンプル（架空のデータ）</span>}
      </h3>
      <p className="note">
        {count(report.files.length)} ファイル、{count(report.files.reduce((n, f) => n + f.loaded, 0))} 行を取り込みました。指摘 {count(findings.length)} 件（うちエラー{' '}
        {count(errors)} 件）。エラーの行は取り込まずに保留表に残し、警告のセルは原文を残して読める範囲で取り込んでいます。
      </p>
      <DataTable<FileReport & { id: number }>
        testId="table-report-files"
        exportName="取り込み結果_ファイル別"
        caption="ファイルごとの結果"
        rows={files}
        rowKey={(f) => String(f.id)}
        columns={[
          { key: 'file', header: 'ファイル', value: (f) => f.file },
          { key: 'format', header: '形式', value: (f) => f.format ?? '—' },
          { key: 'encoding', header: '文字コード', value: (f) => (f.encoding ? encodingLabel(f.encoding) : '—') },
          { key: 'as', header: '読み取り（表・様式）', value: (f) => unitLabel(f) },
          { key: 'rows', header: '行数', value: (f) => f.rows, render: (f) => count(f.rows), numeric: true },
          { key: 'loaded', header: '取込', value: (f) => f.loaded, render: (f) => count(f.loaded), numeric: true },
          { key: 'blank', header: '空行', value: (f) => f.blank, render: (f) => count(f.blank), numeric: true },
          { key: 'rejected', header: '保留（不採用）', value: (f) => f.rejected, render: (f) => count(f.rejected), numeric: true },
          { key: 'already', header: '取込済みのため省略', value: (f) => f.alreadyImported, render: (f) => count(f.alreadyImported), numeric: true },
          { key: 'findings', header: '指摘', value: (f) => f.findings.length, render: (f) => count(f.findings.length), numeric: true },
        ]}
      />
      {findings.length > 0 ? (
        <FindingsTable testId="table-report-findings" caption="指摘（見出しをクリックで並べ替え）" rows={findings} limit={SHOWN_FINDINGS} />
      ) : (
        <p className="state empty">指摘はありません。</p>
      )}
    </section>
  );
}

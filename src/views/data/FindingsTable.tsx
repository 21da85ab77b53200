import { useState } from 'react';
import type { Finding } from '../../import/types';
import { DataTable } from '../common/DataTable';
import { SEVERITY_ORDER, severityLabel } from './labels';
import { useLang } from '../../app/i18n';

export type FindingLike = Pick<Finding, 'file' | 'line' | 'column' | 'raw' | 'expected' | 'severity' | 'message'> & { id: number; import_id?: number };

/**
 * Findings as a sortable table, the first `limit` rows until 'すべて表示'. Raw cell text is shown as text (React escapes
 * it; '<img onerror>' in a CSV stays letters), cut to one line with the whole text on hover.
 */
export function FindingsTable({ rows, testId, caption, limit, withImport = false }: { rows: FindingLike[]; testId: string; caption: string; limit?: number; withImport?: boolean }) {
  const [all, setAll] = useState(false);
  const lang = useLang();
  const ja = lang === 'ja';
  return (
    <>
      <DataTable<FindingLike>
        testId={testId}
        caption={caption}
        exportName={caption}
        rows={rows}
        rowKey={(f) => String(f.id)}
        limit={all ? undefined : limit}
        columns={[
          ...(withImport ? [{ key: 'import', header: ja ? '取込' : 'Import', value: (f: FindingLike) => f.import_id ?? null, numeric: true }] : []),
          {
            key: 'severity',
            header: ja ? '重要度' : 'Severity',
            value: (f) => SEVERITY_ORDER[f.severity],
            render: (f) => <span className={`severity severity-${f.severity}`}>{severityLabel(f.severity, lang)}</span>,
          },
          { key: 'file', header: ja ? 'ファイル' : 'File', value: (f) => f.file, data: true },
          { key: 'line', header: ja ? '行' : 'Line', value: (f) => f.line, numeric: true },
          { key: 'column', header: ja ? '列' : 'Column', value: (f) => f.column, data: true, render: (f) => <span className="nowrap">{f.column ?? '—'}</span> },
          {
            key: 'raw',
            header: ja ? '値（原文）' : 'Value (as written)',
            data: true,
            value: (f) => f.raw,
            render: (f) =>
              f.raw === null ? (
                '—'
              ) : (
                <code className="raw" title={f.raw}>
                  {f.raw}
                </code>
              ),
          },
          // the importer words its findings in Japanese (src/import, stored in the findings table): shown marked as such
          { key: 'expected', header: ja ? '期待される形' : 'Expected form', value: (f) => f.expected, data: true, render: (f) => <span className="nowrap">{f.expected ?? '—'}</span> },
          { key: 'message', header: ja ? '内容' : 'Message', value: (f) => f.message, data: true },
        ]}
      />
      {limit !== undefined && rows.length > limit && (
        <button type="button" className="show-all" onClick={() => setAll((a) => !a)}>
          {ja ? (all ? `先頭の ${limit} 件だけ表示` : `すべて表示（${rows.length.toLocaleString('ja-JP')} 件）`) : all ? `Show the first ${limit} only` : `Show all (${rows.length.toLocaleString('en-US')})`}
        </button>
      )}
    </>
  );
}

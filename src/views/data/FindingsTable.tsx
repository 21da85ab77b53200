import { useState } from 'react';
import type { Finding } from '../../import/types';
import { DataTable } from '../common/DataTable';
import { SEVERITY_ORDER, severityLabel } from './labels';

export type FindingLike = Pick<Finding, 'file' | 'line' | 'column' | 'raw' | 'expected' | 'severity' | 'message'> & { id: number; import_id?: number };

/**
 * Findings as a sortable table, the first `limit` rows until 'すべて表示'. Raw cell text is shown as text (React escapes
 * it; '<img onerror>' in a CSV stays letters), cut to one line with the whole text on hover.
 */
export function FindingsTable({ rows, testId, caption, limit, withImport = false }: { rows: FindingLike[]; testId: string; caption: string; limit?: number; withImport?: boolean }) {
  const [all, setAll] = useState(false);
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
          ...(withImport ? [{ key: 'import', header: '取込', value: (f: FindingLike) => f.import_id ?? null, numeric: true }] : []),
          {
            key: 'severity',
            header: '重要度',
            value: (f) => SEVERITY_ORDER[f.severity],
            render: (f) => <span className={`severity severity-${f.severity}`}>{severityLabel(f.severity)}</span>,
          },
          { key: 'file', header: 'ファイル', value: (f) => f.file },
          { key: 'line', header: '行', value: (f) => f.line, numeric: true },
          { key: 'column', header: '列', value: (f) => f.column, render: (f) => <span className="nowrap">{f.column ?? '—'}</span> },
          {
            key: 'raw',
            header: '値（原文）',
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
          { key: 'expected', header: '期待される形', value: (f) => f.expected, render: (f) => <span className="nowrap">{f.expected ?? '—'}</span> },
          { key: 'message', header: '内容', value: (f) => f.message },
        ]}
      />
      {limit !== undefined && rows.length > limit && (
        <button type="button" className="show-all" onClick={() => setAll((a) => !a)}>
          {all ? `先頭の ${limit} 件だけ表示` : `すべて表示（${rows.length.toLocaleString('ja-JP')} 件）`}
        </button>
      )}
    </>
  );
}

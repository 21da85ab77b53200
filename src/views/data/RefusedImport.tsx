import { useEffect, useRef } from 'react';
import { dismissRefused } from '../../app/dataset';
import type { FileReport } from '../../import/types';
import { unitLabel } from './labels';

/**
 * The notice of an import in which nothing could be loaded: said first on the page, file by file with the reason,
 * while the data shown stays as it was. Focused when it appears, so a keyboard or screen-reader user hears it too.
 */
export function RefusedImport({ reports }: { reports: FileReport[] }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
    ref.current?.scrollIntoView({ block: 'start' });
  }, [reports]);
  return (
    <div ref={ref} tabIndex={-1} role="alert" className="panel refused" data-testid="import-refused">
      <h3>取り込めませんでした（{reports.length} ファイル、取り込めた行は 0 行）</h3>
      <p>表示しているデータは変わっていません。どのファイルも、5 つの表の見出しにも、点検シートの様式にも一致しないか、読める行がありませんでした。</p>
      <ul>
        {reports.map((r, i) => (
          <li key={i}>
            <strong>{r.file}</strong>（{unitLabel(r)}）: {reason(r)}
          </li>
        ))}
      </ul>
      <button type="button" onClick={dismissRefused}>
        閉じる
      </button>
    </div>
  );
}

function reason(r: FileReport): string {
  const f = r.findings.find((x) => x.severity === 'error') ?? r.findings[0];
  if (!f) return r.rows === 0 ? 'データの行がありません' : '読める行がありません';
  return `${f.line !== null ? `${f.line}行目: ` : ''}${f.message}`;
}

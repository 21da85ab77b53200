import { useEffect, useRef } from 'react';
import { dismissRefused } from '../../app/dataset';
import type { FileReport } from '../../import/types';
import { L, useLang } from '../../app/i18n';
import { UnitLabel } from './LastReport';
import { canMakeProfile, MakeProfileButton } from './MakeProfileButton';

/**
 * The notice of an import in which nothing could be loaded: said first on the page, file by file with the reason,
 * while the data shown stays as it was. Focused when it appears, so a keyboard or screen-reader user hears it too.
 */
export function RefusedImport({ reports }: { reports: FileReport[] }) {
  const ref = useRef<HTMLDivElement>(null);
  const lang = useLang();
  useEffect(() => {
    ref.current?.focus();
    ref.current?.scrollIntoView({ block: 'start' });
  }, [reports]);
  return (
    <div ref={ref} tabIndex={-1} role="alert" className="panel refused" data-testid="import-refused">
      <h3>{L(lang, `取り込めませんでした（${reports.length} ファイル、取り込めた行は 0 行）`, `Nothing was imported (${reports.length} files, 0 rows loaded)`)}</h3>
      <p>
        {L(
          lang,
          '表示しているデータは変わっていません。どのファイルも、5 つの表の見出しにも、点検シートの様式にも一致しないか、読める行がありませんでした。',
          'The data shown has not changed. No file matched the five tables, an evaluation-sheet form or an import profile, or none had a row that could be read.',
        )}
      </p>
      <ul>
        {reports.map((r, i) => (
          <li key={i}>
            <strong lang="ja">{r.file}</strong> (<UnitLabel report={r} lang={lang} />): <span lang="ja">{reason(r)}</span> <MakeProfileButton report={r} />
          </li>
        ))}
      </ul>
      {reports.some(canMakeProfile) && (
        <p>
          {L(
            lang,
            '市の一覧（1 事業 1 行の表）なら、「取込設定を作る」で列の読み方を決めると、次からはドロップするだけで読めます。',
            'If it is a city’s list (one row per program), “Make an import profile” says how to read its columns; from then on, dropping it is enough.',
          )}
        </p>
      )}
      <button type="button" onClick={dismissRefused}>
        {L(lang, '閉じる', 'Close')}
      </button>
    </div>
  );
}

function reason(r: FileReport): string {
  const f = r.findings.find((x) => x.severity === 'error') ?? r.findings[0];
  if (!f) return r.rows === 0 ? 'データの行がありません' : '読める行がありません';
  return `${f.line !== null ? `${f.line}行目: ` : ''}${f.message}`;
}

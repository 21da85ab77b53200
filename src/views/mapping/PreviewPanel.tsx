import { L, type Lang } from '../../app/i18n';
import { formatFiscalYear } from '../../format/ja';
import type { DbRecord } from '../../import/build-records';
import type { DraftProblem } from '../../import/profiles/draft/build-profile';
import type { ProfilePreview } from '../../import/profiles/draft/preview';
import { TABLE_NAMES, type TableName } from '../../import/types';
import { count, severityLabel, tableLabel } from '../data/labels';
import { problemText } from './labels';

const SHOWN = 8;

interface Props {
  problems: DraftProblem[];
  preview: ProfilePreview | null;
  /** the preview is being recomputed (the draft changed a moment ago) */
  stale: boolean;
  lang: Lang;
}

/**
 * What the profile will load, computed by the import itself on the first rows: rows per table, the first records
 * of each and the findings the import will write for them. Problems with the draft come first.
 */
export function PreviewPanel({ problems, preview, stale, lang }: Props) {
  const errors = problems.filter((p) => p.severity === 'error');
  const unit = preview?.unit ?? null;
  const records = unit?.records ?? {};
  return (
    <section className="mapping-preview" aria-labelledby="mapping-preview-title" data-testid="mapping-preview" aria-busy={stale}>
      <h3 id="mapping-preview-title">{L(lang, '読み込まれる行（プレビュー）', 'Rows that will load (preview)')}</h3>
      {problems.length > 0 && (
        <ul className="mapping-problems" data-testid="mapping-problems">
          {problems.map((p, i) => (
            <li key={i} className={`severity-${p.severity}`}>
              {p.severity === 'error' ? L(lang, '要修正: ', 'To fix: ') : L(lang, '注意: ', 'Note: ')}
              {problemText(p, lang)}
            </li>
          ))}
        </ul>
      )}
      {errors.length === 0 && preview && !unit && (
        <p className="state error">{L(lang, 'この設定ではファイルの見出しが見つかりません。', 'With this profile the file’s header is not found.')}</p>
      )}
      {errors.length === 0 && unit && (
        <>
          <p className="note" role="status" data-testid="mapping-preview-summary">
            {L(lang, `先頭 ${count(preview!.sampled)} 行（全 ${count(preview!.total)} 行）から:`, `From the first ${count(preview!.sampled)} rows (of ${count(preview!.total)}):`)}{' '}
            {TABLE_NAMES.filter((t) => records[t]?.length)
              .map((t) => `${tableLabel(t, lang)} ${count(records[t]!.length)}`)
              .join(L(lang, '、', ', ')) || L(lang, '読み込まれる行はありません', 'no rows would load')}
            {L(lang, `。保留 ${count(unit.report.rejected)} 行、指摘 ${count(unit.report.findings.length)} 件。`, `. ${count(unit.report.rejected)} quarantined, ${count(unit.report.findings.length)} findings.`)}
          </p>
          <table className="data-table compact" data-testid="mapping-preview-counts">
            <caption>{L(lang, '表ごとの行数（プレビュー）', 'Rows per table (preview)')}</caption>
            <tbody>
              {TABLE_NAMES.map((t) => (
                <tr key={t}>
                  <th scope="row">{tableLabel(t, lang)}</th>
                  <td className="num" data-testid={`mapping-preview-count-${t}`}>
                    {count(records[t]?.length ?? 0)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <Sample table="sheets" rows={records.sheets} lang={lang} columns={['sheet_no', 'program', 'department', 'pillar']} />
          <Sample table="program_money" rows={records.program_money} lang={lang} columns={['sheet_no', 'money_kind', 'project_cost', 'general_fund', 'total_cost']} />
          <Sample table="outcomes" rows={records.outcomes} lang={lang} columns={['sheet_no', 'indicator', 'unit', 'target', 'actual_raw']} />
          <Sample table="outputs" rows={records.outputs} lang={lang} columns={['sheet_no', 'indicator_kind', 'indicator', 'unit', 'target', 'actual_raw']} />
          {unit.report.findings.length > 0 && (
            <table className="data-table compact" data-testid="mapping-preview-findings">
              <caption>{L(lang, `指摘（先頭 ${Math.min(SHOWN * 2, unit.report.findings.length)} 件）`, `Findings (first ${Math.min(SHOWN * 2, unit.report.findings.length)})`)}</caption>
              <thead>
                <tr>
                  <th scope="col">{L(lang, '重さ', 'Severity')}</th>
                  <th scope="col">{L(lang, '行', 'Line')}</th>
                  <th scope="col">{L(lang, '列', 'Column')}</th>
                  <th scope="col">{L(lang, '原文', 'Raw')}</th>
                  <th scope="col">{L(lang, '内容', 'Message')}</th>
                </tr>
              </thead>
              <tbody>
                {unit.report.findings.slice(0, SHOWN * 2).map((f, i) => (
                  <tr key={i}>
                    <td className={`severity severity-${f.severity}`}>{severityLabel(f.severity, lang)}</td>
                    <td className="num">{f.line ?? '—'}</td>
                    <td lang="ja">{f.column ?? '—'}</td>
                    <td lang="ja">{f.raw ?? ''}</td>
                    <td lang="ja">{f.message}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
    </section>
  );
}

const COLUMN_LABELS: Record<string, { ja: string; en: string }> = {
  sheet_no: { ja: 'シートNo', en: 'Sheet' },
  program: { ja: '事務事業名', en: 'Program' },
  department: { ja: '担当課', en: 'Department' },
  pillar: { ja: '施策の大綱', en: 'Pillar' },
  money_kind: { ja: '区分', en: 'Kind' },
  project_cost: { ja: '事業費', en: 'Project cost' },
  general_fund: { ja: '一般財源', en: 'General fund' },
  total_cost: { ja: 'トータルコスト', en: 'Total cost' },
  indicator_kind: { ja: '種類', en: 'Kind' },
  indicator: { ja: '指標', en: 'Indicator' },
  unit: { ja: '単位', en: 'Unit' },
  target: { ja: '目標値', en: 'Target' },
  actual_raw: { ja: '実績（原文）', en: 'Actual (as written)' },
};

function Sample({ table, rows, columns, lang }: { table: TableName; rows: DbRecord[] | undefined; columns: string[]; lang: Lang }) {
  if (!rows?.length) return null;
  return (
    <table className="data-table compact" data-testid={`mapping-preview-${table}`}>
      <caption>{L(lang, `${tableLabel(table, lang)}（先頭 ${Math.min(SHOWN, rows.length)} 行）`, `${tableLabel(table, lang)} (first ${Math.min(SHOWN, rows.length)})`)}</caption>
      <thead>
        <tr>
          <th scope="col">{L(lang, '年度', 'Year')}</th>
          {columns.map((c) => (
            <th key={c} scope="col">
              {COLUMN_LABELS[c]![lang]}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.slice(0, SHOWN).map((r, i) => (
          <tr key={i}>
            <td>{typeof r.fiscal_year === 'number' ? formatFiscalYear(r.fiscal_year, lang) : '—'}</td>
            {columns.map((c) => (
              <td key={c} lang="ja" className={typeof r[c] === 'number' ? 'num' : undefined}>
                {r[c] === null || r[c] === undefined ? '—' : String(r[c])}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

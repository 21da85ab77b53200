import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useDataset } from '../../app/dataset';
import type { ImportRun, RejectedRow } from '../../analyses/import-log';
import { allFindingsQuery, importRunsQuery, rejectedRowsQuery } from '../../queries/import-log-queries';
import { DataTable } from '../common/DataTable';
import { QueryView } from '../common/ViewState';
import { FindingsTable } from './FindingsTable';
import { count, tableLabel } from './labels';
import { useLang, type Lang } from '../../app/i18n';
import { rawCells } from './read-files';

/** at most this many rows come back from DuckDB; of those, SHOWN are in the table until 'すべて表示' */
const LIMIT = 2000;
const SHOWN = 20;

type RejectedShown = RejectedRow & { id: number; cells: string[] };

/** Everything the database remembers about the imports: runs, all findings, and the quarantined rows as written. */
export function ImportLog() {
  const ds = useDataset();
  const lang = useLang();
  const ja = lang === 'ja';
  const runs = useQuery(importRunsQuery(ds));
  const findings = useQuery(allFindingsQuery(ds, LIMIT));
  const rejected = useQuery(rejectedRowsQuery(ds, LIMIT));
  const findingRows = useMemo(() => (findings.data ?? []).map((f, i) => ({ ...f, id: i })), [findings.data]);
  const total = findingRows[0]?.total ?? 0;

  return (
    <>
      <details className="panel" data-testid="import-runs">
        <summary>{ja ? '取り込みの履歴（このブラウザのデータベース）' : 'Import history (the database in this browser)'}</summary>
        <QueryView query={runs}>{(rows) => <ImportRuns rows={rows} lang={lang} />}</QueryView>
      </details>

      <details className="panel" data-testid="all-findings">
        <summary>
          {ja ? 'これまでの指摘（すべての取り込み）' : 'Findings so far (every import)'}
          {findings.data && (ja ? `: ${count(total)} 件` : `: ${total.toLocaleString('en-US')}`)}
        </summary>
        <QueryView query={findings}>
          {() =>
            findingRows.length === 0 ? (
              <p className="state empty">{ja ? '指摘はありません。' : 'No findings.'}</p>
            ) : (
              <>
                {total > LIMIT && (
                  <p className="note">{ja ? `全 ${count(total)} 件のうち、新しい取り込みから ${count(LIMIT)} 件を表に入れています。` : `The table holds the newest ${LIMIT} of ${total} findings.`}</p>
                )}
                <FindingsTable testId="table-findings-all" caption={ja ? '指摘の一覧（データベースの findings 表）' : 'Findings (the findings table of the database)'} rows={findingRows} limit={SHOWN} withImport />
              </>
            )
          }
        </QueryView>
      </details>

      <section className="panel">
        <h3>{ja ? '保留表（取り込めなかった行）' : 'Quarantine (rows that could not be loaded)'}</h3>
        <p className="note">
          {ja
            ? '年度やシートNoが読めない行は、どの集計にも入れずにここに原文のまま残しています。元のファイルを直して読み込み直してください。'
            : 'Rows whose fiscal year or sheet No. could not be read are kept here as written, outside every figure. Fix the file and import it again.'}
        </p>
        <QueryView query={rejected}>
          {(rows) => (rows.length === 0 ? <p className="state empty">{ja ? '保留した行はありません。' : 'No quarantined rows.'}</p> : <RejectedTable rows={rows} lang={lang} />)}
        </QueryView>
      </section>
    </>
  );
}

function ImportRuns({ rows, lang }: { rows: ImportRun[]; lang: Lang }) {
  const ja = lang === 'ja';
  if (rows.length === 0) return <p className="state empty">{ja ? 'まだ取り込みはありません。' : 'No imports yet.'}</p>;
  return (
    <DataTable<ImportRun>
      testId="table-import-runs"
      exportName="取り込み履歴"
      rows={rows}
      rowKey={(r) => String(r.import_id)}
      columns={[
        { key: 'id', header: ja ? '取込' : 'Import', value: (r) => r.import_id, numeric: true },
        { key: 'at', header: ja ? '日時' : 'When', value: (r) => r.imported_at },
        { key: 'files', header: ja ? 'ファイル' : 'Files', value: (r) => r.files, render: (r) => count(r.files), numeric: true },
        { key: 'rows', header: ja ? '行数' : 'Rows', value: (r) => r.rows, render: (r) => count(r.rows), numeric: true },
        { key: 'loaded', header: ja ? '取込' : 'Loaded', value: (r) => r.loaded, render: (r) => count(r.loaded), numeric: true },
        { key: 'rejected', header: ja ? '保留' : 'Quarantined', value: (r) => r.rejected, render: (r) => count(r.rejected), numeric: true },
        { key: 'already', header: ja ? '取込済みのため省略' : 'Skipped (already imported)', value: (r) => r.already_imported, render: (r) => count(r.already_imported), numeric: true },
        { key: 'findings', header: ja ? '指摘' : 'Findings', value: (r) => r.findings, render: (r) => count(r.findings), numeric: true },
      ]}
    />
  );
}

/** The quarantined rows, each cell as written (shown as text). */
function RejectedTable({ rows, lang }: { rows: RejectedRow[]; lang: Lang }) {
  const ja = lang === 'ja';
  const [all, setAll] = useState(false);
  const shown = useMemo<RejectedShown[]>(() => rows.map((r, i) => ({ ...r, id: i, cells: rawCells(r.raw_cells) })), [rows]);
  const total = rows[0]?.total ?? 0;
  return (
    <>
      {total > LIMIT && (
        <p className="note">{ja ? `全 ${count(total)} 行のうち、新しい取り込みから ${count(LIMIT)} 行を表に入れています。` : `The table holds the newest ${LIMIT} of ${total} rows.`}</p>
      )}
      <DataTable<RejectedShown>
        testId="table-rejected"
        exportName="保留された行"
        rows={shown}
        rowKey={(r) => String(r.id)}
        limit={all ? undefined : SHOWN}
        columns={[
          { key: 'import', header: ja ? '取込' : 'Import', value: (r) => r.import_id, numeric: true },
          { key: 'file', header: ja ? 'ファイル' : 'File', value: (r) => r.source_file, data: true },
          { key: 'line', header: ja ? '行' : 'Line', value: (r) => r.source_line, numeric: true },
          { key: 'table', header: ja ? '表' : 'Table', value: (r) => tableLabel(r.table_name, lang) },
          { key: 'reason', header: ja ? '理由' : 'Reason', value: (r) => r.reason, data: true },
          {
            key: 'cells',
            header: ja ? '行の内容（原文）' : 'Row as written',
            data: true,
            value: (r) => r.cells.join(','),
            render: (r) => (
              <span className="raw-cells">
                {r.cells.map((c, i) => (
                  <code key={i} className="raw">
                    {c === '' ? '（空）' : c}
                  </code>
                ))}
              </span>
            ),
          },
        ]}
      />
      {shown.length > SHOWN && (
        <button type="button" className="show-all" onClick={() => setAll((a) => !a)}>
          {ja ? (all ? `先頭の ${SHOWN} 件だけ表示` : `すべて表示（${count(shown.length)} 件）`) : all ? `Show the first ${SHOWN} only` : `Show all (${shown.length})`}
        </button>
      )}
    </>
  );
}

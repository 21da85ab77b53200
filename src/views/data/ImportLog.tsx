import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useDataset } from '../../app/dataset';
import type { ImportRun, RejectedRow } from '../../analyses/import-log';
import { allFindingsQuery, importRunsQuery, rejectedRowsQuery } from '../../queries/import-log-queries';
import { DataTable } from '../common/DataTable';
import { QueryView } from '../common/ViewState';
import { FindingsTable } from './FindingsTable';
import { count, tableLabel } from './labels';
import { rawCells } from './read-files';

/** at most this many rows come back from DuckDB; of those, SHOWN are in the table until 'すべて表示' */
const LIMIT = 2000;
const SHOWN = 20;

type RejectedShown = RejectedRow & { id: number; cells: string[] };

/** Everything the database remembers about the imports: runs, all findings, and the quarantined rows as written. */
export function ImportLog() {
  const ds = useDataset();
  const runs = useQuery(importRunsQuery(ds));
  const findings = useQuery(allFindingsQuery(ds, LIMIT));
  const rejected = useQuery(rejectedRowsQuery(ds, LIMIT));
  const findingRows = useMemo(() => (findings.data ?? []).map((f, i) => ({ ...f, id: i })), [findings.data]);
  const total = findingRows[0]?.total ?? 0;

  return (
    <>
      <details className="panel" data-testid="import-runs">
        <summary>取り込みの履歴（このブラウザのデータベース）</summary>
        <QueryView query={runs}>{(rows) => <ImportRuns rows={rows} />}</QueryView>
      </details>

      <details className="panel" data-testid="all-findings">
        <summary>これまでの指摘（すべての取り込み）{findings.data && `: ${count(total)} 件`}</summary>
        <QueryView query={findings}>
          {() =>
            findingRows.length === 0 ? (
              <p className="state empty">指摘はありません。</p>
            ) : (
              <>
                {total > LIMIT && <p className="note">全 {count(total)} 件のうち、新しい取り込みから {count(LIMIT)} 件を表に入れています。</p>}
                <FindingsTable testId="table-findings-all" caption="指摘の一覧（データベースの findings 表）" rows={findingRows} limit={SHOWN} withImport />
              </>
            )
          }
        </QueryView>
      </details>

      <section className="panel">
        <h3>保留表（取り込めなかった行）</h3>
        <p className="note">年度やシートNoが読めない行は、どの集計にも入れずにここに原文のまま残しています。元のファイルを直して読み込み直してください。</p>
        <QueryView query={rejected}>{(rows) => (rows.length === 0 ? <p className="state empty">保留した行はありません。</p> : <RejectedTable rows={rows} />)}</QueryView>
      </section>
    </>
  );
}

function ImportRuns({ rows }: { rows: ImportRun[] }) {
  if (rows.length === 0) return <p className="state empty">まだ取り込みはありません。</p>;
  return (
    <DataTable<ImportRun>
      testId="table-import-runs"
      exportName="取り込み履歴"
      rows={rows}
      rowKey={(r) => String(r.import_id)}
      columns={[
        { key: 'id', header: '取込', value: (r) => r.import_id, numeric: true },
        { key: 'at', header: '日時', value: (r) => r.imported_at },
        { key: 'files', header: 'ファイル', value: (r) => r.files, render: (r) => count(r.files), numeric: true },
        { key: 'rows', header: '行数', value: (r) => r.rows, render: (r) => count(r.rows), numeric: true },
        { key: 'loaded', header: '取込', value: (r) => r.loaded, render: (r) => count(r.loaded), numeric: true },
        { key: 'rejected', header: '保留', value: (r) => r.rejected, render: (r) => count(r.rejected), numeric: true },
        { key: 'already', header: '取込済みのため省略', value: (r) => r.already_imported, render: (r) => count(r.already_imported), numeric: true },
        { key: 'findings', header: '指摘', value: (r) => r.findings, render: (r) => count(r.findings), numeric: true },
      ]}
    />
  );
}

/** The quarantined rows, each cell as written (shown as text). */
function RejectedTable({ rows }: { rows: RejectedRow[] }) {
  const [all, setAll] = useState(false);
  const shown = useMemo<RejectedShown[]>(() => rows.map((r, i) => ({ ...r, id: i, cells: rawCells(r.raw_cells) })), [rows]);
  const total = rows[0]?.total ?? 0;
  return (
    <>
      {total > LIMIT && <p className="note">全 {count(total)} 行のうち、新しい取り込みから {count(LIMIT)} 行を表に入れています。</p>}
      <DataTable<RejectedShown>
        testId="table-rejected"
        exportName="保留された行"
        rows={shown}
        rowKey={(r) => String(r.id)}
        limit={all ? undefined : SHOWN}
        columns={[
          { key: 'import', header: '取込', value: (r) => r.import_id, numeric: true },
          { key: 'file', header: 'ファイル', value: (r) => r.source_file },
          { key: 'line', header: '行', value: (r) => r.source_line, numeric: true },
          { key: 'table', header: '表', value: (r) => tableLabel(r.table_name) },
          { key: 'reason', header: '理由', value: (r) => r.reason },
          {
            key: 'cells',
            header: '行の内容（原文）',
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
          {all ? `先頭の ${SHOWN} 件だけ表示` : `すべて表示（${count(shown.length)} 件）`}
        </button>
      )}
    </>
  );
}

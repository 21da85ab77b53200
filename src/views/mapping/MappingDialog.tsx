import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { importUserFiles, useDataset } from '../../app/dataset';
import { L, useLang, type Lang } from '../../app/i18n';
import { closeMapping, type MappingRequest } from '../../app/mapping-request';
import { saveUserProfile } from '../../app/user-profiles';
import { isBlankRow } from '../../import/blank-row';
import type { Grid } from '../../import/grid';
import { HEADER_SEARCH_ROWS } from '../../import/profiles/profile-records';
import { firstYear as firstYearOf } from '../../import/profiles/draft/suggest';
import { blockColumnOptions, columnOptions } from './ColumnSelect';
import { BlocksForm } from './BlocksForm';
import { FieldsForm } from './FieldsForm';
import { IndicatorsForm } from './IndicatorsForm';
import { FIELD_LABELS } from './labels';
import { GRID_ROWS, MappingGrid } from './MappingGrid';
import { PreviewPanel } from './PreviewPanel';
import { columnMarks, firstGrid, gridWidth, useFileGrids, useMappingDraft } from './use-mapping';
import './mapping.css';

/**
 * 取込設定の作成: a modal dialog (the native <dialog>: focus kept inside, Escape closes, the focus goes back to the
 * button that opened it) over the data page, for a file no table, form or profile recognised. It shows the file,
 * suggests a mapping, previews what will load through the real engine, and saves the profile in this browser —
 * then, if asked, imports the file with it.
 */
export default function MappingDialog({ request }: { request: MappingRequest }) {
  const lang = useLang();
  const titleId = useId();
  const ref = useRef<HTMLDialogElement>(null);
  const loaded = useFileGrids(request.file);

  useEffect(() => {
    const dialog = ref.current!;
    const opener = document.activeElement as HTMLElement | null;
    if (!dialog.open) dialog.showModal();
    return () => {
      if (dialog.open) dialog.close();
      if (opener?.isConnected) opener.focus();
    };
  }, []);

  return (
    <dialog
      ref={ref}
      className="mapping-dialog"
      aria-labelledby={titleId}
      data-testid="mapping-dialog"
      onCancel={(e) => {
        e.preventDefault();
        closeMapping();
      }}
    >
      <header className="mapping-head">
        <h2 id={titleId}>{L(lang, '取込設定の作成', 'Make an import profile')}</h2>
        <span className="mapping-file" lang="ja">
          {request.file.name}
        </span>
        <button type="button" className="mapping-close" onClick={closeMapping} data-testid="mapping-close">
          {L(lang, '閉じる', 'Close')}
        </button>
      </header>
      {loaded === null && <p className="state loading">{L(lang, 'ファイルを読んでいます…', 'Reading the file…')}</p>}
      {loaded && 'error' in loaded && (
        <div className="state error" role="alert">
          <p>
            {loaded.error === 'not-a-table'
              ? L(lang, 'この画面は表（CSV・Excel などの一覧）のためのものです。JSON や zip の取込設定は docs/profiles.md を見て書いてください。', 'This screen is for tables (lists in CSV, Excel…). For JSON or a zip, write the profile as docs/profiles.md explains.')
              : L(lang, 'このファイルは読めません:', 'This file cannot be read:')}
          </p>
          <p lang="ja">{loaded.detail}</p>
        </div>
      )}
      {loaded && 'grids' in loaded && <Editor key={request.file.name} grids={loaded.grids} request={request} lang={lang} />}
    </dialog>
  );
}

function Editor({ grids, request, lang }: { grids: Grid[]; request: MappingRequest; lang: Lang }) {
  const [index, setIndex] = useState(() => firstGrid(grids, request.sheet));
  const id = useId();
  const grid = grids[index]!;
  return (
    <div className="mapping-body">
      {grids.length > 1 && (
        <div className="mapping-field mapping-sheet">
          <label htmlFor={`${id}-sheet`}>{L(lang, 'ワークシート', 'Worksheet')}</label>
          <select id={`${id}-sheet`} data-testid="mapping-sheet" value={index} onChange={(e) => setIndex(Number(e.target.value))}>
            {grids.map((g, i) => (
              <option key={i} value={i} lang="ja">
                {g.sheet ?? g.name}
              </option>
            ))}
          </select>
        </div>
      )}
      {/* a new sheet is a new draft (suggested from its own header) */}
      <SheetEditor key={index} grid={grid} request={request} lang={lang} />
    </div>
  );
}

function SheetEditor({ grid, request, lang }: { grid: Grid; request: MappingRequest; lang: Lang }) {
  const ds = useDataset();
  const id = useId();
  const base = request.file.name.split('/').pop()!.replace(/\.[^.]+$/, '');
  const { draft, update, setHeader, redetectBlocks, built, preview, stale } = useMappingDraft(grid, grid.sheet ? `${base}（${grid.sheet}）` : base);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const width = useMemo(() => gridWidth(grid, GRID_ROWS), [grid]);
  const texts = built.header.texts;
  const options = useMemo(() => columnOptions(texts, Array.from({ length: width }, (_, c) => c)), [texts, width]);
  const start = draft.blocks.list[0]?.start ?? 0;
  const blockOptions = useMemo(() => blockColumnOptions(texts, start, Math.min(draft.blocks.width, Math.max(0, width - start))), [texts, start, draft.blocks.width, width]);
  const columnValues = useMemo(() => {
    const data = grid.rows.slice(draft.headerRow + 1).filter((r) => !isBlankRow(r.cells)).slice(0, 30);
    return (c: number) => data.map((r) => (r.cells[c] ?? '').trim()).filter((t) => t !== '');
  }, [grid, draft.headerRow]);
  const firstYear = useMemo(() => {
    const fy = draft.fiscalYear;
    return fy === null ? null : 'year' in fy ? fy.year : firstYearOf(columnValues(fy.column), fy.era);
  }, [draft.fiscalYear, columnValues]);
  const marks = useMemo(
    () =>
      columnMarks(draft, {
        year: L(lang, '年度', 'Year'),
        sheetNo: L(lang, 'シートNo', 'Sheet No.'),
        field: (f) => FIELD_LABELS[f as keyof typeof FIELD_LABELS]?.[lang] ?? f,
        indicator: (i, part) => (part === 'name' ? L(lang, `指標${i + 1} 名`, `Ind. ${i + 1} name`) : part === 'unit' ? L(lang, `指標${i + 1} 単位`, `Ind. ${i + 1} unit`) : L(lang, `指標${i + 1} 値`, `Ind. ${i + 1} value`)),
      }),
    [draft, lang],
  );
  const busy = saving || ds.phase !== 'ready';

  async function save(andImport: boolean) {
    if (!built.profile) return;
    setSaving(true);
    setError(null);
    try {
      await saveUserProfile(built.profile, draft.name);
      closeMapping();
      if (andImport) await importUserFiles([request.file]);
    } catch (e) {
      setError((e as Error).message);
      setSaving(false);
    }
  }

  return (
    <>
      <div className="mapping-source">
        <div className="mapping-field">
          <label htmlFor={`${id}-name`}>{L(lang, '取込設定の名前', 'Profile name')}</label>
          <input id={`${id}-name`} data-testid="mapping-name" value={draft.name} onChange={(e) => update((d) => ({ ...d, name: e.target.value }))} />
        </div>
        <div className="mapping-field">
          <label htmlFor={`${id}-head`}>{L(lang, '見出しの行（いちばん下の行）', 'Header row (its lowest row)')}</label>
          <select id={`${id}-head`} data-testid="mapping-header-row" value={draft.headerRow} onChange={(e) => setHeader(Number(e.target.value), draft.headerRows)}>
            {grid.rows.slice(0, HEADER_SEARCH_ROWS).map((r, i) => (
              <option key={i} value={i} lang="ja">
                {`${r.line}: ${r.cells.filter((t) => t.trim() !== '').slice(0, 4).join(' | ').slice(0, 60)}`}
              </option>
            ))}
          </select>
        </div>
        <div className="mapping-field">
          <label htmlFor={`${id}-depth`}>{L(lang, '見出しの行数', 'Header rows')}</label>
          <select id={`${id}-depth`} data-testid="mapping-header-depth" value={draft.headerRows} onChange={(e) => setHeader(draft.headerRow, Number(e.target.value) as 1 | 2 | 3)}>
            {[1, 2, 3].map((n) => (
              <option key={n} value={n} disabled={n > draft.headerRow + 1}>
                {n === 1 ? L(lang, '1 行', '1 row') : L(lang, `${n} 行（上の行と結合）`, `${n} rows (joined)`)}
              </option>
            ))}
          </select>
        </div>
        <p className="note">
          {L(
            lang,
            '見出しを変えると、割り当ては見出しから提案し直します。列は見出しの名前で覚えるので、列の順が少し変わった翌年のファイルも読めます。',
            'Changing the header suggests the mapping again. Columns are remembered by their header names, so next year’s file with a column added still reads.',
          )}
        </p>
      </div>
      <MappingGrid grid={grid} width={width} headerRow={draft.headerRow} headerRows={draft.headerRows} assigned={marks.assigned} blockOf={marks.blockOf} lang={lang} />
      <div className="mapping-columns">
        <div className="mapping-form">
          <FieldsForm draft={draft} update={update} options={options} lang={lang} columnValues={columnValues} />
          <BlocksForm draft={draft} update={update} options={options} blockOptions={blockOptions} firstYear={firstYear} redetect={redetectBlocks} lang={lang} />
          <IndicatorsForm draft={draft} update={update} options={options} blockOptions={blockOptions} lang={lang} />
        </div>
        <PreviewPanel problems={built.problems} preview={preview} stale={stale} lang={lang} />
      </div>
      <footer className="mapping-foot">
        {error && (
          <p role="alert" className="state error" lang="ja">
            {error}
          </p>
        )}
        <button type="button" data-testid="mapping-save-import" className="primary" disabled={!built.profile || busy} onClick={() => void save(true)}>
          {L(lang, '保存してこのファイルを取り込む', 'Save, and import this file with it')}
        </button>
        <button type="button" data-testid="mapping-save" disabled={!built.profile || saving} onClick={() => void save(false)}>
          {L(lang, '保存だけする', 'Save only')}
        </button>
        <button type="button" onClick={closeMapping}>
          {L(lang, 'キャンセル', 'Cancel')}
        </button>
      </footer>
    </>
  );
}

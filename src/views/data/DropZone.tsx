import { useState, type DragEvent } from 'react';
import { importUserFiles, useDataset } from '../../app/dataset';
import type { FileReport } from '../../import/types';
import { ACCEPTED_EXTENSIONS, readDroppedEntries, readInputFiles, type PickedFiles } from './read-files';
import { L, useLang } from '../../app/i18n';
import { UnitLabel } from './LastReport';

/** How many of the files read so far are listed under the progress bar (the newest last). */
const SHOWN_PROGRESS = 6;

/**
 * Drop (or pick) files, folders or zips: the five tables as CSV, evaluation sheets as forms (CSV, Unicode text,
 * Excel, HTML), hundreds at once. They are read in the page and handed to the importer; while it runs, each file's
 * result (table or form template, sheet, year) is listed as it comes.
 */
export function DropZone() {
  const ds = useDataset();
  const lang = useLang();
  const [over, setOver] = useState(false);
  const [reading, setReading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [skipped, setSkipped] = useState<string[]>([]);
  const busy = reading || ds.phase === 'starting' || ds.phase === 'importing';

  async function take(read: () => Promise<PickedFiles>) {
    if (busy) {
      setError(L(lang, 'いまは読み込めません（データベースの起動中または取り込み中です）。終わってからもう一度お試しください。', 'Files cannot be read just now (the database is starting or importing). Please try again when it has finished.'));
      return;
    }
    setError(null);
    setReading(true);
    try {
      const picked = await read();
      setSkipped(picked.skipped);
      setReading(false);
      if (picked.files.length === 0) {
        setError(picked.skipped.length ? L(lang, 'フォルダの中に取り込めるファイルがありませんでした。', 'The folder holds no file that can be imported.') : L(lang, 'ファイルがありません。', 'No files.'));
        return;
      }
      await importUserFiles(picked.files);
    } catch (e) {
      setError(`${L(lang, '読み込めませんでした:', 'Could not read the files:')} ${(e as Error).message}`);
    } finally {
      setReading(false);
    }
  }

  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    // Folders come only through the items' file-system entries; a DataTransfer made by a script has none, so its
    // plain file list is read instead. The entries must be taken now: the DataTransfer empties after the event.
    const entries = Array.from(e.dataTransfer.items ?? [])
      .map((i) => (i.kind === 'file' ? i.webkitGetAsEntry?.() ?? null : null))
      .filter((x): x is FileSystemEntry => x !== null);
    const files = Array.from(e.dataTransfer.files);
    void take(() => (entries.length > 0 ? readDroppedEntries(entries) : readInputFiles(files)));
  };

  return (
    <div
      className={`drop-zone${over ? ' over' : ''}${busy ? ' busy' : ''}`}
      data-testid="drop-zone"
      onDragOver={(e) => {
        e.preventDefault();
        e.dataTransfer.dropEffect = busy ? 'none' : 'copy';
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
    >
      <p className="drop-title">{L(lang, 'ファイル・フォルダ・zip をここにドラッグ＆ドロップ（複数まとめて可）', 'Drag and drop files, folders or zips here (many at once)')}</p>
      <div className="file-picks">
        <label className="file-pick">
          {L(lang, 'ファイルを選ぶ:', 'Pick files:')}{' '}
          <input
            type="file"
            multiple
            accept={ACCEPTED_EXTENSIONS.join(',')}
            data-testid="file-input"
            disabled={busy}
            onChange={(e) => {
              const input = e.currentTarget;
              const list = input.files;
              if (list && list.length) void take(() => readInputFiles(list)).finally(() => (input.value = ''));
            }}
          />
        </label>
        <label className="file-pick">
          {L(lang, 'フォルダを選ぶ:', 'Pick a folder:')}{' '}
          <input
            type="file"
            // Chromium, Firefox and Safari all pick a whole folder with this (non-standard, universally supported).
            {...{ webkitdirectory: '' }}
            data-testid="folder-input"
            disabled={busy}
            onChange={(e) => {
              const input = e.currentTarget;
              const list = input.files;
              if (list && list.length) void take(() => readInputFiles(list)).finally(() => (input.value = ''));
            }}
          />
        </label>
      </div>
      <p className="note">
        {L(
          lang,
          '読めるもの: 5 つの表（シート・活動・アウトプット・アウトカム・点検）の CSV、点検シートそのもの（様式）の Excel（.xlsx .xls .ods）・CSV・Unicode テキスト・HTML、それらをまとめたフォルダや zip。どの表・どの様式かは中身で判定します。ファイル名は自由、文字コード（UTF-8 / Shift_JIS / UTF-16）も自動で判定します。読み込んだファイルはサンプルと入れ替わり、前に読み込んだ自分のファイルには追加されます（同じシートを二度、または CSV と Excel の両方で読み込んでも重複しません）。',
          'What can be read: the five tables (sheets, activities, outputs, outcomes, reviews) as CSV; the evaluation sheets themselves (forms) as Excel (.xlsx .xls .ods), CSV, Unicode text or HTML; folders and zips of them. Which table or form a file is, is told from its content; file names are free and the encoding (UTF-8, Shift_JIS, UTF-16) is detected. Imported files replace the sample and add to your earlier files (the same sheet twice, or as CSV and as Excel, doubles nothing).',
        )}
      </p>
      {reading && (
        <p role="status" className="progress-line">
          {L(lang, 'ファイルを読んでいます…', 'Reading the files…')}
        </p>
      )}
      {ds.phase === 'importing' && ds.progress && <ImportProgress progress={ds.progress} lang={lang} />}
      {ds.phase === 'starting' && <p className="note">{L(lang, 'データベースを起動しています。起動が終わるとファイルを読み込めます。', 'The database is starting; files can be read once it has.')}</p>}
      {skipped.length > 0 && !busy && (
        <p className="note" data-testid="skipped-files">
          {L(lang, 'フォルダの中の次のファイルは、表や点検シートのファイル', 'These files of the folder were skipped, as they are not table or sheet files')} ({ACCEPTED_EXTENSIONS.join(' ')}):{' '}
          <span lang="ja">{skipped.join('、')}</span>
        </p>
      )}
      {error && (
        <p role="alert" className="state error">
          {error}
        </p>
      )}
    </div>
  );
}

function ImportProgress({ progress, lang }: { progress: { done: number; total: number; files: FileReport[] }; lang: 'ja' | 'en' }) {
  const recent = progress.files.slice(-SHOWN_PROGRESS);
  return (
    <div role="status" aria-live="polite">
      <p className="progress-line">
        {L(lang, '取り込み中', 'Importing')} <progress data-testid="import-progress" max={progress.total || 1} value={progress.done} /> {progress.done}/{progress.total}{' '}
        {L(lang, 'ファイル', 'files')}
      </p>
      {recent.length > 0 && (
        <ul className="progress-files" data-testid="import-progress-files">
          {recent.map((f, i) => (
            <li key={`${progress.files.length - recent.length + i}`}>
              <span lang="ja">{f.file}</span>: <UnitLabel report={f} lang={lang} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

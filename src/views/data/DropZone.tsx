import { useState, type DragEvent } from 'react';
import { importUserFiles, useDataset } from '../../app/dataset';
import { readInputFiles } from './read-files';

/**
 * Drop (or pick) many CSV files at once. They are read in the page and handed to the importer; the progress bar
 * follows the dataset's progress (files parsed / files).
 */
export function DropZone() {
  const ds = useDataset();
  const [over, setOver] = useState(false);
  const [reading, setReading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const busy = reading || ds.phase === 'starting' || ds.phase === 'importing';

  async function take(list: FileList | null) {
    if (!list || list.length === 0) return;
    if (busy) {
      setError('いまは読み込めません（データベースの起動中または取り込み中です）。終わってからもう一度お試しください。');
      return;
    }
    setError(null);
    setReading(true);
    try {
      const files = await readInputFiles(list);
      setReading(false);
      await importUserFiles(files);
    } catch (e) {
      setError(`読み込めませんでした: ${(e as Error).message}`);
    } finally {
      setReading(false);
    }
  }

  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    void take(e.dataTransfer.files);
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
      <p className="drop-title">CSV ファイルをここにドラッグ＆ドロップ（複数まとめて可）</p>
      <label className="file-pick">
        またはファイルを選ぶ:{' '}
        <input
          type="file"
          multiple
          accept=".csv,.tsv,.txt"
          data-testid="file-input"
          disabled={busy}
          onChange={(e) => {
            const input = e.currentTarget;
            void take(input.files).finally(() => (input.value = ''));
          }}
        />
      </label>
      <p className="note">
        5 つの表（シート・活動・アウトプット・アウトカム・点検）のどれかは見出し行で判定します。ファイル名は自由、文字コード（UTF-8 / Shift_JIS / UTF-16）も自動で判定します。
        読み込んだファイルはサンプルと入れ替わり、前に読み込んだ自分のファイルには追加されます（同じ行を二度読み込んでも重複しません）。
      </p>
      {reading && (
        <p role="status" className="progress-line">
          ファイルを読んでいます…
        </p>
      )}
      {ds.phase === 'importing' && ds.progress && (
        <p role="status" className="progress-line">
          取り込み中 <progress data-testid="import-progress" max={ds.progress.total || 1} value={ds.progress.done} /> {ds.progress.done}/{ds.progress.total} ファイル
        </p>
      )}
      {ds.phase === 'starting' && <p className="note">データベースを起動しています。起動が終わるとファイルを読み込めます。</p>}
      {error && (
        <p role="alert" className="state error">
          {error}
        </p>
      )}
    </div>
  );
}

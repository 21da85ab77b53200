import type { Database } from '../db/database';

/** Where the briefing's figures come from: printed on every page so a reader can trace them. */
export interface BriefingSource {
  /** the bundled fictional sample: every page then carries the 架空 label */
  sample: boolean;
  /** file names as imported (base names) */
  files: string[];
  /** last import, 'YYYY-MM-DD HH:MM' as the status bar shows it */
  importedAt: string | null;
}

export const SAMPLE_SOURCE_LABEL = 'サンプルデータ（架空）';

const SOURCE_SQL = `
-- briefing-source
SELECT (SELECT strftime(max(imported_at), '%Y-%m-%d %H:%M') FROM imports) AS imported_at,
       (SELECT list(DISTINCT file ORDER BY file) FROM import_files WHERE table_name IS NOT NULL) AS files`;

/** The imported files and the last import time, read back from DuckDB (the same in the app and the command line). */
export async function readBriefingSource(db: Database, sample: boolean): Promise<BriefingSource> {
  const [row] = await db.run<{ imported_at: string | null; files: string[] | null }>(SOURCE_SQL);
  const files = [...new Set((row?.files ?? []).map(baseName))];
  return { sample, files, importedAt: row?.imported_at ?? null };
}

function baseName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

/** 'サンプルデータ（架空）', or the file names (shortened past five: a footer has one line). */
export function sourceLabel(source: BriefingSource): string {
  if (source.sample) return SAMPLE_SOURCE_LABEL;
  if (source.files.length === 0) return '（データなし）';
  const shown = source.files.slice(0, 5).join('、');
  return source.files.length > 5 ? `${shown} ほか${source.files.length - 5}ファイル` : shown;
}

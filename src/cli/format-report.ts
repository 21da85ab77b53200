import { TABLE_LABELS_JA } from '../import/schema';
import type { FileReport } from '../import/types';

const SEVERITY_JA = { error: 'エラー', warning: '警告', info: '情報' } as const;

/** The human-readable check report: one block per file, findings with line and column. */
export function formatFileReport(r: FileReport): string {
  const lines = [
    `■ ${r.file}`,
    `  文字コード: ${r.encoding ?? '不明'}   表: ${r.table ? `${r.table}（${TABLE_LABELS_JA[r.table]}）` : '認識できません'}`,
    `  行数: ${r.rows}   取込: ${r.loaded}   空行: ${r.blank}   保留(不採用): ${r.rejected}   取込済みのため省略: ${r.alreadyImported}`,
  ];
  for (const f of r.findings) {
    const where = [f.line !== null ? `${f.line}行目` : null, f.column ? `列「${f.column}」` : null].filter(Boolean).join(' ');
    const raw = f.raw !== null && f.raw !== '' ? ` 値「${truncate(f.raw)}」` : '';
    const expected = f.expected ? ` 期待: ${f.expected}` : '';
    lines.push(`  [${SEVERITY_JA[f.severity]}] ${where ? `${where}: ` : ''}${f.message}${raw}${expected}`);
  }
  return lines.join('\n');
}

function truncate(s: string): string {
  return s.length > 80 ? `${s.slice(0, 80)}…（${s.length}文字）` : s;
}

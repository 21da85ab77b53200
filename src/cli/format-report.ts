import { showInvisible } from '../import/cells/invisible';
import { TABLE_LABELS_JA } from '../import/schema';
import type { FileReport } from '../import/types';

const SEVERITY_JA = { error: 'エラー', warning: '警告', info: '情報' } as const;

/**
 * The human-readable check report: one block per file, findings with line and column. Everything that comes from
 * the files (names, cells, headers, and messages that quote them) goes through showInvisible: a cell holding a
 * terminal escape code (ESC [2J…), a C1 control or a bidi override is printed as ⟨U+001B⟩, never acted upon.
 */
export function formatFileReport(r: FileReport): string {
  const lines = [
    `■ ${safe(r.file)}`,
    `  文字コード: ${r.encoding ?? '不明'}   表: ${r.table ? `${r.table}（${TABLE_LABELS_JA[r.table]}）` : '認識できません'}`,
    `  行数: ${r.rows}   取込: ${r.loaded}   空行: ${r.blank}   保留(不採用): ${r.rejected}   取込済みのため省略: ${r.alreadyImported}`,
  ];
  for (const f of r.findings) {
    const where = [f.line !== null ? `${f.line}行目` : null, f.column ? `列「${safe(f.column)}」` : null].filter(Boolean).join(' ');
    const raw = f.raw !== null && f.raw !== '' ? ` 値「${truncate(f.raw)}」` : '';
    const expected = f.expected ? ` 期待: ${safe(f.expected)}` : '';
    lines.push(`  [${SEVERITY_JA[f.severity]}] ${where ? `${where}: ` : ''}${safe(f.message)}${raw}${expected}`);
  }
  return lines.join('\n');
}

function safe(s: string): string {
  return showInvisible(s);
}

function truncate(s: string): string {
  const head = safe(s.length > 80 ? s.slice(0, 80) : s);
  return s.length > 80 ? `${head}…（${s.length}文字）` : head;
}

/**
 * JSON for a terminal: JSON.stringify escapes C0 controls but leaves C1 controls (U+009B is a CSI), bidi overrides
 * and zero-width characters raw. They are written as \u escapes, which any JSON reader turns back into the same text.
 */
export function terminalSafeJson(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(/[\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028\u2029\u202a-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

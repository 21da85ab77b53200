import { showInvisible } from '../import/cells/invisible';
import { TABLE_LABELS_JA } from '../import/schema';
import type { FileReport, ImportReport } from '../import/types';
import type { Inputs } from './read-inputs';

const SEVERITY_JA = { error: 'エラー', warning: '警告', info: '情報' } as const;

/**
 * The human-readable check report: one block per file (or worksheet), findings with line and column. Everything that
 * comes from the files (names, cells, headers, and messages that quote them) goes through showInvisible: a cell
 * holding a terminal escape code (ESC [2J…), a C1 control or a bidi override is printed as ⟨U+001B⟩, never acted upon.
 */
export function formatFileReport(r: FileReport): string {
  const lines = [
    `■ ${safe(r.file)}`,
    `  形式: ${r.format ?? '不明'}   文字コード: ${r.encoding ?? '—'}   ${recognisedAs(r)}`,
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

function recognisedAs(r: FileReport): string {
  if (r.kind === 'form') return `様式: ${safe(r.template ?? '')}（${r.fiscalYear}年度 シートNo ${safe(r.sheetNo ?? '')}）`;
  if (r.table) return `表: ${r.table}（${TABLE_LABELS_JA[r.table]}）`;
  return '表・様式: 認識できません';
}

export interface ImportTotals {
  units: number;
  read: number;
  loaded: number;
  alreadyImported: number;
  /** units that no table or form template recognised */
  unread: FileReport[];
}

export function importTotals(report: ImportReport): ImportTotals {
  const t: ImportTotals = { units: report.files.length, read: 0, loaded: 0, alreadyImported: 0, unread: [] };
  for (const f of report.files) {
    t.read += f.rows - f.blank;
    t.loaded += f.loaded;
    t.alreadyImported += f.alreadyImported;
    if (f.kind === null) t.unread.push(f);
  }
  return t;
}

/** True when the import stored nothing new and found nothing already stored: the caller must not go on silently. */
export function nothingLoaded(report: ImportReport): boolean {
  const t = importTotals(report);
  return t.loaded + t.alreadyImported === 0;
}

/**
 * One block that says what came of the whole import: rows loaded out of rows read, the files that could not be
 * read and the folder files that were skipped, each by name — printed by check, analyze and briefing.
 */
export function formatImportSummary(report: ImportReport, skipped: Inputs['skipped'] = []): string {
  const t = importTotals(report);
  const tables = report.files.filter((f) => f.kind === 'table').length;
  const forms = report.files.filter((f) => f.kind === 'form').length;
  const lines = [
    `■ 合計: ${t.units} ファイル（表 ${tables}・様式 ${forms}・読めなかったもの ${t.unread.length}）、読んだ行 ${t.read.toLocaleString('ja-JP')} のうち取り込んだ行 ${t.loaded.toLocaleString('ja-JP')}` +
      (t.alreadyImported ? `（取込済みのため省略 ${t.alreadyImported.toLocaleString('ja-JP')}）` : ''),
  ];
  for (const f of t.unread) lines.push(`  読めなかったファイル: ${safe(f.file)}（${firstMessage(f)}）`);
  for (const s of skipped) lines.push(`  読み飛ばしたファイル: ${safe(s.file)}（${safe(s.reason)}）`);
  if (t.loaded + t.alreadyImported === 0) lines.push('  取り込めた行がありません。上の指摘を見て、ファイルを確かめてください。');
  return lines.join('\n');
}

function firstMessage(f: FileReport): string {
  const m = f.findings.find((x) => x.severity === 'error')?.message ?? f.findings[0]?.message ?? '表・様式のどれとも一致しません';
  return truncate(m);
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

import type { Encoding, FileReport, Severity, TableName } from '../../import/types';
import { TABLE_LABELS_JA } from '../../import/schema';

/** Words for the import report: what the importer records as codes, in the terms of an Excel user. */
export const ENCODING_LABELS: Record<Encoding, string> = {
  'utf-8': 'UTF-8',
  'utf-8-bom': 'UTF-8（BOM付き）',
  shift_jis: 'Shift_JIS',
  'euc-jp': 'EUC-JP',
  'iso-2022-jp': 'ISO-2022-JP',
  'utf-16le': 'UTF-16LE',
  'utf-16be': 'UTF-16BE',
};

export const SEVERITY_LABELS: Record<Severity, string> = { error: '✕ エラー', warning: '△ 警告', info: '－ 情報' };
export const SEVERITY_LABELS_EN: Record<Severity, string> = { error: '✕ error', warning: '△ warning', info: '－ info' };

/** The five tables in English (TABLE_LABELS_JA lives with the import schema, which the lead owns for issue 9). */
export const TABLE_LABELS_EN: Record<TableName, string> = {
  sheets: 'Sheets (① position)',
  activities: 'Activities (②③)',
  outputs: 'Output indicators (②)',
  outcomes: 'Outcome indicators (④)',
  reviews: 'Reviews (⑤)',
  program_money: 'Program money (budget, spend, personnel cost)',
};
export const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export function encodingLabel(e: string | null, lang: 'ja' | 'en' = 'ja'): string {
  if (lang === 'en' && e === 'utf-8-bom') return 'UTF-8 (with BOM)';
  return e ? (ENCODING_LABELS[e as Encoding] ?? e) : lang === 'ja' ? '（判定できず）' : '(not recognised)';
}

export function tableLabel(t: string | null, lang: 'ja' | 'en' = 'ja'): string {
  return t ? ((lang === 'ja' ? TABLE_LABELS_JA : TABLE_LABELS_EN)[t as TableName] ?? t) : lang === 'ja' ? '（判定できず）' : '(not recognised)';
}

export function severityLabel(s: string, lang: 'ja' | 'en' = 'ja'): string {
  return (lang === 'ja' ? SEVERITY_LABELS : SEVERITY_LABELS_EN)[s as Severity] ?? s;
}

/** Counts as the foundation page printed them (and as the e2e tests read them back). */
export function count(n: number | null | undefined): string {
  return n === null || n === undefined ? '—' : n.toLocaleString('ja-JP');
}

/** What a file (or worksheet) was read as, in a clerk's words: 様式 with its year and sheet, or the table. */
export function unitLabel(f: FileReport, lang: 'ja' | 'en' = 'ja'): string {
  const ja = lang === 'ja';
  if (f.kind !== null && f.kind !== 'table') {
    const what = f.kind === 'form' ? (ja ? '様式' : 'Form') : ja ? '取込設定' : 'Import profile';
    const year = f.fiscalYear ? (ja ? ` ${f.fiscalYear}年度` : ` FY${f.fiscalYear}`) : '';
    const sheet = f.sheetNo ? (ja ? ` シートNo.${f.sheetNo}` : ` sheet No.${f.sheetNo}`) : '';
    return `${what}「${f.template}」${year}${sheet}`;
  }
  if (f.kind === 'table') return ja ? `表「${tableLabel(f.table)}」` : `Table: ${tableLabel(f.table, 'en')}`;
  return ja ? '読めませんでした' : 'Could not be read';
}

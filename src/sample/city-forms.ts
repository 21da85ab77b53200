/**
 * The fictional city as a strategy office actually holds it: one evaluation sheet (form) per program and year, in
 * the 常総市 layout (data/forms/joso-tenken.json), saved the ways clerks save them — Excel 'CSV' in CP932, 'Unicode
 * text' (UTF-16 TSV) and .xlsx — in turn. Built from the same tables as data/sample/, so the forms and the tables
 * must give every analysis the same figures (a test checks that).
 */
import Papa from 'papaparse';
import { yearOf } from './count-patterns';
import { eraShort } from './format';
import { formCsvCp932, formTsvUtf16, formWorkbook, type FormSheet, type MergeRange, type SheetCell } from './form-files';
import { NotInCp932 } from './encode-text';
import type { CityFiles } from './generate-city';

type Row = Record<string, string>;

export interface FormExport {
  /** path inside the zip: `2024/sheet-124.xlsx` */
  name: string;
  bytes: Uint8Array;
}

/** Columns of the form's tables; the 常総市 sheet plus the output actual, 単位 and the outcome's extra columns. */
const WIDTH = 9;

export interface CityFormSheet {
  /** path inside the zip, without the extension: `2024/sheet-124` */
  base: string;
  year: number;
  sheet: FormSheet;
}

/** Every program-year of the city as a form sheet, in year and sheet order. */
export function cityFormSheets(files: CityFiles): CityFormSheet[] {
  const table = (name: string) => Papa.parse<Row>(files[name] ?? '', { header: true, skipEmptyLines: true }).data;
  const group = (rows: Row[]) => {
    const m = new Map<string, Row[]>();
    for (const r of rows) {
      const k = `${yearOf(r['年度']!)}|${r['シートNo']}`;
      let list = m.get(k);
      if (!list) m.set(k, (list = []));
      list.push(r);
    }
    return m;
  };
  const activities = group(table('activities.csv'));
  const outputs = group(table('outputs.csv'));
  const outcomes = group(table('outcomes.csv'));
  const reviews = group(table('reviews.csv'));
  const sheets = table('sheets.csv').sort((a, b) => yearOf(a['年度']!) - yearOf(b['年度']!) || Number(a['シートNo']) - Number(b['シートNo']));
  return sheets.map((s) => {
    const year = yearOf(s['年度']!);
    const k = `${year}|${s['シートNo']}`;
    const sheet = formSheet(s, activities.get(k) ?? [], outputs.get(k) ?? [], outcomes.get(k) ?? [], reviews.get(k)?.[0] ?? null);
    return { base: `${year}/sheet-${s['シートNo']!.padStart(3, '0')}`, year, sheet };
  });
}

/** Every form saved as its own file: CP932 CSV, UTF-16 TSV and xlsx in turn. */
export async function cityForms(files: CityFiles): Promise<FormExport[]> {
  const out: FormExport[] = [];
  for (const [i, f] of cityFormSheets(files).entries()) out.push(await save(f.sheet, f.base, i % 3));
  return out;
}

/** In turn: CP932 CSV (a sheet CP932 cannot hold is saved as Unicode text instead, as a clerk would), UTF-16 TSV, xlsx. */
async function save(form: FormSheet, base: string, turn: number): Promise<FormExport> {
  if (turn === 0) {
    try {
      return { name: `${base}.csv`, bytes: formCsvCp932(form) };
    } catch (e) {
      if (!(e instanceof NotInCp932)) throw e;
    }
  }
  if (turn !== 2) return { name: `${base}.txt`, bytes: formTsvUtf16(form) };
  return { name: `${base}.xlsx`, bytes: await formWorkbook([form]) };
}

const FIGURE = /^-?\d{1,3}(,\d{3})*(\.\d+)?$|^-?\d+(\.\d+)?$/;

/** A figure typed into Excel is a number shown with its grouping and decimals (`62.0` stays `62.0`); else text. */
function cell(text: string): SheetCell {
  if (!FIGURE.test(text)) return text;
  const decimals = text.split('.')[1]?.length ?? 0;
  const format = `${text.includes(',') ? '#,##0' : '0'}${decimals ? `.${'0'.repeat(decimals)}` : ''}`;
  return { n: Number(text.replace(/,/g, '')), format: format === '0' ? undefined : format };
}

function formSheet(s: Row, acts: Row[], outs: Row[], outcomes: Row[], review: Row | null): FormSheet {
  const year = yearOf(s['年度']!)!;
  const y = eraShort(year);
  const next = eraShort(year + 1);
  const rows: SheetCell[][] = [];
  const merges: MergeRange[] = [];
  const line = (...cells: SheetCell[]) => rows.push(cells);
  const heading = (text: string) => {
    merges.push({ r0: rows.length, c0: 0, r1: rows.length, c1: WIDTH - 1 });
    line(text);
  };
  heading(`${s['年度']}「実施計画 兼 まちづくり達成状況報告書」(事務事業点検シート) みなと市（架空のサンプル）`);
  line();
  line(`課等名: ${s['課等名']}`);
  line();
  line(`シート No.: ${s['シートNo']}${s['作成日'] ? ` 作成日: ${s['作成日']}` : ''}`);
  if (s['事業ID']) line(`事業ID: ${s['事業ID']}`);
  line();
  heading('① 総合計画上の位置付けと事務事業の背景・目的と目標');
  line();
  const first = rows.length;
  line(s['総合計画'] ?? '', '施策の大綱', s['施策の大綱'] ?? '', '事務事業の背景・目的', '事務事業の目標');
  line('', '施策の目標', s['施策の目標'] ?? '', s['事務事業の背景・目的'] ?? '', s['事務事業の目標'] ?? '');
  line('', '施策', s['施策'] ?? '');
  line('', '施策内容', s['施策内容'] ?? '');
  line('', 'その他、根拠法令及び分野別計画等', s['根拠法令及び分野別計画等'] ?? '');
  line('事務事業名', s['事務事業名'] ?? '');
  // The plan's name and the two long texts stand in merged cells, as on the printed sheet.
  merges.push({ r0: first, c0: 0, r1: first + 4, c1: 0 }, { r0: first + 1, c0: 3, r1: first + 5, c1: 3 }, { r0: first + 1, c0: 4, r1: first + 5, c1: 4 });
  line();
  heading('② アクティビティ (活動・事業) とアウトプット (結果)');
  line();
  heading('③ インプット (投入)');
  line();
  line('アクティビティ (活動・事業)', '', 'アウトプット (結果)', '', '', '', '', `${y} 予算額`, `${y} 決算額`);
  line('活動名・事業名 (対象年)', `${y} 活動・事業内容`, '指標', '単位', `${y} 目標値`, `${next} 目標値`, `${y} 実績値`);
  for (const a of acts) {
    const mine = outs.filter((o) => o['活動No'] === a['活動No']);
    const name = `${a['活動名・事業名']}${a['対象年'] ? ` (${a['対象年']})` : ''}${a['担当課'] ? ` 【${a['担当課']}】` : ''}`;
    const top = rows.length;
    const outputCells = (o: Row | undefined) => (o ? [o['指標'] ?? '', o['単位'] ?? '', cell(o['目標値'] ?? ''), cell(o['翌年度目標値'] ?? ''), cell(o['実績値'] ?? '')] : ['', '', '', '', '']);
    line(name, a['活動・事業内容'] ?? '', ...outputCells(mine[0]), money(a['予算額（千円）'] ?? ''), money(a['決算額（千円）'] ?? ''));
    for (const o of mine.slice(1)) line('', '', ...outputCells(o));
    // An activity's own cells are merged down over its further indicators.
    if (mine.length > 1) for (const c of [0, 1, 7, 8]) merges.push({ r0: top, c0: c, r1: rows.length - 1, c1: c });
  }
  line('', '', '', '', '', '', '', '千円', '千円');
  line();
  heading('④ アウトカム (成果)');
  line();
  line('指標名', '単位', '基準値', '目標値', '目標年度', `${y}実績値`, '方向');
  for (const o of outcomes) {
    line(o['指標名'] ?? '', o['単位'] ?? '', cell(o['基準値'] ?? ''), cell(o['目標値'] ?? ''), o['目標年度'] ?? '', cell(o['実績値'] ?? ''), o['方向'] ?? '');
  }
  line();
  heading('⑤ 点検・改善');
  line();
  if (review) {
    line('業務の振り返り', '改善の余地');
    line(review['業務の振り返り'] ?? '', `${review['コスト']} コスト`, `${review['活動']} 活動`, `${review['成果']} 成果`, `${review['その他']} その他`);
    line('', '今後の方向性');
    line('', review['今後の方向性'] ?? '');
  }
  return { name: `No.${s['シートNo']}`, rows, merges };
}

/** `1,200` → a number shown `1,200`; `0 千円` as the sheet prints it; anything else as written. */
function money(text: string): SheetCell {
  const withUnit = /^(\d[\d,]*) 千円$/.exec(text);
  if (withUnit) return { n: Number(withUnit[1]!.replace(/,/g, '')), format: '0" 千円"' };
  return cell(text);
}

/**
 * Counts, from the CSV text alone, how often each pattern the analyses look for occurs in a generated city. Tests use
 * it to prove the sample exercises every case; `npm run sample` prints it. Deliberately simple parsing: this checks
 * the generator, it is not the importer.
 */
import Papa from 'papaparse';
import { INFERRED_DOWN } from './model';
import type { CityFiles } from './generate-city';

export type Row = Record<string, string>;

export function parseTable(text: string): Row[] {
  return Papa.parse<Row>(text, { header: true, skipEmptyLines: 'greedy' }).data;
}

/** 令和6年度 → 2024, 令和元年度 → 2019. */
export function yearOf(label: string): number {
  const m = /^令和(元|\d+)年度$/.exec(label);
  if (m === null) return NaN;
  return 2018 + (m[1] === '元' ? 1 : Number(m[1]));
}

/** `3,083`, `3,083人`, `R9年度 2,700人`, `0 千円` → the figure; words and dashes → null. */
export function figureOf(cell: string): number | null {
  const m = /^(?:R\d+年度\s*)?(-?[\d,]+(?:\.\d+)?)/.exec(cell.trim());
  return m === null ? null : Number((m[1] as string).replace(/,/g, ''));
}

function isDash(cell: string): boolean {
  return cell === '—' || cell === '―' || cell === '－';
}

export function countPatterns(files: CityFiles): Record<string, number> {
  const sheets = parseTable(files['sheets.csv'] ?? '');
  const activities = parseTable(files['activities.csv'] ?? '');
  const outputs = parseTable(files['outputs.csv'] ?? '');
  const outcomes = parseTable(files['outcomes.csv'] ?? '');
  const reviews = parseTable(files['reviews.csv'] ?? '');
  const c: Record<string, number> = {};
  const add = (name: string, n = 1) => {
    c[name] = (c[name] ?? 0) + n;
  };

  // Programs: followed by 事業ID, else by name.
  const identity = new Map<string, string>();
  const names = new Map<string, Set<string>>();
  const numbers = new Map<string, Set<string>>();
  for (const s of sheets) {
    const id = s['事業ID'] ?? '';
    const who = id !== '' ? `id:${id}` : `name:${s['事務事業名']}`;
    identity.set(`${s['年度']}|${s['シートNo']}`, who);
    if (!names.has(who)) names.set(who, new Set());
    if (!numbers.has(who)) numbers.set(who, new Set());
    names.get(who)?.add(s['事務事業名'] ?? '');
    numbers.get(who)?.add(s['シートNo'] ?? '');
    if (id === '') add('sheets without 事業ID');
    if (isDash(s['根拠法令及び分野別計画等'] ?? '')) add('legal basis —');
    if (/[\n\u3000]/.test(s['事務事業の背景・目的'] ?? '')) add('background with line break or full-width space');
  }
  for (const [who, set] of names) {
    if (who.startsWith('id:') && set.size > 1) add('programs renamed (same 事業ID)');
    if (who.startsWith('name:')) add('programs without 事業ID (followed by name)');
  }
  for (const set of numbers.values()) if (set.size > 1) add('programs renumbered');

  for (const a of activities) {
    const budget = a['予算額（千円）'] ?? '';
    const spend = a['決算額（千円）'] ?? '';
    const b = figureOf(budget);
    const s = figureOf(spend);
    if (b === 0 && s === 0) add('zero-cost activities (0 千円 both)');
    else if (budget === '' && spend === '') add('activities with cost not stated');
    else if (b !== null && s !== null && b > 0) {
      if (s / b < 0.7) add('under-spending (< 70%)');
      if (s / b > 1) add('over-spending (> 100%)');
    }
    if (!(a['対象年'] ?? '').includes('・')) add('one-year activities');
    if ((a['活動名・事業名'] ?? '').includes('【')) add('lead department 【】 in activity name');
    if ((a['担当課'] ?? '') !== '') add('lead department in 担当課 column');
  }

  for (const o of outputs) {
    const target = figureOf(o['目標値'] ?? '');
    const next = figureOf(o['翌年度目標値'] ?? '');
    if (isDash(o['翌年度目標値'] ?? '')) add('output next-year target —');
    if (target !== null && next !== null && next < target) add('next-year target easier than this year');
    add((o['実績値'] ?? '') === '' ? 'outputs without actual' : 'outputs with actual');
  }

  const targets = new Map<string, number>();
  for (const o of outcomes) {
    const year = yearOf(o['年度'] ?? '');
    const name = o['指標名'] ?? '';
    const dirCell = o['方向'] ?? '';
    const down = dirCell === '低いほど良い' || (dirCell === '' && INFERRED_DOWN.test(name));
    if (dirCell === '低いほど良い') add('lower-is-better, 方向 column');
    else if (dirCell === '' && INFERRED_DOWN.test(name)) add('lower-is-better, inferred from name');
    if (dirCell === '高いほど良い') add('higher-is-better, 方向 column');
    const targetCell = o['目標値'] ?? '';
    const actualCell = o['実績値'] ?? '';
    const embedded = /^R(\d+)年度/.exec(targetCell);
    if (embedded !== null && 2018 + Number(embedded[1]) > year) add('interim target in cell (R9年度 2,700人)');
    if ((o['目標年度'] ?? '') !== '' && yearOf(o['目標年度'] ?? '') > year) add('interim target, 目標年度 column');
    if (actualCell === '集計中') add('actual 集計中');
    if (actualCell === '調査未実施') add('actual 調査未実施');
    if (isDash(actualCell)) add('actual —');
    if (isDash(targetCell)) add('target —');
    if ((o['基準値'] ?? '') !== '') add('outcomes with baseline');
    const t = figureOf(targetCell);
    const a = figureOf(actualCell);
    if (t !== null && a !== null && t > 0 && a > 0) {
      const rate = down ? t / a : a / t;
      add(rate >= 1 ? 'outcomes achieved (>= 100%)' : rate >= 0.8 ? 'outcomes near (80–100%)' : 'outcomes missed (< 80%)');
    }
    const who = identity.get(`${o['年度']}|${o['シートNo']}`) ?? '';
    if (t !== null) {
      const prev = targets.get(`${who}|${name}|${year - 1}`);
      if (prev !== undefined && (down ? t > prev : t < prev)) add('outcome target lowered from the year before');
      targets.set(`${who}|${name}|${year}`, t);
    }
  }

  for (const r of reviews) {
    for (const col of ['コスト', '活動', '成果', 'その他']) add((r[col] ?? '') === '☑' ? 'checkbox ☑' : 'checkbox ☐');
    if ((r['業務の振り返り'] ?? '').includes('\n')) add('multi-line cells (reflection)');
  }
  return c;
}

/**
 * Headers (class 7 of issue 11): a column name one letter off, a duplicated 実績値, a table without a column for its
 * key figures, and the alias collisions (その他, 作成日) resolved by the other headers present. Each file goes through
 * the real parse (parseInput: decode, split, recognise, read); expected values are worked from the rows written.
 */
import { describe, expect, it } from 'vitest';
import { nearMisses } from '../../../src/import/header-advice';
import { parseInput } from '../../../src/import/parse-file';
import type { ParsedUnit } from '../../../src/import/parsed-unit';

async function parse(name: string, text: string): Promise<ParsedUnit> {
  const units = await parseInput({ name, bytes: new TextEncoder().encode(text) }, { templates: [] });
  expect(units).toHaveLength(1);
  return units[0]!;
}
const findingsOf = (u: ParsedUnit, severity: string) => u.report.findings.filter((f) => f.severity === severity);

describe('nearMisses', () => {
  it('finds accepted names one letter changed, added, dropped or swapped', () => {
    expect(nearMisses('実積値', ['outcomes']).map((m) => [m.alias, m.column])).toEqual([['実績値', 'actual']]);
    expect(nearMisses('目標置', ['outcomes']).map((m) => m.alias)).toContain('目標値');
    expect(nearMisses('実績値値', ['outcomes']).map((m) => m.alias)).toContain('実績値');
    expect(nearMisses('績実値', ['outcomes']).map((m) => m.alias)).toContain('実績値');
  });

  it('suggests nothing for a name two edits away, one letter long, a two-letter name a letter short, or already taken', () => {
    // 目標 is a letter short of 目標値, and of too many other two- and three-letter names to mean one of them.
    expect(nearMisses('目標', ['outcomes']).map((m) => m.alias)).not.toContain('目標値');
    expect(nearMisses('実測数値', ['outcomes'])).toEqual([]);
    expect(nearMisses('値', ['outcomes'])).toEqual([]);
    expect(nearMisses('実積値', ['outcomes'], new Set(['actual']))).toEqual([]);
  });
});

describe('headers one letter off', () => {
  it('a misspelt 実積値: a warning naming 実績値 on the header, and a per-file warning that no actual is read', async () => {
    const u = await parse('o.csv', '年度,シートNo,指標名,目標値,実積値\n2024,5,利用者数,100,90\n2024,6,参加者数,30,31\n');
    expect(u.report.table).toBe('outcomes');
    const warnings = findingsOf(u, 'warning');
    const near = warnings.find((f) => f.column === '実積値');
    expect(near?.line).toBe(1);
    expect(near?.message).toContain('「実積値」は「実績値」ではありませんか');
    const missing = warnings.find((f) => f.column === null && f.message.includes('「実績値」の列がありません'));
    expect(missing?.line).toBe(1);
    expect(missing?.message).toContain('「実積値」は「実績値」ではありませんか');
    // The rows still load (the target is as written), their actual empty: the warnings say why.
    expect(u.records.outcomes!.map((r) => [r.sheet_no, r.target, r.actual])).toEqual([['5', 100, null], ['6', 30, null]]);
    expect(findingsOf(u, 'info')).toEqual([]);
  });

  it('a header no table matches names the near miss in its error', async () => {
    const u = await parse('x.csv', '年度,シートN0,指標名,目標値,実績値\n2024,5,利用者数,100,90\n');
    const error = findingsOf(u, 'error')[0];
    expect(error?.message).toContain('一致しません');
    expect(error?.message).toContain('「シートN0」は「シートno」ではありませんか');
  });

  it('a column nothing is near stays an info line', async () => {
    const u = await parse('o.csv', '年度,シートNo,指標名,目標値,実績値,備考欄メモ\n2024,5,利用者数,100,90,x\n');
    expect(findingsOf(u, 'warning')).toEqual([]);
    expect(findingsOf(u, 'info').map((f) => f.column)).toEqual(['備考欄メモ']);
  });
});

describe('a table without a column for its key figures', () => {
  it('outcomes without any actual column: one warning for the file', async () => {
    const u = await parse('o.csv', '年度,シートNo,指標名,目標値\n2024,5,利用者数,100\n2024,6,参加者数,30\n');
    const missing = findingsOf(u, 'warning').filter((f) => f.message.includes('の列がありません'));
    expect(missing.map((f) => [f.line, f.expected])).toEqual([[1, '「実績値」の列']]);
    expect(u.records.outcomes).toHaveLength(2);
  });

  it('activities without 決算額: one warning; with both money columns: none', async () => {
    const u = await parse('a.csv', '年度,シートNo,活動名・事業名,予算額\n2024,1,講座開催,100\n');
    expect(findingsOf(u, 'warning').map((f) => f.expected)).toEqual(['「決算額」の列']);
    const whole = await parse('a.csv', '年度,シートNo,活動名・事業名,予算額,決算額\n2024,1,講座開催,100,90\n');
    expect(whole.report.findings).toEqual([]);
  });
});

describe('a duplicated 実績値 header', () => {
  it('the left column empty in every row: the right one is read, with a warning', async () => {
    const u = await parse('o.csv', '年度,シートNo,指標名,目標値,実績値,実績値\n2024,5,利用者数,100,,90\n2024,6,参加者数,30,,31\n');
    expect(u.records.outcomes!.map((r) => r.actual)).toEqual([90, 31]);
    const w = findingsOf(u, 'warning');
    expect(w).toHaveLength(1);
    expect(w[0]!.message).toContain('右の列を使います');
  });

  it('both filled and disagreeing on one row: the left one is read, and the warning counts the row', async () => {
    const u = await parse('o.csv', '年度,シートNo,指標名,目標値,実績値,実績値\n2024,5,利用者数,100,90,90\n2024,6,参加者数,30,31,35\n');
    expect(u.records.outcomes!.map((r) => r.actual)).toEqual([90, 31]);
    const w = findingsOf(u, 'warning');
    expect(w).toHaveLength(1);
    expect(w[0]!.message).toContain('値が違う行が1行あります');
  });
});

describe('alias collisions resolved by the other headers', () => {
  it('その他 with 国庫支出金 and 一般財源 is a funding source (program money)', async () => {
    const u = await parse('m.csv', '年度,シートNo,国庫支出金,その他,一般財源\n2024,1,100,20,300\n');
    expect(u.report.table).toBe('program_money');
    expect(u.records.program_money!.map((r) => [r.national, r.other_sources, r.general_fund])).toEqual([[100, 20, 300]]);
  });

  it('その他 with コスト・活動・成果 is a review box (reviews)', async () => {
    const u = await parse('r.csv', '年度,シートNo,コスト,活動,成果,その他\n2024,1,○,,,○\n');
    expect(u.report.table).toBe('reviews');
    expect(u.records.reviews!.map((r) => [r.improve_cost, r.improve_activity, r.improve_outcome, r.improve_other])).toEqual([[true, false, false, true]]);
  });

  it('年度, シートNo and その他 alone say nothing about the table: an error, not a guess', async () => {
    const u = await parse('x.csv', '年度,シートNo,その他\n2024,1,○\n');
    expect(u.report.table).toBeNull();
    expect(findingsOf(u, 'error')).toHaveLength(1);
  });

  it('作成年・作成月・作成日 as three columns: 作成日 is a day of the month, read with the year and month', async () => {
    const u = await parse('s.csv', '年度,シートNo,事務事業名,作成年,作成月,作成日\n2024,1,健康診査事業,2025,5,16\n2024,2,図書館運営事業,令和7年,6,2\n');
    expect(u.report.table).toBe('sheets');
    expect(u.records.sheets!.map((r) => r.created_on)).toEqual(['2025-05-16', '2025-06-02']);
    expect(u.report.findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });

  it('a lone 作成日 column holding a whole date is read as the date', async () => {
    const u = await parse('s.csv', '年度,シートNo,事務事業名,作成日\n2024,1,健康診査事業,2025/05/16\n');
    expect(u.records.sheets!.map((r) => r.created_on)).toEqual(['2025-05-16']);
  });
});

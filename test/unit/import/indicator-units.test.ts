/**
 * An indicator's unit settled from the row (issue 11, class 3 and known difference 13): a figure whose unit
 * disagrees with the 単位 column is kept with a warning, a multiplier goes back into a 単位 that carries it, a
 * header's unit note gives the unit, and empty names are reported. Through the real parse of CSV text.
 */
import { describe, expect, it } from 'vitest';
import { noteAsUnit } from '../../../src/import/indicator-units';
import { parseInput } from '../../../src/import/parse-file';
import type { ParsedUnit } from '../../../src/import/parsed-unit';

async function parse(text: string): Promise<ParsedUnit> {
  const [unit] = await parseInput({ name: 'f.csv', bytes: new TextEncoder().encode(text) }, { templates: [] });
  return unit!;
}
const notInfo = (u: ParsedUnit) => u.report.findings.filter((f) => f.severity !== 'info').map((f) => [f.line, f.column, f.severity]);

describe('units that disagree', () => {
  it('120% in a row whose 単位 is 件: kept as written, a warning on the cell', async () => {
    const u = await parse('年度,シートNo,指標名,単位,目標値,実績値\n2024,5,相談件数,件,100,120%\n2024,5,相談率,%,80,75%\n');
    expect(u.records.outcomes!.map((r) => [r.unit, r.target, r.actual])).toEqual([['件', 100, 120], ['%', 80, 75]]);
    expect(notInfo(u)).toEqual([[2, '実績値', 'warning']]);
    expect(u.report.findings[0]!.message).toContain('単位「%」は単位の列の単位「件」と違います');
  });

  it('a target in 人 and an actual in 件 with no 単位 column: the first gives the unit, the other is warned', async () => {
    const u = await parse('年度,シートNo,指標名,目標値,実績値\n2024,5,利用者数,100人,90件\n');
    expect(u.records.outcomes!.map((r) => [r.unit, r.target, r.actual])).toEqual([['人', 100, 90]]);
    expect(notInfo(u)).toEqual([[2, '実績値', 'warning']]);
    expect(u.report.findings[0]!.message).toContain('目標値の単位「人」');
  });
});

describe('multipliers and the row unit', () => {
  it('1.5万人 under 単位 万人 is 1.5 (万人); under 単位 人 it is 15000 (人); neither is a finding', async () => {
    const u = await parse('年度,シートNo,指標名,単位,目標値,実績値\n2024,5,観光客数,万人,2,1.5万人\n2024,6,来場者数,人,20000,1.5万人\n');
    expect(u.records.outcomes!.map((r) => [r.unit, r.target, r.actual])).toEqual([['万人', 2, 1.5], ['人', 20000, 15000]]);
    expect(notInfo(u)).toEqual([]);
  });

  it('12千人 under 単位 千人 is 12', async () => {
    const u = await parse('年度,シートNo,指標名,単位,目標値,実績値\n2024,5,利用者数,千人,10,12千人\n');
    expect(u.records.outcomes!.map((r) => r.actual)).toEqual([12]);
    expect(notInfo(u)).toEqual([]);
  });
});

describe('units in figure headers', () => {
  it('目標値（人） and 実績値（人） give the unit', async () => {
    const u = await parse('年度,シートNo,指標名,目標値（人）,実績値（人）\n2024,5,利用者数,100,90\n');
    expect(u.records.outcomes!.map((r) => [r.unit, r.target, r.actual])).toEqual([['人', 100, 90]]);
    expect(notInfo(u)).toEqual([]);
  });

  it('a note that is a year or a remark is no unit', () => {
    expect([noteAsUnit('人'), noteAsUnit('単位：件'), noteAsUnit('％'), noteAsUnit('R9年度'), noteAsUnit('見込'), noteAsUnit(null)]).toEqual(['人', '件', '%', null, null, null]);
  });
});

describe('empty names', () => {
  it('an outcome without its indicator name is kept, with a warning on 指標名', async () => {
    const u = await parse('年度,シートNo,指標名,目標値,実績値\n2024,5,,100,90\n2024,6,参加者数,30,31\n');
    expect(u.records.outcomes!.map((r) => [r.indicator, r.target])).toEqual([[null, 100], ['参加者数', 30]]);
    expect(notInfo(u)).toEqual([[2, '指標名', 'warning']]);
  });

  it('an activity row with money and no name is kept, with a warning on 活動名・事業名', async () => {
    const u = await parse('年度,シートNo,活動名・事業名,予算額,決算額\n2024,1,,100,90\n2024,1,相談会,50,40\n');
    expect(u.records.activities!.map((r) => [r.activity, r.budget])).toEqual([[null, 100], ['相談会', 50]]);
    expect(notInfo(u)).toEqual([[2, '活動名・事業名', 'warning']]);
  });
});

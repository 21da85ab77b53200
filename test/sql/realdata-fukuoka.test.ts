/**
 * 福岡市's 事務事業マネジメントシート as JSON (../shared/research/realdata/fukuoka-city-jimu-jigyo-r6-kankyo.json,
 * see its SOURCES.md), dropped as it is and matched to data/profiles/fukuoka-city.json. Every 達成率 the city
 * published must come out of the analyses: lower-is-better 焼却量 included (target ÷ actual), and 216,508 ÷ 272,500,
 * printed 79.5%, still below 80% (missed, not near).
 */
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { indicatorResults } from '../../src/analyses/indicators';
import { programScorecard } from '../../src/analyses/programs';
import { prepareAnalyses } from '../../src/analyses/setup';
import { readImportProfiles } from '../../src/cli/import-profiles';
import type { Database } from '../../src/db/database';
import { parseIndicatorLabel } from '../../src/import/cells';
import { importFiles } from '../../src/import/import-files';
import type { ImportReport } from '../../src/import/types';
import { freshDatabase } from '../support/node-db';

const FILE = fileURLToPath(new URL('../../../shared/research/realdata/fukuoka-city-jimu-jigyo-r6-kankyo.json', import.meta.url));

interface Published {
  事業名: string;
  指標: Record<'活動指標' | '成果指標', { 内容: string; 達成率: Record<string, string | null> }[]>;
}

let db: Database;
let report: ImportReport;
const published = JSON.parse(readFileSync(FILE, 'utf8')) as Published[];

beforeAll(async () => {
  db = await freshDatabase();
  report = await importFiles(db, [{ name: 'jimu-jigyo-r6-kankyo.json', bytes: new Uint8Array(readFileSync(FILE)) }], { profiles: await readImportProfiles() });
  await prepareAnalyses(db, await readFile('data/direction-keywords.csv', 'utf8'));
}, 120_000);
afterAll(() => db.close());

describe('福岡市: the JSON as it is', () => {
  it('is matched to its profile: 5 programs, their indicators and money by year', async () => {
    expect(report.files).toEqual([expect.objectContaining({ kind: 'profile', format: 'json', template: '福岡市 事務事業の点検結果（事務事業マネジメントシート、JSON）', rows: 5 })]);
    // the findings are the city's words in figure cells (把握, 実施): warnings, the text kept
    expect(report.files[0]!.findings.every((f) => f.severity === 'warning' && /把握|実施/.test(f.raw ?? ''))).toBe(true);
    const [n] = await db.run<{ programs: number; cities: string[] }>("SELECT count(DISTINCT program_key) AS programs, list(DISTINCT municipality) AS cities FROM sheets");
    expect(n).toEqual({ programs: 5, cities: ['福岡市'] });
  });

  it('reproduces every published 達成率, lower-is-better included', async () => {
    const results = [...(await indicatorResults(db, { year: 2023 })), ...(await indicatorResults(db, { year: 2024 }))];
    let checked = 0;
    for (const p of published) {
      for (const kind of ['活動指標', '成果指標'] as const) {
        for (const ind of p.指標[kind]) {
          for (const [era, rate] of Object.entries(ind.達成率)) {
            const year = era === 'R5' ? 2023 : 2024;
            const name = parseIndicatorLabel(ind.内容).name; // `…設置数（基）` is the name and its unit
            const r = results.find((x) => x.program === p.事業名 && x.indicator === name && x.fiscal_year === year);
            expect(r, `${p.事業名} / ${ind.内容} / ${era}`).toBeDefined();
            if (rate === null) expect(r!.achievement, `${ind.内容} ${era}`).toBeNull();
            else expect(`${(Math.round(r!.achievement! * 1000) / 10).toFixed(1)}%`, `${ind.内容} ${era}`).toBe(rate);
            checked++;
          }
        }
      }
    }
    expect(checked).toBe(21); // 20 printed rates and one null (a target of 0)
    const burn = results.find((x) => x.indicator === '家庭系プラスチックごみの焼却量' && x.unit === '万トン' && x.fiscal_year === 2023)!;
    expect(burn).toMatchObject({ direction: 'down', direction_source: 'keyword', achievement: 5.8 / 4.9, status: 'achieved' });
    const recycled = results.find((x) => x.indicator === 'リサイクル量' && x.unit === 't' && x.fiscal_year === 2024)!;
    expect(recycled).toMatchObject({ achievement: 216508 / 272500, status: 'missed' });
  });

  it('takes money from 事業費_千円: R5決算 as 2023 spend, R6決算見込 as 2024 spend, R7予算 as 2025 budget', async () => {
    const rows = await db.run("SELECT fiscal_year, money_kind, project_cost, other_sources, general_fund FROM program_money WHERE sheet_no = '環境局-1' ORDER BY fiscal_year");
    expect(rows).toEqual([
      { fiscal_year: 2023, money_kind: '決算', project_cost: 4988, other_sources: 0, general_fund: 4988 },
      { fiscal_year: 2024, money_kind: '決算見込', project_cost: 2953, other_sources: 0, general_fund: 2953 },
      { fiscal_year: 2025, money_kind: '予算', project_cost: 14128, other_sources: 3000, general_fund: 11128 },
    ]);
    const scores = await programScorecard(db, {});
    const mine = scores.filter((s) => s.sheet_no === '環境局-1').map((s) => [s.fiscal_year, s.budget, s.spend]);
    expect(mine).toEqual([
      [2023, null, 4988],
      [2024, null, 2953],
      [2025, 14128, null],
    ]);
  });
});

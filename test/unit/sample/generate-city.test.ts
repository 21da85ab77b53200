import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { countPatterns, figureOf, parseTable, yearOf, type Row } from '../../../src/sample/count-patterns';
import { csvLine, toCsv } from '../../../src/sample/csv';
import { fiscalYearLabel, formatFigure, groupDigits, periodLabel } from '../../../src/sample/format';
import { generateCity, HEADERS, type CityFiles, type CityOptions } from '../../../src/sample/generate-city';
import { INFERRED_DOWN } from '../../../src/sample/model';
import { POLICY_TREE } from '../../../src/sample/policy-tree';
import { SAMPLE_OPTIONS } from '../../../src/sample/sample-options';
import { SEED_SHEET } from '../../../src/sample/seed-sheet';

const SMALL: CityOptions = { seed: 7, programs: 40, years: [2019, 2020, 2021, 2022, 2023, 2024] };
const TABLES = ['sheets', 'activities', 'outputs', 'outcomes', 'reviews', 'program_money'] as const;

function tables(files: CityFiles): Record<(typeof TABLES)[number], Row[]> {
  return {
    sheets: parseTable(files['sheets.csv'] ?? ''),
    activities: parseTable(files['activities.csv'] ?? ''),
    outputs: parseTable(files['outputs.csv'] ?? ''),
    outcomes: parseTable(files['outcomes.csv'] ?? ''),
    reviews: parseTable(files['reviews.csv'] ?? ''),
    program_money: parseTable(files['program_money.csv'] ?? ''),
  };
}

function groupCount(rows: Row[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const r of rows) {
    const key = `${r['年度']}|${r['シートNo']}`;
    out.set(key, (out.get(key) ?? 0) + 1);
  }
  return out;
}

const sample = generateCity(SAMPLE_OPTIONS);
const sampleTables = tables(sample);

afterEach(() => {
  vi.restoreAllMocks();
});

describe('generateCity: determinism', () => {
  it('gives identical text for the same options', () => {
    expect(generateCity(SMALL)).toEqual(generateCity(SMALL));
  });

  it('gives a different city for a different seed', () => {
    const a = generateCity(SMALL);
    const b = generateCity({ ...SMALL, seed: 8 });
    for (const name of Object.keys(a)) expect(b[name]).not.toBe(a[name]);
  });

  it('never calls Math.random or Date.now', () => {
    const random = vi.spyOn(Math, 'random');
    const now = vi.spyOn(Date, 'now');
    generateCity(SMALL);
    expect(random).not.toHaveBeenCalled();
    expect(now).not.toHaveBeenCalled();
  });

  it('does not depend on the order the years are given in', () => {
    expect(generateCity({ ...SMALL, years: [...SMALL.years].reverse() })).toEqual(generateCity(SMALL));
  });
});

describe('generateCity: shape', () => {
  const files = generateCity(SMALL);
  const t = tables(files);

  it('writes the six tables with the Japanese headers, CRLF line ends, and no BOM', () => {
    expect(Object.keys(files).sort()).toEqual(['activities.csv', 'outcomes.csv', 'outputs.csv', 'program_money.csv', 'reviews.csv', 'sheets.csv']);
    for (const table of TABLES) {
      const text = files[`${table}.csv`] ?? '';
      expect(text.startsWith('\uFEFF')).toBe(false);
      expect(text.split('\r\n')[0]).toBe(HEADERS[table].join(','));
      expect(text.endsWith('\r\n')).toBe(true);
      // Every LF outside quoted cells is part of a CRLF.
      expect(/[^\r]\n/.test(text.replace(/"[^"]*"/g, '""'))).toBe(false);
    }
  });

  it('has one sheet and one review per program and year, with unique sheet numbers within a year', () => {
    const byYear = new Map<string, Set<string>>();
    for (const s of t.sheets) {
      const set = byYear.get(s['年度'] ?? '') ?? new Set<string>();
      expect(set.has(s['シートNo'] ?? '')).toBe(false);
      set.add(s['シートNo'] ?? '');
      byYear.set(s['年度'] ?? '', set);
    }
    expect([...byYear.keys()]).toEqual(['令和元年度', '令和2年度', '令和3年度', '令和4年度', '令和5年度', '令和6年度']);
    for (const set of byYear.values()) expect(set.size).toBe(SMALL.programs);
    expect(t.reviews).toHaveLength(t.sheets.length);
  });

  it('gives every sheet 1–5 activities, 1–3 outcomes, and every activity an output', () => {
    const activities = groupCount(t.activities);
    const outcomes = groupCount(t.outcomes);
    for (const s of t.sheets) {
      const key = `${s['年度']}|${s['シートNo']}`;
      expect(activities.get(key)).toBeGreaterThanOrEqual(1);
      expect(activities.get(key)).toBeLessThanOrEqual(5);
      expect(outcomes.get(key)).toBeGreaterThanOrEqual(1);
      expect(outcomes.get(key)).toBeLessThanOrEqual(3);
    }
    const withOutputs = new Set(t.outputs.map((o) => `${o['年度']}|${o['シートNo']}|${o['活動No']}`));
    for (const a of t.activities) expect(withOutputs.has(`${a['年度']}|${a['シートNo']}|${a['活動No']}`)).toBe(true);
  });

  it('keeps 事業ID stable across years and ids unique within a year', () => {
    const ids = new Map<string, Set<string>>();
    for (const s of t.sheets) {
      const id = s['事業ID'] ?? '';
      if (id === '') continue;
      expect(id).toMatch(/^P\d{4}$/);
      const years = ids.get(id) ?? new Set<string>();
      expect(years.has(s['年度'] ?? '')).toBe(false);
      years.add(s['年度'] ?? '');
      ids.set(id, years);
    }
    for (const years of ids.values()) expect(years.size).toBe(SMALL.years.length);
  });

  it('uses the seven pillars, 2–4 goals each, 2–4 measures each', () => {
    expect(POLICY_TREE.map((p) => p.name)).toEqual([
      'I 子育て・教育', 'II 健康・福祉', 'III 安全・安心', 'IV 環境・都市基盤', 'V 産業・経済', 'VI 市民協働・文化',
      'VII 行財政運営の効率化',
    ]);
    for (const p of POLICY_TREE) {
      expect(p.goals.length).toBeGreaterThanOrEqual(2);
      expect(p.goals.length).toBeLessThanOrEqual(4);
      for (const g of p.goals) {
        expect(g.measures.length).toBeGreaterThanOrEqual(2);
        expect(g.measures.length).toBeLessThanOrEqual(4);
      }
    }
    const pillars = new Set(sampleTables.sheets.map((s) => s['施策の大綱']));
    expect(pillars.size).toBe(7);
  });

  it('never gives a higher-is-better indicator a name the importer would read as lower-is-better', () => {
    for (const p of POLICY_TREE) {
      for (const g of p.goals) {
        for (const m of g.measures) {
          for (const spec of m.outcomes) {
            const [name = '', , dir] = spec.split('|');
            if (dir === 'up') expect(INFERRED_DOWN.test(name), name).toBe(false);
          }
        }
      }
    }
  });

  it('copes with one program and one year', () => {
    const t1 = tables(generateCity({ seed: 1, programs: 1, years: [2024] }));
    expect(t1.sheets).toHaveLength(1);
    expect(t1.reviews).toHaveLength(1);
  });
});

describe('generateCity: the seed sheet', () => {
  const key = (r: Row) => r['年度'] === '令和6年度' && r['シートNo'] === '124';

  it('puts sheet 124 of FY2024 in the sample with the seed figures, and no other sheet 124 that year', () => {
    const sheets = sampleTables.sheets.filter(key);
    expect(sheets).toHaveLength(1);
    const s = sheets[0] as Row;
    expect(s['事務事業名']).toBe('教育機関・民間企業との連携事業');
    expect(s['課等名']).toBe('常創戦略課');
    expect(s['施策の大綱']).toBe('VII 行財政運営の効率化');
    expect(s['施策の目標']).toBe('1 市民満足度の高い行財政運営を進める');
    expect(s['施策']).toBe('3 連携事業');
    expect(s['作成日']).toBe('2025/05/16');
    expect(s['事務事業の背景・目的']).toBe(SEED_SHEET.background);

    const activities = sampleTables.activities.filter(key);
    expect(activities.map((a) => [a['活動名・事業名'], a['予算額（千円）'], a['決算額（千円）']])).toEqual(
      SEED_SHEET.activities.map((a) => [a.name, '0 千円', '0 千円']),
    );
    expect(activities.map((a) => a['担当課'])).toEqual(['', '指導課', '', '', '']);

    const outputs = sampleTables.outputs.filter(key);
    expect(outputs.map((o) => [o['活動No'], o['指標'], o['単位'], o['目標値'], o['翌年度目標値'], o['実績値']])).toEqual([
      ['1', '提携先企業・団体', '件', '1', '1', ''],
      ['2', '参加人数', '人', '40', '40', ''],
      ['3', '取組数', '件', '5', '5', ''],
      ['3', '活動回数', '回', '5', '5', ''],
      ['4', '取組回数', '回', '1', '1', ''],
      ['4', '取組回数', '回', '2', '1', ''],
      ['5', '取組回数', '回', '3', '—', ''],
      ['5', '取組回数', '回', '3', '—', ''],
    ]);

    const outcomes = sampleTables.outcomes.filter(key);
    expect(outcomes.map((o) => [o['指標名'], o['目標値'], o['実績値']])).toEqual([
      ['民間企業×教育機関の事業実施数', '2', '2'],
      ['転出者数', 'R9年度 2,700人', '3,083人'],
      ['協定先企業との取り組み', '1', '1'],
    ]);

    const reviews = sampleTables.reviews.filter(key);
    expect(reviews.map((r) => [r['コスト'], r['活動'], r['成果'], r['その他']])).toEqual([['☐', '☑', '☑', '☐']]);
  });

  it('leaves the seed out unless asked, and when FY2024 is not generated', () => {
    const without = tables(generateCity({ ...SAMPLE_OPTIONS, includeSeedSheet: false }));
    expect(without.sheets.some((s) => s['課等名'] === '常創戦略課')).toBe(false);
    const noFy2024 = tables(generateCity({ ...SAMPLE_OPTIONS, years: [2021, 2022] }));
    expect(noFy2024.sheets.some((s) => s['課等名'] === '常創戦略課')).toBe(false);
  });
});

describe('generateCity: patterns the analyses need', () => {
  const counts = countPatterns(sample);
  const atLeast: Record<string, number> = {
    'outcomes achieved (>= 100%)': 20,
    'outcomes near (80–100%)': 20,
    'outcomes missed (< 80%)': 20,
    'lower-is-better, 方向 column': 10,
    'lower-is-better, inferred from name': 10,
    'higher-is-better, 方向 column': 5,
    'interim target in cell (R9年度 2,700人)': 10,
    'interim target, 目標年度 column': 10,
    'outcomes with baseline': 10,
    'zero-cost activities (0 千円 both)': 10,
    'activities with cost not stated': 5,
    'under-spending (< 70%)': 10,
    'over-spending (> 100%)': 10,
    'outcome target lowered from the year before': 5,
    'next-year target easier than this year': 5,
    'programs renamed (same 事業ID)': 3,
    'programs renumbered': 3,
    'programs without 事業ID (followed by name)': 3,
    'actual —': 3,
    'target —': 3,
    'output next-year target —': 3,
    'legal basis —': 3,
    'actual 集計中': 3,
    'actual 調査未実施': 3,
    'checkbox ☑': 50,
    'checkbox ☐': 50,
    'outputs with actual': 50,
    'outputs without actual': 50,
    'one-year activities': 3,
    'lead department 【】 in activity name': 3,
    'lead department in 担当課 column': 3,
    'multi-line cells (reflection)': 3,
  };
  it.each(Object.entries(atLeast))('%s occurs at least %i times', (pattern, min) => {
    expect(counts[pattern] ?? 0).toBeGreaterThanOrEqual(min);
  });

  it('has more outputs without actuals than with', () => {
    expect(counts['outputs without actual'] ?? 0).toBeGreaterThan(counts['outputs with actual'] ?? 0);
  });

  it('keeps id-less programs under one name in every year', () => {
    const idless = sampleTables.sheets.filter((s) => s['事業ID'] === '' && s['課等名'] !== '常創戦略課');
    const years = new Map<string, number>();
    for (const s of idless) years.set(s['事務事業名'] ?? '', (years.get(s['事務事業名'] ?? '') ?? 0) + 1);
    for (const n of years.values()) expect(n).toBe(SAMPLE_OPTIONS.years.length);
  });

  it('lets a budget drift rather than jump between years', () => {
    const byId = new Map<string, number[]>();
    const idOf = new Map(sampleTables.sheets.map((s) => [`${s['年度']}|${s['シートNo']}`, s['事業ID'] ?? '']));
    for (const a of sampleTables.activities) {
      const b = figureOf(a['予算額（千円）'] ?? '');
      const id = idOf.get(`${a['年度']}|${a['シートNo']}`) ?? '';
      if (b === null || b === 0 || id === '') continue;
      const k = `${id}|${a['活動名・事業名']}`;
      byId.set(k, [...(byId.get(k) ?? []), b]);
    }
    let steps = 0;
    let jumps = 0;
    for (const series of byId.values()) {
      for (let i = 1; i < series.length; i++) {
        steps++;
        const r = (series[i] as number) / (series[i - 1] as number);
        if (r < 0.8 || r > 1.25) jumps++;
      }
    }
    expect(steps).toBeGreaterThan(500);
    expect(jumps).toBe(0);
  });
});

describe('committed files', () => {
  const read = (path: string) => readFileSync(fileURLToPath(new URL(`../../../${path}`, import.meta.url)));

  it('data/sample matches the generator (run `npm run sample` after changing it)', () => {
    for (const [name, text] of Object.entries(sample)) {
      expect(read(`data/sample/${name}`).toString('utf8'), name).toBe('\uFEFF' + text);
    }
  });

  it('the hand-made tables of sheet 124 (test/fixtures/seed-tables) are laid out as exported: UTF-8 BOM, Shift_JIS activities, CRLF, four blank rows', () => {
    for (const name of ['sheets', 'outputs', 'outcomes', 'reviews']) {
      const text = read(`test/fixtures/seed-tables/${name}.csv`).toString('utf8');
      expect(text.startsWith('\uFEFF'), name).toBe(true);
      expect(/[^\r]\n/.test(text), name).toBe(false);
    }
    const raw = read('test/fixtures/seed-tables/activities.csv');
    expect(raw[0]).not.toBe(0xef);
    const activities = new TextDecoder('shift_jis').decode(raw);
    const lines = activities.split('\r\n');
    // Five activities, then the sheet's four empty rows as fully blank CSV rows, then the final CRLF.
    expect(lines).toHaveLength(1 + 5 + 4 + 1);
    expect(lines.slice(6)).toEqual([',,,,,,', ',,,,,,', ',,,,,,', ',,,,,,', '']);
    expect(lines[0]).toBe('年度,シートNo,活動No,活動名・事業名,R6 活動・事業内容,R6 予算額,R6 決算額');
    expect(lines[2]).toContain('筑波大学・オリジナルオープンキャンパス (R6・7・8) 【指導課】');

    const sheets = parseTable(read('test/fixtures/seed-tables/sheets.csv').toString('utf8').slice(1));
    expect(sheets).toHaveLength(1);
    expect(sheets[0]?.['事務事業の背景・目的']).toBe(SEED_SHEET.background);
    expect(sheets[0]?.['施策の大綱']).toBe('VII行財政運営の効率化');
    expect(sheets[0]?.['作成日']).toBe('2025.5/16');
    const outputs = parseTable(read('test/fixtures/seed-tables/outputs.csv').toString('utf8').slice(1));
    expect(outputs.map((o) => [o['指標 (単位)'], o['R6 目標値'], o['R7 目標値']])).toEqual([
      ['提携先企業・団体 (件)', '1', '1'],
      ['参加人数 (人)', '40', '40'],
      ['取組数 (件)', '5', '5'],
      ['活動回数 (回)', '5', '5'],
      ['取組回数 (回)', '1', '1'],
      ['取組回数 (回)', '2', '1'],
      ['取組回数 (回)', '3', '—'],
      ['取組回数 (回)', '3', '—'],
    ]);
    const outcomes = parseTable(read('test/fixtures/seed-tables/outcomes.csv').toString('utf8').slice(1));
    expect(outcomes.map((o) => o['目標値'])).toEqual(['2', 'R9年度 2,700人', '1']);
    expect(outcomes.map((o) => o['R6実績値'])).toEqual(['2', '3,083人', '1']);
    const reviews = parseTable(read('test/fixtures/seed-tables/reviews.csv').toString('utf8').slice(1));
    expect(reviews.map((r) => [r['コスト'], r['活動'], r['成果'], r['その他']])).toEqual([['☐', '☑', '☑', '☐']]);
    expect(reviews[0]?.['今後の方向性']).toBe(SEED_SHEET.nextDirection);
  });
});

describe('helpers', () => {
  it('quotes cells per RFC 4180 and ends lines with CRLF', () => {
    expect(toCsv([['a', 'b,c', 'say "hi"', 'two\nlines'], ['', '1']])).toBe('a,"b,c","say ""hi""","two\nlines"\r\n,1\r\n');
    expect(csvLine(['R9年度 2,700人'])).toBe('"R9年度 2,700人"');
    expect(toCsv([])).toBe('');
  });

  it('writes years, periods and figures as Japanese sheets do', () => {
    expect(fiscalYearLabel(2019)).toBe('令和元年度');
    expect(fiscalYearLabel(2020)).toBe('令和2年度');
    expect(fiscalYearLabel(2018)).toBe('平成30年度');
    expect(periodLabel([2024, 2025, 2026])).toBe('R6・7・8');
    expect(periodLabel([2018, 2019])).toBe('H30・R1');
    expect(groupDigits(1234567)).toBe('1,234,567');
    expect(groupDigits(999)).toBe('999');
    expect(groupDigits(-1000)).toBe('-1,000');
    expect(formatFigure(12345.67, 1)).toBe('12,345.7');
    expect(yearOf('令和元年度')).toBe(2019);
    expect(figureOf('R9年度 2,700人')).toBe(2700);
    expect(figureOf('集計中')).toBeNull();
  });
});

describe('benchmark size', () => {
  it('generates 5,000 programs × 10 years (time printed, not asserted)', () => {
    const years = Array.from({ length: 10 }, (_, i) => 2015 + i);
    const started = performance.now();
    const files = generateCity({ seed: 1, programs: 5000, years });
    const ms = performance.now() - started;
    const rows = Object.fromEntries(Object.entries(files).map(([n, text]) => [n, parseTable(text).length]));
    console.log(`generateCity 5,000 programs × 10 years: ${ms.toFixed(0)} ms`, rows);
    expect(rows['sheets.csv']).toBe(50_000);
  });
});

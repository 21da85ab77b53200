/**
 * Random damage to a valid file (issue 11): outcome rows whose meaning is known, written as CSV or TSV, with
 * characters put into random places of random data rows (quotes, delimiters, line breaks, invisible and control
 * characters, spaces, brackets). Through the real parse (decode, split, header, cells, records), two properties:
 * - no valid row is lost: every row no damage touched is stored, with the values it was written with;
 * - no stored value changes silently: a stored row's year, sheet, name, target and actual are what its line was
 *   written with, or an error or warning names that line.
 * The damage holds no digit, multiplier, sign or decimal point: those write another valid figure, which is no damage
 * a reader could see. Names are compared without the damage characters (a space or a bracket in a name is written).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseInput } from '../../../src/import/parse-file';

const DAMAGE = ['"', ',', '\t', '\n', '\u200b', '\ufeff', '\u0000', '\u001b', '\u202e', ' ', '\u3000', '#', '(', ')', '円', 'x'];
const NAMES = ['利用者数', '参加者数', '相談件数', '満足度', '講座開催回数', '登録団体数'];
const strip = (s: unknown) => (typeof s === 'string' ? Array.from(s).filter((c) => !DAMAGE.includes(c) && !/\s/.test(c)).join('') : s);

interface Meant {
  fiscal_year: number;
  sheet_no: string;
  indicator: string;
  target: number;
  actual: number;
}

const meant = fc.record({
  fiscal_year: fc.integer({ min: 2019, max: 2026 }),
  sheet_no: fc.integer({ min: 1, max: 400 }).map(String),
  indicator: fc.constantFrom(...NAMES),
  target: fc.integer({ min: 0, max: 1_000_000 }),
  // actuals with and without decimals, and grouped thousands in the text (written below)
  actual: fc.oneof(fc.integer({ min: 0, max: 1_000_000 }), fc.integer({ min: 0, max: 100_000 }).map((n) => n / 10)),
});
const damage = fc.array(fc.record({ row: fc.nat(), at: fc.nat(), ch: fc.constantFrom(...DAMAGE) }), { minLength: 1, maxLength: 3 });

const grouped = (n: number) => (Number.isInteger(n) ? n.toLocaleString('en-US') : String(n));
const cellText = (s: string, d: string) => (s.includes(d) || s.includes('"') || s.includes('\n') ? `"${s.replaceAll('"', '""')}"` : s);

function write(rows: Meant[], d: string): string[] {
  return rows.map((r) => [String(r.fiscal_year), r.sheet_no, r.indicator, grouped(r.target), grouped(r.actual)].map((c) => cellText(c, d)).join(d));
}

const same = (a: unknown, b: unknown) => (typeof a === 'number' && typeof b === 'number' ? Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b)) : a === b);

async function check(rows: Meant[], hits: { row: number; at: number; ch: string }[], d: string): Promise<void> {
  const lines = write(rows, d);
  const touched = new Set<number>();
  const damaged = [...lines];
  for (const h of hits) {
    const i = h.row % rows.length;
    const at = h.at % (damaged[i]!.length + 1);
    damaged[i] = damaged[i]!.slice(0, at) + h.ch + damaged[i]!.slice(at);
    touched.add(i);
  }
  // the line each written row starts on: the header is line 1, and a line break put into a row adds a line
  const startLine: number[] = [];
  let line = 2;
  for (const text of damaged) {
    startLine.push(line);
    line += 1 + (text.match(/\n/g)?.length ?? 0);
  }
  const text = ['年度', 'シートNo', '指標名', '目標値', '実績値'].join(d) + '\n' + damaged.join('\n') + '\n';
  const units = await parseInput({ name: d === '\t' ? 'f.txt' : 'f.csv', bytes: new TextEncoder().encode(text) }, { templates: [] });
  const records = units.flatMap((u) => u.records.outcomes ?? []);
  const findings = units.flatMap((u) => u.report.findings).filter((f) => f.severity === 'error' || f.severity === 'warning');
  const flagged = (l: number) => findings.some((f) => f.line === l);
  const differs = (stored: Record<string, unknown>, m: Meant) =>
    (['fiscal_year', 'sheet_no', 'indicator', 'target', 'actual'] as const).filter((k) => !same(strip(stored[k]), strip(m[k])));

  // no valid row lost
  rows.forEach((m, i) => {
    if (touched.has(i)) return;
    const stored = records.filter((r) => r.source_line === startLine[i]);
    expect(stored.map((s) => differs(s, m)), `row ${i} (line ${startLine[i]}) in ${JSON.stringify(text)}`).toEqual([[]]);
  });
  // no silent change
  // the written row a line belongs to (a line break put into a row spreads it over several lines)
  const rowAt = (l: number) => startLine.findLastIndex((s) => s <= l);
  for (const r of records) {
    const l = r.source_line as number;
    const i = rowAt(l);
    if (flagged(l)) continue;
    expect(i, `line ${l} stored, never written, no finding: ${JSON.stringify(text)}`).toBeGreaterThanOrEqual(0);
    expect(differs(r, rows[i]!), `line ${l} changed silently in ${JSON.stringify(text)}`).toEqual([]);
  }
}

describe('random damage to a valid file', () => {
  for (const [name, d] of [['CSV', ','], ['TSV', '\t']] as const) {
    it(`${name}: never loses an undamaged row, never changes a stored value without a finding on its line`, async () => {
      await fc.assert(
        fc.asyncProperty(fc.array(meant, { minLength: 3, maxLength: 8 }), damage, (rows, hits) => check(rows, hits, d)),
        { numRuns: 300 },
      );
    });
  }
});

import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { toExcelCsv, type CsvCell } from '../../../src/export/csv';

const columns = [{ header: '事業名' }, { header: '決算額' }, { header: 'メモ' }];

function parse(csv: string): string[][] {
  expect(csv.startsWith('\uFEFF')).toBe(true);
  const out = Papa.parse<string[]>(csv.slice(1), { delimiter: ',', newline: '\r\n', skipEmptyLines: false });
  expect(out.errors).toEqual([]);
  const rows = out.data;
  // the trailing CRLF gives one empty last row
  expect(rows.at(-1)).toEqual(['']);
  return rows.slice(0, -1);
}

const unApostrophe = (s: string) => (/^'[=+\-@\t\r]/.test(s) ? s.slice(1) : s);

describe('toExcelCsv', () => {
  it('starts with a BOM and ends lines with CRLF', () => {
    const csv = toExcelCsv(columns, [['a', 1, 'b']]);
    expect(csv).toBe('\uFEFF事業名,決算額,メモ\r\na,1,b\r\n');
  });

  it('round-trips through papaparse', () => {
    const rows: CsvCell[][] = [
      ['子育て支援事業', 3083, '市民の「声」'],
      ['他,カンマ', -120, 'He said "hi"'],
      ['改行\nあり', 0.5, '改行\r\nCRLF'],
      [null, null, ''],
      ['真偽', 12, true],
      ['=HYPERLINK("http://x","y")', -1, '+1'],
      ['-1+2', 1e6, '@SUM(A1)'],
      ['\tx', 3, '\rx'],
    ];
    const parsed = parse(toExcelCsv(columns, rows));
    expect(parsed[0]).toEqual(['事業名', '決算額', 'メモ']);
    const expected = rows.map((r) => r.map((c) => (c === null ? '' : typeof c === 'boolean' ? (c ? 'TRUE' : 'FALSE') : String(c))));
    expect(parsed.slice(1).map((r) => r.map(unApostrophe))).toEqual(expected);
  });

  it('neutralises text that a spreadsheet would read as a formula', () => {
    const dangerous = ['=HYPERLINK("http://x","y")', '+1', '-1+2', '@SUM(A1)', '\tx', '\rx'];
    const parsed = parse(toExcelCsv([{ header: 'x' }], dangerous.map((d) => [d])));
    expect(parsed.slice(1).map((r) => r[0])).toEqual(dangerous.map((d) => `'${d}`));
    for (const [cell] of parsed.slice(1)) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });

  it('keeps genuine numbers, negatives included', () => {
    const csv = toExcelCsv([{ header: 'n' }], [[-120], [3083], [-0.25]]);
    expect(csv).toBe('\uFEFFn\r\n-120\r\n3083\r\n-0.25\r\n');
    expect(parse(csv).slice(1)).toEqual([['-120'], ['3083'], ['-0.25']]);
  });

  it('quotes commas, quotes and line breaks (RFC 4180) and writes null as empty', () => {
    const csv = toExcelCsv([{ header: 'a' }, { header: 'b' }, { header: 'c' }, { header: 'd' }], [['a,b', 'say "x"', '1\n2', null]]);
    expect(csv).toBe('\uFEFFa,b,c,d\r\n"a,b","say ""x""","1\n2",\r\n');
  });

  it('keeps Japanese text as is (UTF-8)', () => {
    const csv = toExcelCsv([{ header: '施策の大綱' }], [['健康で安心して暮らせるまち']]);
    const bytes = new TextEncoder().encode(csv);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // the UTF-8 BOM Excel looks for
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)).toBe(csv);
    expect(parse(csv)).toEqual([['施策の大綱'], ['健康で安心して暮らせるまち']]);
  });

  it('writes an empty table as the header row only', () => {
    expect(toExcelCsv(columns, [])).toBe('\uFEFF事業名,決算額,メモ\r\n');
  });
});

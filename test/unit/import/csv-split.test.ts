import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { splitCsv } from '../../../src/import/sources/csv-split';

const cells = (text: string, d = ',') => splitCsv(text, d).rows.map((r) => [r.line, ...r.cells]);

describe('splitCsv: well-formed text', () => {
  it('splits records and cells, with the line each record starts on', () => {
    expect(cells('a,b\r\n1,"x\r\ny",2\r\n3,,\r\n')).toEqual([
      [1, 'a', 'b'],
      [2, '1', 'x\r\ny', '2'],
      [4, '3', '', ''],
    ]);
  });

  it('reads "" inside a quoted cell as one quote, and a quote inside an unquoted cell as a character', () => {
    expect(cells('"say ""hi""",9"0\n')).toEqual([[1, 'say "hi"', '9"0']]);
  });

  it('mixes CRLF and LF, and reads CR-only files (old Mac) by CR', () => {
    expect(cells('a,b\r\n1,2\n3,4\r\n')).toEqual([[1, 'a', 'b'], [2, '1', '2'], [3, '3', '4']]);
    expect(cells('a,b\r1,2\r')).toEqual([[1, 'a', 'b'], [2, '1', '2']]);
  });

  it('keeps blank lines as one empty cell and drops nothing after the last line end', () => {
    expect(cells('a\n\nb')).toEqual([[1, 'a'], [2, ''], [3, 'b']]);
    expect(cells('a,\n')).toEqual([[1, 'a', '']]);
    expect(cells('')).toEqual([]);
  });

  it('splits tab-separated text; commas are then characters', () => {
    expect(cells('年度\t予算額\n2024\t1,200\n', '\t')).toEqual([[1, '年度', '予算額'], [2, '2024', '1,200']]);
  });

  // Well-formed CSV (as Excel writes it: rows led by a year, text cells with commas, quotes and line breaks) must split
  // exactly as papaparse did before.
  const cell = fc.string({ unit: fc.constantFrom('a', 'x', ',', '"', '\n', '\r\n', ' ', 'あ', '\t', '.'), maxLength: 8 });
  const quoteIfNeeded = (c: string) => (/[",\r\n]/.test(c) ? `"${c.replaceAll('"', '""')}"` : c);
  it('splits any well-formed CSV as papaparse does', () => {
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 8 }), (rows) => {
        const text = rows.map((r) => ['2024', ...r].map(quoteIfNeeded).join(',')).join('\r\n') + '\r\n';
        const papa = Papa.parse<string[]>(text, { delimiter: ',' }).data;
        if (papa.at(-1)?.length === 1 && papa.at(-1)![0] === '') papa.pop();
        expect(splitCsv(text, ',').rows.map((r) => r.cells)).toEqual(papa);
        expect(splitCsv(text, ',').problems).toEqual([]);
      }),
    );
  });
});

describe('splitCsv: broken quotes', () => {
  it('an unclosed quote: its line read with the quote as a character, every later line read again', () => {
    const r = splitCsv('h1,h2,h3\n1,"x,2\n3,y,4\n5,z,6\n', ',');
    expect(r.rows.map((x) => [x.line, ...x.cells])).toEqual([[1, 'h1', 'h2', 'h3'], [2, '1', '"x', '2'], [3, '3', 'y', '4'], [4, '5', 'z', '6']]);
    expect(r.problems).toEqual([{ line: 2, swallowedTo: 5, closedAt: null }]);
  });

  it('an open quote closed by the opening quote of a later quoted cell: the later cell still reads', () => {
    const r = splitCsv('h1,h2,h3\n1,"x,2\n3,y,4\n5,"z, w",6\n', ',');
    expect(r.rows.map((x) => x.cells)).toEqual([['h1', 'h2', 'h3'], ['1', '"x', '2'], ['3', 'y', '4'], ['5', 'z, w', '6']]);
    expect(r.problems.map((p) => p.line)).toEqual([2]);
  });

  it('a stray opening and a stray closing quote around whole rows: the rows between are read', () => {
    const text = 'h1,h2,h3\n2024,"x,2\n2024,y,4\n2024,w,8\n2024,z",6\n';
    const r = splitCsv(text, ',');
    expect(r.rows.map((x) => x.cells)).toEqual([['h1', 'h2', 'h3'], ['2024', '"x', '2'], ['2024', 'y', '4'], ['2024', 'w', '8'], ['2024', 'z"', '6']]);
    expect(r.problems).toEqual([{ line: 2, swallowedTo: 5, closedAt: 5 }]);
  });

  it('a quoted cell with line breaks and commas that holds no row stays one cell', () => {
    const text = 'h1,h2,h3\n2024,"背景, 目的, 経緯\n一行目\n二行目",6\n2024,b,7\n';
    expect(splitCsv(text, ',').rows.map((x) => x.cells)).toEqual([['h1', 'h2', 'h3'], ['2024', '背景, 目的, 経緯\n一行目\n二行目', '6'], ['2024', 'b', '7']]);
  });

  it('a quote closed in the wrong place on one line: the cell read as written, swallowing nothing', () => {
    const r = splitCsv('a,b\n1,"x"y,2\n3,4\n', ',');
    expect(r.rows.map((x) => x.cells)).toEqual([['a', 'b'], ['1', '"x"y', '2'], ['3', '4']]);
    expect(r.problems).toEqual([{ line: 2, swallowedTo: null, closedAt: null }]);
  });

  it('reads 20,000 lines each opening a quote (each one scan to the next quote, not to the end)', () => {
    const text = Array.from({ length: 20_000 }, (_, i) => `2024,"x${i},${i}`).join('\n') + '\n';
    const r = splitCsv(text, ',');
    expect(r.rows).toHaveLength(20_000);
    expect(r.rows[19_999]!.cells).toEqual(['2024', '"x19999', '19999']);
    expect(r.problems).toHaveLength(20_000);
  });
});

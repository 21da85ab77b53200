import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeBytes, type Decoded } from '../../src/import/decode';

const enc = new TextEncoder();
const fixture = (name: string) => new Uint8Array(readFileSync(`test/fixtures/${name}`));
const concat = (...parts: (Uint8Array | number[] | string)[]) =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? [...enc.encode(p)] : [...p])));
const ok = (d: Decoded) => {
  if (!d.ok) throw new Error(d.message);
  return d;
};
const where = (d: Decoded) => ok(d).issues.map((i) => ({ line: i.line, column: i.column, raw: i.raw, severity: i.severity }));

function utf16(text: string, bigEndian: boolean, bom = false): Uint8Array {
  const out: number[] = bom ? (bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]) : [];
  for (let i = 0; i < text.length; i++) {
    const u = text.charCodeAt(i);
    out.push(...(bigEndian ? [u >> 8, u & 0xff] : [u & 0xff, u >> 8]));
  }
  return Uint8Array.from(out);
}

const TABLE = '年度,シートNo,事務事業名\r\n2024,1,健康診査事業\r\n2024,2,図書館運営事業\r\n';

describe('decodeBytes: UTF-8 with a few invalid bytes stays UTF-8', () => {
  it('keeps every other character and reports the byte with its line and column', () => {
    // 0x93 is a Shift_JIS lead byte pasted into a UTF-8 file (it used to make the whole file Shift_JIS: mojibake).
    const d = ok(decodeBytes(concat('年度,シートNo,事務事業名\r\n2024,1,健康', [0x93], '診査事業\r\n2024,2,図書館運営事業\r\n')));
    expect(d.encoding).toBe('utf-8');
    expect(d.text).toBe('年度,シートNo,事務事業名\r\n2024,1,健康\ufffd診査事業\r\n2024,2,図書館運営事業\r\n');
    expect(where(d)).toEqual([{ line: 2, column: 10, raw: '0x93', severity: 'error' }]);
    expect(d.issues[0]!.message).toBe(
      '2行目 10文字目に UTF-8 として読めないバイト（0x93）があります。その文字は「�」に置き換え、ほかの部分はそのまま読みました（undecodable bytes at line 2, column 10）',
    );
  });

  it('reports each undecodable spot: a Shift_JIS kanji in a UTF-8 cell', () => {
    // 髙 in Shift_JIS is FB FC: two bytes that are no UTF-8 (each its own maximal subpart).
    const d = ok(decodeBytes(concat('年度,シートNo,事務事業名\n2024,3,', [0xfb, 0xfc], '橋記念館\n')));
    expect(d.encoding).toBe('utf-8');
    expect(where(d)).toEqual([
      { line: 2, column: 8, raw: '0xFB', severity: 'error' },
      { line: 2, column: 9, raw: '0xFC', severity: 'error' },
    ]);
  });

  it('groups the bytes of a cut UTF-8 sequence as one spot', () => {
    const d = ok(decodeBytes(concat(TABLE, '2024,4,', [0xe5, 0x81], ',x\r\n')));
    expect(where(d)).toEqual([{ line: 4, column: 8, raw: '0xE5 0x81', severity: 'error' }]);
  });

  it('reports a file that ends inside a character', () => {
    const d = ok(decodeBytes(concat(TABLE, '2024,5,事', [0xe6, 0xa5])));
    expect(d.encoding).toBe('utf-8');
    expect(where(d)).toEqual([{ line: 4, column: 9, raw: '0xE6 0xA5', severity: 'error' }]);
    expect(d.issues[0]!.message).toContain('UTF-8 の文字の途中で終わっています');
  });

  it('does not call a file of another encoding UTF-8 for a handful of valid sequences', () => {
    const sjis = fixture('bad/shift-jis-header-with-fullwidth-space.csv');
    expect(ok(decodeBytes(sjis))).toMatchObject({ encoding: 'shift_jis', issues: [] });
  });
});

describe('decodeBytes: a BOM decides, and invalid bytes after it are reported', () => {
  it('UTF-8 with BOM and an invalid byte', () => {
    const d = ok(decodeBytes(concat([0xef, 0xbb, 0xbf], TABLE, '2024,6,', [0xff], '\r\n')));
    expect(d.encoding).toBe('utf-8-bom');
    expect(d.text.startsWith('年度')).toBe(true);
    expect(where(d)).toEqual([{ line: 4, column: 8, raw: '0xFF', severity: 'error' }]);
  });

  it('keeps a second BOM inside the file as a character (the cells report it)', () => {
    const d = ok(decodeBytes(concat([0xef, 0xbb, 0xbf], TABLE, [0xef, 0xbb, 0xbf], '2024,7,x\r\n')));
    expect(d.text).toBe(`${TABLE}\ufeff2024,7,x\r\n`);
    expect(d.issues).toEqual([]);
  });

  it('reports a U+FFFD that the UTF-8 file itself holds, as a warning', () => {
    const d = ok(decodeBytes(concat(TABLE, '2024,8,健康\ufffd事業\r\n')));
    expect(where(d)).toEqual([{ line: 4, column: 10, raw: '\ufffd', severity: 'warning' }]);
  });

  it('UTF-16LE with BOM and a lone surrogate', () => {
    const bytes = concat(utf16('年度\tシートNo\r\n2024\t', false, true), [0x00, 0xd8], utf16('1\r\n', false));
    const d = ok(decodeBytes(bytes));
    expect(d.encoding).toBe('utf-16le');
    expect(where(d)).toEqual([{ line: 2, column: 6, raw: '0x00 0xD8', severity: 'error' }]);
  });

  it('UTF-16BE with BOM', () => {
    expect(ok(decodeBytes(utf16(TABLE, true, true)))).toMatchObject({ encoding: 'utf-16be', text: TABLE, issues: [] });
  });
});

describe('decodeBytes: Shift_JIS (CP932)', () => {
  it('reports a file cut inside a character, and keeps the rest', () => {
    const whole = fixture('bad/shift-jis-header-with-fullwidth-space.csv');
    const cut = whole.subarray(0, whole.length - 3); // ends '…事業,商工観光課\r\n' minus CRLF and the last byte
    const d = ok(decodeBytes(cut));
    expect(d.encoding).toBe('shift_jis');
    expect(d.text).toBe(new TextDecoder('shift_jis').decode(whole.subarray(0, whole.length - 3)));
    expect(d.issues).toHaveLength(1);
    expect(d.issues[0]).toMatchObject({ line: d.text.split('\n').length, severity: 'error', raw: `0x${whole[whole.length - 4]!.toString(16).toUpperCase()}` });
    expect(d.issues[0]!.message).toContain('Shift_JIS（CP932） の文字の途中で終わっています');
  });

  it('reads a half-width katakana file as Shift_JIS', () => {
    const d = ok(decodeBytes(concat('No,', [0xbc, 0xb0, 0xc4], '\r\n1,2\r\n')));
    expect(d).toMatchObject({ encoding: 'shift_jis', text: 'No,ｼｰﾄ\r\n1,2\r\n', issues: [] });
  });

  it('supplies the user-defined characters (外字) as private use, as the standard says', () => {
    const d = ok(decodeBytes(concat([0x8e, 0x96, 0x8b, 0xc6], [0xf0, 0x40], '\r\n')));
    expect(d).toMatchObject({ encoding: 'shift_jis', text: '事業\ue000\r\n' });
  });
});

describe('decodeBytes: encodings that were not detected', () => {
  const expectedRows = ['年度,シートNo,指標名,目標値,実績値,単位', '令和6年度,124,転出者数～市外,"2,700","3,083",人'];

  it('EUC-JP (it used to decode as Shift_JIS: mojibake)', () => {
    const d = ok(decodeBytes(fixture('encodings/outcomes-euc-jp.csv')));
    expect(d.encoding).toBe('euc-jp');
    expect(d.issues).toEqual([]);
    // WHATWG maps JIS 0x2141 to ～ (U+FF5E), as Windows does.
    expect(d.text.split('\r\n').slice(0, 2)).toEqual(expectedRows);
    expect(d.text.split('\r\n')[2]).toBe('2024,125,ｶﾀｶﾅ満足度(1),80,85.5,%');
  });

  it('ISO-2022-JP', () => {
    const d = ok(decodeBytes(fixture('encodings/outcomes-iso-2022-jp.csv')));
    expect(d.encoding).toBe('iso-2022-jp');
    expect(d.text.split('\r\n')[0]).toBe(expectedRows[0]);
  });

  it.each([
    ['encodings/outcomes-utf16be.txt', 'utf-16be'],
    ['encodings/outcomes-utf16le-nobom.txt', 'utf-16le'],
  ])('%s without a BOM is %s, not binary', (name, encoding) => {
    const d = ok(decodeBytes(fixture(name)));
    expect(d).toMatchObject({ encoding, issues: [] });
    expect(d.text.split('\r\n')[0]).toBe('年度\tシートNo\t指標名\t目標値\t実績値\t単位');
  });

  it('UTF-16 without a BOM holding 一 (U+4E00, a zero byte on the other side)', () => {
    const text = '指標\t値\r\n一人当たり\t1\r\n一般\t2\r\n';
    expect(ok(decodeBytes(utf16(text, false)))).toMatchObject({ encoding: 'utf-16le', text });
    expect(ok(decodeBytes(utf16(text, true)))).toMatchObject({ encoding: 'utf-16be', text });
  });
});

describe('decodeBytes: what is not text', () => {
  it.each([
    ['a PNG', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52], 'バイナリ'],
    ['an .xlsx', [0x50, 0x4b, 0x03, 0x04, 0x14, 0x00], '.xlsx'],
    ['an .xls', [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0], '.xls'],
  ])('refuses %s', (_, bytes, words) => {
    const d = decodeBytes(Uint8Array.from(bytes));
    expect(d.ok ? '' : d.message).toContain(words);
  });

  it('reads a long text with one stray NUL as text (the cell reports the control character)', () => {
    const d = ok(decodeBytes(concat(TABLE.repeat(5), '2024,9,a', [0], 'b\r\n')));
    expect(d.encoding).toBe('utf-8');
    expect(d.text).toContain('a\u0000b');
  });
});

describe('decodeBytes: many undecodable bytes', () => {
  it('reports the first 100 one by one and counts the rest', () => {
    const lines = Array.from({ length: 150 }, (_, i) => concat(`2024,${i},`, [0xff], '\n'));
    const d = ok(decodeBytes(concat('年度,シートNo,事務事業名,ふりがな\n'.repeat(100), ...lines)));
    expect(d.encoding).toBe('utf-8');
    expect(d.issues).toHaveLength(101);
    expect(d.issues[99]).toMatchObject({ line: 200, column: 9 }); // '2024,99,' then the byte
    expect(d.issues[100]!.message).toContain('ほかに 50 か所');
  });
});

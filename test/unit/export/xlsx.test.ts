import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { toSheetData, toXlsxBlob } from '../../../src/export/xlsx';

const columns = [{ header: '事業名' }, { header: '決算額（千円）' }, { header: 'メモ' }];

/** The workbook's files as text, by path inside the zip. */
async function unzipWorkbook(blob: Blob): Promise<Record<string, string>> {
  const files = unzipSync(new Uint8Array(await blob.arrayBuffer()));
  return Object.fromEntries(Object.entries(files).map(([name, bytes]) => [name, strFromU8(bytes)]));
}

/** Cell texts in sheet order: shared strings resolved, numbers as written. Enough of SpreadsheetML for a test. */
function cells(files: Record<string, string>): { ref: string; type: string | null; text: string; formula: boolean }[] {
  const shared = [...(files['xl/sharedStrings.xml'] ?? '').matchAll(/<si>(?:<t[^>]*>([\s\S]*?)<\/t>)?<\/si>/g)].map((m) => m[1] ?? '');
  const sheet = files['xl/worksheets/sheet1.xml']!;
  return [...sheet.matchAll(/<c r="([A-Z]+\d+)"([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)].map(([, ref, attrs, inner = '']) => {
    const type = /t="([^"]+)"/.exec(attrs!)?.[1] ?? null;
    const v = /<v>([\s\S]*?)<\/v>/.exec(inner)?.[1] ?? /<t[^>]*>([\s\S]*?)<\/t>/.exec(inner)?.[1] ?? '';
    return { ref: ref!, type, text: type === 's' ? shared[Number(v)]! : v, formula: /<f[\s>]/.test(inner) };
  });
}

const unescapeXml = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

describe('xlsx export', () => {
  it('types cells: text as text, numbers as numbers, empty as empty', () => {
    const data = toSheetData(columns, [['子育て支援', 3083, null]]);
    expect(data[0]!.map((c) => c?.value)).toEqual(['事業名', '決算額（千円）', 'メモ']);
    expect(data[1]).toEqual([{ value: '子育て支援', type: String }, { value: 3083, type: Number }, null]);
  });

  it('writes a workbook whose cells read back to the same table, formulas never created', async () => {
    const rows = [
      ['子育て支援事業', 3083, '市民の「声」'],
      ['=HYPERLINK("http://evil.example","click")', -120, '+1'],
      ['<img src=x onerror=alert(1)>', 0.5, '@SUM(A1)'],
    ];
    const files = await unzipWorkbook(await toXlsxBlob(columns, rows, '要注意事業'));
    expect(files['xl/workbook.xml']).toContain('name="要注意事業"');
    const got = cells(files);
    expect(got.some((c) => c.formula)).toBe(false);
    const byRef = Object.fromEntries(got.map((c) => [c.ref, c]));
    expect(unescapeXml(byRef.A1!.text)).toBe('事業名');
    expect(unescapeXml(byRef.A3!.text)).toBe('=HYPERLINK("http://evil.example","click")');
    expect(byRef.A3!.type).not.toBe('str'); // 'str' is a formula's cached string
    expect(byRef.B3).toMatchObject({ type: null, text: '-120' });
    expect(unescapeXml(byRef.A4!.text)).toBe('<img src=x onerror=alert(1)>');
    expect(Number(byRef.B4!.text)).toBe(0.5);
    expect(unescapeXml(byRef.C4!.text)).toBe('@SUM(A1)');
  });
});

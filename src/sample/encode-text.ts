/**
 * Text as Japanese Excel writes it: 'CSV' in CP932 (Shift_JIS with Microsoft's extensions) and 'Unicode text' in
 * UTF-16LE with a BOM. TextEncoder only writes UTF-8, so the CP932 table is the inverse of the WHATWG `shift_jis`
 * decoder the import reads with: whatever this writes reads back exactly, by construction.
 */

let cp932: Map<string, number> | null = null;

function cp932Table(): Map<string, number> {
  if (cp932) return cp932;
  const table = new Map<string, number>();
  const decoder = new TextDecoder('shift_jis', { fatal: false });
  for (let b = 0x20; b < 0x7f; b++) table.set(String.fromCharCode(b), b);
  for (let b = 0xa1; b <= 0xdf; b++) table.set(decoder.decode(new Uint8Array([b])), b);
  for (let lead = 0x81; lead <= 0xfc; lead++) {
    if (lead > 0x9f && lead < 0xe0) continue;
    for (let trail = 0x40; trail <= 0xfc; trail++) {
      if (trail === 0x7f) continue;
      const ch = decoder.decode(new Uint8Array([lead, trail]));
      // The first code wins: NEC and IBM extensions map some characters twice; Excel writes the NEC one.
      if (ch.length === 1 && ch !== '\uFFFD' && !table.has(ch)) table.set(ch, (lead << 8) | trail);
    }
  }
  cp932 = table;
  return table;
}

export class NotInCp932 extends Error {}

/**
 * CP932 bytes. A character CP932 cannot hold throws, unless `replacement` is given: Excel's 'CSV' save writes '?'
 * for each, which is what a test of 'the same workbook saved by Excel as CSV' must reproduce.
 */
export function encodeCp932(text: string, replacement?: string): Uint8Array {
  const table = cp932Table();
  const out: number[] = [];
  for (const ch of text) {
    if (ch === '\r' || ch === '\n' || ch === '\t') {
      out.push(ch.charCodeAt(0));
      continue;
    }
    const code = table.get(ch) ?? (replacement !== undefined ? replacement.charCodeAt(0) : undefined);
    if (code === undefined) throw new NotInCp932(`「${ch}」(U+${ch.codePointAt(0)!.toString(16).toUpperCase()}) は CP932 にありません`);
    if (code > 0xff) out.push(code >> 8, code & 0xff);
    else out.push(code);
  }
  return Uint8Array.from(out);
}

/** What a clerk's Shift_JIS file writes instead of characters it cannot hold (docs: platform notes). */
export const CP932_SUBSTITUTES: Readonly<Record<string, string>> = { '—': '―', '☑': '■', '☐': '□', '〜': '～', '−': '－' };

export function toCp932Safe(text: string): string {
  return text.replace(/[—☑☐〜−]/g, (ch) => CP932_SUBSTITUTES[ch] ?? ch);
}

/** UTF-16LE with its BOM, as Excel's 'Unicode text' saves. */
export function encodeUtf16le(text: string): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  out[0] = 0xff;
  out[1] = 0xfe;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out[2 + i * 2] = c & 0xff;
    out[3 + i * 2] = c >> 8;
  }
  return out;
}

import type { Encoding } from './types';

export type Decoded = { ok: true; text: string; encoding: Encoding } | { ok: false; message: string };

/**
 * Detects how Japanese Excel wrote the bytes and decodes them; the user is never asked.
 * Order matters: BOMs first, then strict UTF-8 (a Shift_JIS file of Japanese text is almost never valid UTF-8,
 * whereas Latin-1 accepts anything and is never a candidate), then Shift_JIS (WHATWG 'shift_jis' = CP932).
 */
export function decodeBytes(bytes: Uint8Array): Decoded {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { ok: true, text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8-bom' };
  }
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    // Excel's 'Unicode text' export: UTF-16LE with BOM, tab-separated.
    return { ok: true, text: new TextDecoder('utf-16le').decode(bytes), encoding: 'utf-16le' };
  }
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    return { ok: false, message: 'Excel ブック（.xlsx）のようです。Excel で「CSV」として保存してから読み込んでください。' };
  }
  if (looksBinary(bytes)) {
    return { ok: false, message: 'テキストではないファイル（バイナリ）です。CSV ファイルを選んでください。' };
  }
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { ok: true, text: new TextDecoder('shift_jis').decode(bytes), encoding: 'shift_jis' };
  }
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

/** NUL bytes or many control characters in the first 8 KB: not a text export (UTF-16 always comes with a BOM from Excel). */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (b < 0x09 || (b > 0x0d && b < 0x20)) control++;
  }
  return n > 0 && control / n > 0.05;
}

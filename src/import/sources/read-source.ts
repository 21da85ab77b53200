import { decodeBytes } from '../decode';
import type { Grid } from '../grid';
import type { Finding, InputFile } from '../types';
import { unzipArchive, zipKind } from './archive';
import { htmlToGrid } from './html-grid';
import { textToGrid } from './text-grid';
import { workbookToGrids } from './workbook-grids';

/**
 * The first step of every import: what kind of file this is, told from its bytes (users rename files; a `.xls`
 * saved by a city's system is often HTML or tab-separated text), and its cell grids.
 */
export type SourceRead =
  | { kind: 'grids'; grids: Grid[]; findings: Finding[] }
  | { kind: 'archive'; members: InputFile[]; findings: Finding[] }
  | { kind: 'json'; value: unknown; encoding: string; findings: Finding[] }
  | { kind: 'unreadable'; format: string | null; encoding: string | null; findings: Finding[] };

export async function readSource(file: InputFile): Promise<SourceRead> {
  const findings: Finding[] = [];
  const fail = (format: string | null, message: string, encoding: string | null = null): SourceRead => {
    findings.push(fileFinding(file.name, message));
    return { kind: 'unreadable', format, encoding, findings };
  };
  const b = file.bytes;
  try {
    if (startsWith(b, [0x50, 0x4b, 0x03, 0x04]) || startsWith(b, [0x50, 0x4b, 0x05, 0x06])) {
      const kind = zipKind(b);
      if (kind === 'archive') {
        const { members, skipped } = unzipArchive(file);
        for (const s of skipped) findings.push({ ...fileFinding(s.name, `${s.reason}。読み飛ばしました`), severity: 'warning' });
        if (members.length === 0 && skipped.length === 0) return fail('zip', 'zip ファイルの中にファイルがありません');
        return { kind: 'archive', members, findings };
      }
      if (kind === 'docx') return fail('docx', 'Word などの文書ファイルです。表（CSV・Excel）か、点検シートの Excel・CSV・HTML を選んでください');
      return workbook(file, kind, findings);
    }
    if (startsWith(b, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return workbook(file, 'xls', findings);
    if (startsWith(b, [0x25, 0x50, 0x44, 0x46])) {
      return fail('pdf', 'PDF ファイルです。PDF からは表を読み取れません。元の Excel か、Excel で保存した CSV を選んでください');
    }
  } catch (e) {
    return fail(null, `ファイルを開けません（壊れているか、対応していない形式です）: ${(e as Error).message}`);
  }

  const decoded = decodeBytes(b);
  if (!decoded.ok) return fail(null, decoded.message);
  // Each undecodable byte (and any U+FFFD the file held) with its line and column: never a silent U+FFFD.
  for (const i of decoded.issues) {
    findings.push({ file: file.name, line: i.line, column: null, raw: i.raw, expected: null, severity: i.severity, message: i.message });
  }
  const text = decoded.text;
  const start = firstNonSpace(text);
  if (looksLikeHtml(text, start)) return { kind: 'grids', grids: [await htmlToGrid(text, file.name, decoded.encoding)], findings };
  if (text[start] === '{' || text[start] === '[') {
    try {
      return { kind: 'json', value: JSON.parse(text.slice(start)), encoding: decoded.encoding, findings };
    } catch (e) {
      return fail('json', `JSON として読めません: ${(e as Error).message}`, decoded.encoding);
    }
  }
  return { kind: 'grids', grids: [textToGrid(text, file.name, decoded.encoding, findings)], findings };
}

async function workbook(file: InputFile, format: 'xlsx' | 'xls' | 'ods', findings: Finding[]): Promise<SourceRead> {
  const { grids, hidden } = await workbookToGrids(file.bytes, file.name, format);
  if (hidden.length) {
    findings.push({ ...fileFinding(file.name, `非表示のワークシートは読みません: ${hidden.map((h) => `「${h}」`).join(' ')}`), severity: 'info' });
  }
  return { kind: 'grids', grids, findings };
}

function fileFinding(file: string, message: string): Finding {
  return { file, line: null, column: null, raw: null, expected: null, severity: 'error', message };
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b);
}

function firstNonSpace(text: string): number {
  let i = 0;
  while (i < text.length && /\s|\uFEFF/.test(text[i]!)) i++;
  return i;
}

const HTML_START = /^<(?:!doctype\s+html|html|head|body|table|meta|title|!--)/i;

function looksLikeHtml(text: string, start: number): boolean {
  return HTML_START.test(text.slice(start, start + 64));
}

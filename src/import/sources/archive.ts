import { unzipSync } from 'fflate';
import type { InputFile } from '../types';

/**
 * Zip files: an .xlsx or .ods is a zip too, so the entries tell what a zip holds; a plain archive (a folder of
 * sheets sent as one file) is opened and its files imported one by one under `archive.zip/path/inside`.
 * fflate (8 KB, already used to write xlsx) does the unzipping.
 */
export type ZipKind = 'xlsx' | 'ods' | 'docx' | 'archive';

export function zipKind(bytes: Uint8Array): ZipKind {
  const names = new Set<string>();
  // Only the ODF mimetype entry is worth inflating, to tell a spreadsheet from a text document.
  const inflated = unzipSync(bytes, {
    filter: (f) => {
      names.add(f.name);
      return f.name === 'mimetype' && f.originalSize < 200;
    },
  });
  const mimetype = inflated.mimetype ? new TextDecoder().decode(inflated.mimetype) : '';
  if (names.has('xl/workbook.xml') || names.has('xl/workbook.bin')) return 'xlsx';
  if (mimetype.startsWith('application/vnd.oasis.opendocument.spreadsheet')) return 'ods';
  if (names.has('word/document.xml') || mimetype.startsWith('application/vnd.oasis.opendocument')) return 'docx';
  return 'archive';
}

/** A zip bomb must not take the page down: members beyond these sizes are skipped with a finding. */
const MAX_MEMBER_BYTES = 512 * 1024 * 1024;
const MAX_TOTAL_BYTES = 1536 * 1024 * 1024;

export interface Unzipped {
  members: InputFile[];
  /** members left out, with the reason (too large) */
  skipped: { name: string; reason: string }[];
}

export function unzipArchive(archive: InputFile): Unzipped {
  const skipped: Unzipped['skipped'] = [];
  let total = 0;
  const entries = unzipSync(archive.bytes, {
    filter: (f) => {
      if (f.name.endsWith('/') || isSystemFile(f.name)) return false;
      if (f.originalSize > MAX_MEMBER_BYTES || total + f.originalSize > MAX_TOTAL_BYTES) {
        skipped.push({ name: `${archive.name}/${zipName(f.name)}`, reason: `展開後 ${Math.round(f.originalSize / 1048576)} MB は大きすぎます` });
        return false;
      }
      total += f.originalSize;
      return true;
    },
  });
  const members = Object.entries(entries)
    .map(([name, bytes]) => ({ name: `${archive.name}/${zipName(name)}`, bytes }))
    .sort((a, b) => a.name.localeCompare(b.name, 'ja'));
  return { members, skipped };
}

/** macOS and Windows add these to folders they zip; they are never sheets. */
export function isSystemFile(path: string): boolean {
  const base = path.split('/').pop() ?? '';
  return path.startsWith('__MACOSX/') || path.includes('/__MACOSX/') || base === '.DS_Store' || base === 'Thumbs.db' || base === 'desktop.ini' || base.startsWith('~$') || base.startsWith('._');
}

/**
 * Windows' built-in zip writes Japanese names in CP932 without the UTF-8 flag, and fflate then reads them as
 * Latin-1. Such a name is turned back into its bytes and decoded as UTF-8, else as Shift_JIS.
 */
export function zipName(name: string): string {
  let high = false;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c > 0xff) return name;
    if (c >= 0x80) high = true;
  }
  if (!high) return name;
  const bytes = Uint8Array.from(name, (ch) => ch.charCodeAt(0));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('shift_jis').decode(bytes);
  }
}

/** Declaring corpus cases: a file (or several) written from rows, with the findings and figures expected. */
import type { Severity } from '../../../src/import/types';
import { encode, writeTable, type CorpusCase, type ExpectedFigure, type ExpectedFinding, type ExpectedRow, type RowSpec, type TextEncoding, type WriteOptions } from './build';

export interface CorpusFile {
  name: string;
  bytes: Uint8Array;
}

export interface Built {
  case: CorpusCase;
  files: CorpusFile[];
}

/** A finding expected on a row (by its index among the rows), on a line, or on the header (`line: 'header'`). */
export interface FindingSpec {
  row?: number;
  line?: number | 'header' | null;
  column?: string | null;
  severity: Severity;
  contains?: string;
}

export interface TableFileSpec extends WriteOptions {
  name: string;
  header: string[];
  rows: RowSpec[];
  encoding?: TextEncoding;
  findings?: FindingSpec[];
  /** the written text before it is encoded, changed as damage that no row can say (a byte cut, a stray BOM) */
  mangle?: (text: string) => string;
  /** the encoded bytes, changed (an invalid byte put in) */
  mangleBytes?: (bytes: Uint8Array, text: string) => Uint8Array;
}

export interface WrittenFile {
  file: CorpusFile;
  rows: ExpectedRow[];
  findings: ExpectedFinding[];
  lines: number[];
  headerLine: number;
  text: string;
}

export function tableFile(spec: TableFileSpec): WrittenFile {
  const w = writeTable(spec.header, spec.rows, spec);
  const text = spec.mangle ? spec.mangle(w.text) : w.text;
  let bytes = encode(text, spec.encoding ?? 'utf-8');
  if (spec.mangleBytes) bytes = spec.mangleBytes(bytes, text);
  const rows: ExpectedRow[] = [];
  spec.rows.forEach((r, i) => {
    if (r.table) rows.push({ file: spec.name, line: w.lines[i]!, table: r.table, valid: r.valid ?? true, values: r.values ?? {} });
  });
  const findings = (spec.findings ?? []).map((f): ExpectedFinding => {
    const line = f.row !== undefined ? w.lines[f.row]! : f.line === 'header' ? w.headerLine : (f.line ?? null);
    const out: ExpectedFinding = { file: spec.name, line, severity: f.severity };
    if (f.column !== undefined) out.column = f.column;
    if (f.contains !== undefined) out.contains = f.contains;
    return out;
  });
  return { file: { name: spec.name, bytes }, rows, findings, lines: w.lines, headerLine: w.headerLine, text };
}

export interface CaseSpec {
  id: string;
  class: number;
  wrong: string;
  files: WrittenFile[];
  figures?: ExpectedFigure[];
  /** more findings, named directly (on a file of the case) */
  findings?: ExpectedFinding[];
}

export function defineCase(spec: CaseSpec): Built {
  const rows = spec.files.flatMap((f) => f.rows);
  return {
    case: {
      id: spec.id,
      class: spec.class,
      wrong: spec.wrong,
      files: spec.files.map((f) => f.file.name),
      validRows: rows.filter((r) => r.valid).length,
      rows,
      findings: [...spec.files.flatMap((f) => f.findings), ...(spec.findings ?? [])],
      figures: spec.figures ?? [],
    },
    files: spec.files.map((f) => f.file),
  };
}

/** The usual case: one table file. */
export function tableCase(id: string, cls: number, wrong: string, spec: Omit<TableFileSpec, 'name'> & { ext?: string; figures?: ExpectedFigure[] }): Built {
  const name = `c${cls}-${id}.${spec.ext ?? (spec.delimiter === '\t' ? 'txt' : 'csv')}`;
  return defineCase({ id: `c${cls}-${id}`, class: cls, wrong, files: [tableFile({ ...spec, name })], figures: spec.figures });
}

/** A file that is not a table written from rows (a form, a workbook, bytes made by hand). */
export function rawFileCase(
  id: string,
  cls: number,
  wrong: string,
  file: CorpusFile,
  expect: { rows?: Omit<ExpectedRow, 'file'>[]; findings?: (Omit<ExpectedFinding, 'file'> & { file?: string })[]; figures?: ExpectedFigure[] },
): Built {
  return {
    case: {
      id: `c${cls}-${id}`,
      class: cls,
      wrong,
      files: [file.name],
      validRows: (expect.rows ?? []).filter((r) => r.valid).length,
      rows: (expect.rows ?? []).map((r) => ({ ...r, file: file.name })),
      findings: (expect.findings ?? []).map((f) => ({ ...f, file: f.file ?? file.name })),
      figures: expect.figures ?? [],
    },
    files: [file],
  };
}

// Headers of the five tables as a city's export writes them.
export const SHEETS = ['年度', 'シートNo', '事務事業名', '課等名'];
export const ACTIVITIES = ['年度', 'シートNo', '活動名・事業名', '予算額', '決算額'];
export const OUTPUTS = ['年度', 'シートNo', '活動名・事業名', '指標名', '単位', '目標値', '実績値'];
export const OUTCOMES = ['年度', 'シートNo', '指標名', '単位', '目標値', '実績値'];
export const REVIEWS = ['年度', 'シートNo', 'コスト', '活動', '成果', 'その他', '今後の方向性'];

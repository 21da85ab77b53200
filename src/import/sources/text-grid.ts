import Papa from 'papaparse';
import type { Grid, GridRow } from '../grid';
import type { Finding } from '../types';

/** How far down the delimiter is decided: a form's first lines are a title and labels with no delimiter at all. */
const DELIMITER_SAMPLE_CHARS = 64 * 1024;

/** CSV or TSV text → a grid, one row per record, remembering the line each record starts on. */
export function textToGrid(text: string, name: string, encoding: string, findings: Finding[]): Grid {
  const delimiter = detectDelimiter(text);
  return {
    name,
    file: name,
    sheet: null,
    format: delimiter === '\t' ? 'tsv' : 'csv',
    encoding,
    rows: splitRows(text, delimiter, name, findings),
  };
}

/** papaparse, row by row, remembering the line each row starts on (quoted cells may span lines). */
function splitRows(text: string, delimiter: string, fileName: string, findings: Finding[]): GridRow[] {
  const rows: GridRow[] = [];
  const newline = text.includes('\n') ? '\n' : '\r';
  let scanned = 0;
  let line = 1;
  let rowStart = 0;
  Papa.parse<string[]>(text, {
    delimiter,
    skipEmptyLines: false,
    step: (result) => {
      for (let p = text.indexOf(newline, scanned); p !== -1 && p < rowStart; p = text.indexOf(newline, p + 1)) line++;
      scanned = rowStart;
      const rowLine = line;
      for (const e of result.errors) {
        findings.push({ file: fileName, line: rowLine, column: null, raw: null, expected: null, severity: 'error', message: `CSV の書式エラー: ${papaErrorJa(e.code)}（${e.message}）` });
      }
      rows.push({ cells: result.data, line: rowLine });
      rowStart = result.meta.cursor;
    },
  });
  // A trailing newline gives papaparse one empty last row; it is not a blank data row.
  const last = rows.at(-1);
  if (last && last.cells.length === 1 && last.cells[0] === '') rows.pop();
  return rows;
}

function papaErrorJa(code: string): string {
  if (code === 'MissingQuotes') return '引用符（"）が閉じられていません';
  if (code === 'InvalidQuotes') return '引用符（"）の位置が不正です';
  return code;
}

/**
 * Excel's 'Unicode text' is tab-separated; its CSV is comma-separated. Decided over the first 64 KB, not the first
 * line: a title row, or a whole form's header lines, may hold neither. The delimiter found on more lines wins (every
 * record of a table has it, while a TSV's `1,200` puts commas on only some), then the one found more often.
 */
export function detectDelimiter(text: string): string {
  const head = text.slice(0, DELIMITER_SAMPLE_CHARS);
  let tabs = 0;
  let commas = 0;
  let tabLines = 0;
  let commaLines = 0;
  let tabOnLine = false;
  let commaOnLine = false;
  for (let i = 0; i <= head.length; i++) {
    const c = i < head.length ? head.charCodeAt(i) : 10;
    if (c === 9) {
      tabs++;
      tabOnLine = true;
    } else if (c === 44) {
      commas++;
      commaOnLine = true;
    } else if (c === 10 || c === 13) {
      if (tabOnLine) tabLines++;
      if (commaOnLine) commaLines++;
      tabOnLine = commaOnLine = false;
    }
  }
  if (tabLines !== commaLines) return tabLines > commaLines ? '\t' : ',';
  return tabs > commas ? '\t' : ',';
}

import type { Grid, GridRow } from '../grid';
import type { Finding } from '../types';
import { splitCsv, type QuoteProblem } from './csv-split';

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

/**
 * The records, each with the line it starts on (quoted cells may span lines), by our own splitter (./csv-split.ts):
 * papaparse read every line after an unclosed quote into one cell. A broken quote is an error on its line that names
 * the lines it would have swallowed; they are read as rows of their own.
 */
function splitRows(text: string, delimiter: string, fileName: string, findings: Finding[]): GridRow[] {
  const { rows, problems } = splitCsv(text, delimiter);
  for (const p of problems) {
    findings.push({ file: fileName, line: p.line, column: null, raw: null, expected: '"…" で囲んだセルは " で閉じる（中の " は "" と書く）', severity: 'error', message: quoteMessage(p) });
    if (p.closedAt !== null) {
      findings.push({
        file: fileName,
        line: p.closedAt,
        column: null,
        raw: null,
        expected: null,
        severity: 'warning',
        message: `この行の引用符（"）は ${p.line}行目で開いた引用符を閉じていました。どちらの引用符も文字として読みました（a stray quote）`,
      });
    }
  }
  return rows;
}

function quoteMessage(p: QuoteProblem): string {
  if (p.swallowedTo === null) return 'CSV の書式エラー: 引用符（"）の位置が不正です。この行の引用符は文字として読みました（a quote in the wrong place）';
  const lines = p.swallowedTo === p.line + 1 ? `${p.swallowedTo}行目` : `${p.line + 1}〜${p.swallowedTo}行目（${p.swallowedTo - p.line}行）`;
  return (
    `CSV の書式エラー: 引用符（"）が閉じられていないため、${lines}が 1 つのセルに入ってしまうところでした。` +
    `この行の引用符は文字として読み、${p.line + 1}行目から読み直しました（an unclosed quote: the lines it swallowed are read again）`
  );
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

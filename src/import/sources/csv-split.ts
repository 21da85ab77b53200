/**
 * CSV/TSV text → records, in one linear pass, with what papaparse cannot do: recover from a broken quote. A quote
 * opened and never closed (or closed by a quote that is no closing quote, or by a stray quote lines later) made
 * papaparse read every later line into one cell: valid rows lost, with an error naming only the first line. Here the
 * line that opened the quote is read again with that quote as a character, the swallowed lines are named, and
 * reading goes on from the next line, so no valid row after it is lost.
 *
 * A quoted cell may still hold line breaks (Excel's Alt+Enter): only a quoted cell that never closes properly, or
 * that holds a whole line shaped like the file's rows (the usual number of cells, starting as rows start), is taken
 * as a broken quote.
 */
import type { GridRow } from '../grid';

export interface QuoteProblem {
  /** the line of the record whose quote is broken */
  line: number;
  /** the last line the broken quote would have swallowed (null: it swallowed none) */
  swallowedTo: number | null;
  /** the line of a stray quote that closed the broken one, read as a character too */
  closedAt: number | null;
}

export interface SplitResult {
  rows: GridRow[];
  problems: QuoteProblem[];
}

const QUOTE = 34;
const LF = 10;
const CR = 13;

/** How rows usually look, from the first lines split without regard to quotes: to tell a swallowed row. */
interface RowShape {
  width: number;
  starts: Set<string>;
}

export function splitCsv(text: string, delimiter: string): SplitResult {
  return new Splitter(text, delimiter).run();
}

class Splitter {
  private readonly d: number;
  /** records end at LF (a CR before it dropped), or at CR in a file with no LF at all (old Mac) */
  private readonly nl: number;
  private readonly shape: RowShape;
  private nextDelim = -1;
  private nextNl = -1;
  private readonly rows: GridRow[] = [];
  private readonly problems: QuoteProblem[] = [];

  constructor(
    private readonly text: string,
    delimiter: string,
  ) {
    this.d = delimiter.charCodeAt(0);
    this.nl = text.includes('\n') ? LF : CR;
    this.shape = rowShape(text, delimiter, this.nl === LF ? '\n' : '\r');
  }

  run(): SplitResult {
    const t = this.text;
    let pos = 0;
    let line = 1;
    while (pos < t.length) {
      const record = this.record(pos, line);
      if (record.broken) {
        const lenient = this.lenientLine(pos);
        this.rows.push({ line, cells: lenient.cells });
        this.problems.push({ line, swallowedTo: record.broken.to > line ? record.broken.to : null, closedAt: record.broken.closedAt });
        pos = lenient.end;
        line += 1;
        // the lookups ran ahead over the swallowed lines: start them again from here
        this.nextDelim = this.nextNl = -1;
        continue;
      }
      this.rows.push({ line, cells: record.cells });
      pos = record.end;
      line = record.endLine;
    }
    return { rows: this.rows, problems: this.problems };
  }

  /** The next position of a code at or after `from` (the two lookups are cached, so a pass stays linear). */
  private delimAt(from: number): number {
    if (this.nextDelim !== Infinity && this.nextDelim < from) {
      const i = this.text.indexOf(String.fromCharCode(this.d), from);
      this.nextDelim = i === -1 ? Infinity : i;
    }
    return this.nextDelim;
  }

  private nlAt(from: number): number {
    if (this.nextNl !== Infinity && this.nextNl < from) {
      const i = this.text.indexOf(String.fromCharCode(this.nl), from);
      this.nextNl = i === -1 ? Infinity : i;
    }
    return this.nextNl;
  }

  /** One record from `pos`: its cells, where the next starts, and whether a quote in it is broken. */
  private record(pos: number, line: number): { cells: string[]; end: number; endLine: number; broken?: { to: number; closedAt: number | null } } {
    const t = this.text;
    const cells: string[] = [];
    let endLine = line;
    for (;;) {
      if (t.charCodeAt(pos) === QUOTE) {
        const q = this.quoted(pos, endLine);
        if (!q.ok) return { cells, end: pos, endLine, broken: { to: q.lastLine, closedAt: null } };
        if (q.swallowed) return { cells, end: pos, endLine, broken: { to: q.lastLine, closedAt: q.lastLine } };
        cells.push(q.value);
        endLine = q.lastLine;
        pos = q.end;
      } else {
        const dl = this.delimAt(pos);
        const nl = this.nlAt(pos);
        const stop = Math.min(dl, nl, t.length);
        cells.push(t.slice(pos, stop > pos && this.nl === LF && stop === nl && t.charCodeAt(stop - 1) === CR ? stop - 1 : stop));
        pos = stop;
      }
      // after a cell: a delimiter (another cell), a line end (the record ends) or the end of the text
      if (pos >= t.length) return { cells, end: pos, endLine };
      const c = t.charCodeAt(pos);
      if (c === this.d) {
        pos++;
        if (pos >= t.length) {
          cells.push('');
          return { cells, end: pos, endLine };
        }
        continue;
      }
      if (c === CR && this.nl === LF) pos++;
      return { cells, end: pos + 1, endLine: endLine + 1 };
    }
  }

  /**
   * A quoted cell from its opening quote: `""` inside is a quote. It must close with a quote followed by a
   * delimiter, a line end or the end of the text; else (or when it holds a whole row) the quote is broken.
   */
  private quoted(open: number, line: number): { ok: true; value: string; end: number; lastLine: number; swallowed: boolean } | { ok: false; lastLine: number } {
    const t = this.text;
    let from = open + 1;
    let lastLine = line;
    let value = '';
    let newlines: number[] | null = null;
    for (;;) {
      const q = t.indexOf('"', from);
      const stop = q === -1 ? t.length : q;
      for (let i = this.nlAt(from); i < stop; i = this.nlAt(i + 1)) {
        lastLine++;
        (newlines ??= []).push(i);
      }
      if (q === -1) return { ok: false, lastLine };
      value += t.slice(from, q);
      const next = t.charCodeAt(q + 1);
      if (next === QUOTE) {
        value += '"';
        from = q + 2;
        continue;
      }
      const closes = q + 1 >= t.length || next === this.d || next === this.nl || (next === CR && this.nl === LF && t.charCodeAt(q + 2) === LF);
      if (!closes) return { ok: false, lastLine };
      const swallowed = newlines !== null && newlines.length >= 2 && this.holdsRow(newlines);
      return { ok: true, value, end: q + 1, lastLine, swallowed };
    }
  }

  /** Whether a line wholly inside a quoted cell is shaped like a row of the file (then the quote swallowed it). */
  private holdsRow(newlines: number[]): boolean {
    const { width, starts } = this.shape;
    if (width < 3) return false;
    const t = this.text;
    const dl = String.fromCharCode(this.d);
    for (let k = 0; k + 1 < newlines.length; k++) {
      const lineText = t.slice(newlines[k]! + 1, newlines[k + 1]!).replace(/\r$/, '');
      const cells = lineText.split(dl);
      if (cells.length === width && starts.has(cells[0]!)) return true;
    }
    return false;
  }

  /**
   * The record at `pos` read to the end of its line, a quote that does not close on the line taken as a character:
   * how a clerk reads the line the broken quote is on.
   */
  private lenientLine(pos: number): { cells: string[]; end: number } {
    const t = this.text;
    const nl = t.indexOf(String.fromCharCode(this.nl), pos);
    const lineEnd = nl === -1 ? t.length : nl;
    const body = t.slice(pos, lineEnd > pos && this.nl === LF && t.charCodeAt(lineEnd - 1) === CR ? lineEnd - 1 : lineEnd);
    const dl = String.fromCharCode(this.d);
    const cells: string[] = [];
    let i = 0;
    for (;;) {
      if (body.charCodeAt(i) === QUOTE) {
        const close = closingQuote(body, i, this.d);
        if (close !== -1) {
          cells.push(body.slice(i + 1, close).replaceAll('""', '"'));
          i = close + 1;
          if (i >= body.length) break;
          i++; // the delimiter
          continue;
        }
      }
      const next = body.indexOf(dl, i);
      if (next === -1) {
        cells.push(body.slice(i));
        break;
      }
      cells.push(body.slice(i, next));
      i = next + 1;
    }
    return { cells, end: Math.min(lineEnd + 1, t.length) };
  }
}

/** In one line, the quote that closes a quoted cell opened at `open` (followed by a delimiter or the end), or -1. */
function closingQuote(body: string, open: number, delimiter: number): number {
  for (let i = open + 1; i < body.length; i++) {
    if (body.charCodeAt(i) !== QUOTE) continue;
    if (body.charCodeAt(i + 1) === QUOTE) {
      i++;
      continue;
    }
    return i + 1 >= body.length || body.charCodeAt(i + 1) === delimiter ? i : -1;
  }
  return -1;
}

/**
 * What rows start with, when a quoted cell is checked for a swallowed row: a year or a number (年度, シートNo come
 * first in exports), never prose, so a line of text inside a cell is not taken for a row.
 */
const KEY_LIKE = /^\s*(?:\d{1,4}|[RrHh]\d{1,2}|令和\S{1,3}|平成\S{1,3}|No\.?\s*\d+)\s*$/;

/** Lines scanned for the usual row shape: enough for a table's rows to outnumber its title. */
const SHAPE_LINES = 200;

function rowShape(text: string, delimiter: string, newline: string): RowShape {
  const widths = new Map<number, number>();
  const firsts: { width: number; first: string }[] = [];
  let from = 0;
  for (let n = 0; n < SHAPE_LINES && from < text.length; n++) {
    const end = text.indexOf(newline, from);
    const lineText = text.slice(from, end === -1 ? text.length : end);
    from = end === -1 ? text.length : end + 1;
    if (lineText.trim() === '' || lineText.includes('"')) continue;
    const cells = lineText.split(delimiter);
    widths.set(cells.length, (widths.get(cells.length) ?? 0) + 1);
    firsts.push({ width: cells.length, first: cells[0]!.replace(/\r$/, '') });
  }
  let width = 0;
  let best = 0;
  for (const [w, n] of widths) if (n > best || (n === best && w > width)) [width, best] = [w, n];
  return { width, starts: new Set(firsts.filter((f) => f.width === width && KEY_LIKE.test(f.first)).map((f) => f.first)) };
}

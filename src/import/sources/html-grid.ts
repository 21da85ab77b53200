import { MERGED_FROM_ABOVE, MERGED_FROM_LEFT, type Grid, type GridRow } from '../grid';

/**
 * An HTML page (a city's web page of one sheet, or a sheet saved as 'Web page' from Excel) → one grid in reading
 * order: every heading or paragraph outside a table is a row of one cell, every table row a row of cells, with
 * colspan/rowspan spread like merged cells. A tick box becomes ☑ or ☐ in its cell's text, so the same readers
 * see the same cells as in a CSV or a workbook.
 *
 * Parsed with the browser's DOMParser; in Node (command line and tests) with linkedom, a small DOM that offers the
 * same DOMParser API, so one walker serves both. Nothing in the page is run or fetched: DOMParser documents have
 * no browsing context, and only text and form state are read.
 */
export async function htmlToGrid(html: string, name: string, encoding: string): Promise<Grid> {
  if (typeof globalThis.DOMParser !== 'function' && elsewhere) return elsewhere(html, name, encoding);
  const Parser = await domParser();
  const doc = new Parser().parseFromString(html, 'text/html');
  const rows: GridRow[] = [];
  const root = doc.body ?? doc.documentElement;
  if (root) new Walker(rows).block(root);
  return { name, file: name, sheet: null, format: 'html', encoding, rows };
}

/** Parses a page where a DOMParser exists and returns its grid (the app's import worker asks the page). */
export type HtmlGridReader = (html: string, name: string, encoding: string) => Promise<Grid>;

let elsewhere: HtmlGridReader | null = null;

/**
 * A Web Worker has no DOMParser: the app's import worker sends each page to the page's own htmlToGrid instead, so a
 * page reads to exactly the grid it would on the main thread (same parser, same walker) — not to a second DOM's.
 */
export function readHtmlElsewhere(reader: HtmlGridReader | null): void {
  elsewhere = reader;
}

type DomParserClass = new () => { parseFromString(text: string, type: 'text/html'): Document };

async function domParser(): Promise<DomParserClass> {
  if (typeof globalThis.DOMParser === 'function') return globalThis.DOMParser as unknown as DomParserClass;
  // Node only; the variable keeps bundlers from pulling a Node DOM into the browser build.
  const nodeDom = 'linkedom';
  const mod = (await import(/* @vite-ignore */ nodeDom)) as { DOMParser: DomParserClass };
  return mod.DOMParser;
}

const SKIPPED = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'HEAD', 'svg', 'SVG', 'IFRAME', 'OBJECT']);
const BLOCKS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'CAPTION', 'DD', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE',
  'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'HTML', 'LEGEND', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'UL',
]);

class Walker {
  private text = '';
  constructor(private readonly rows: GridRow[]) {}

  block(el: Element): void {
    this.flush();
    for (const child of Array.from(el.childNodes)) this.node(child);
    this.flush();
  }

  private node(n: Node): void {
    if (n.nodeType === 3) {
      this.text += n.textContent ?? '';
      return;
    }
    if (n.nodeType !== 1) return;
    const el = n as Element;
    const tag = el.tagName.toUpperCase();
    if (SKIPPED.has(tag)) return;
    if (tag === 'TABLE') {
      this.flush();
      this.table(el);
    } else if (BLOCKS.has(tag)) this.block(el);
    else if (tag === 'BR') this.text += '\n';
    else if (tag === 'INPUT' || tag === 'SELECT' || tag === 'TEXTAREA') this.text += controlText(el);
    else for (const child of Array.from(el.childNodes)) this.node(child);
  }

  private flush(): void {
    const t = collapse(this.text);
    this.text = '';
    if (t !== '') this.rows.push({ line: this.rows.length + 1, cells: [t] });
  }

  /** Rows of one table, colspan and rowspan spread; a table nested in a cell reads as that cell's text. */
  private table(table: Element): void {
    const pending: { cells: string[]; merged: Uint8Array }[] = [];
    let r = 0;
    for (const tr of tableRows(table)) {
      const row = (pending[r] ??= { cells: [], merged: new Uint8Array(0) });
      let c = 0;
      for (const cell of Array.from(tr.children)) {
        const tag = cell.tagName.toUpperCase();
        if (tag !== 'TD' && tag !== 'TH') continue;
        while (row.cells[c] !== undefined) c++;
        const value = cellText(cell);
        const colspan = span(cell, 'colspan');
        const rowspan = span(cell, 'rowspan');
        for (let dr = 0; dr < rowspan; dr++) {
          const target = (pending[r + dr] ??= { cells: [], merged: new Uint8Array(0) });
          for (let dc = 0; dc < colspan; dc++) {
            target.cells[c + dc] = value;
            const flag = (dr > 0 ? MERGED_FROM_ABOVE : 0) | (dc > 0 ? MERGED_FROM_LEFT : 0);
            if (flag) target.merged = setFlag(target.merged, c + dc, flag);
          }
        }
        c += colspan;
      }
      r++;
    }
    for (const p of pending) {
      const cells = Array.from(p.cells, (v) => v ?? '');
      const merged = p.merged.length ? padFlags(p.merged, cells.length) : undefined;
      this.rows.push(merged ? { line: this.rows.length + 1, cells, merged } : { line: this.rows.length + 1, cells });
    }
  }
}

/** The table's own rows (thead, tbody, tfoot or direct), not those of a table nested in a cell. */
function tableRows(table: Element): Element[] {
  const out: Element[] = [];
  for (const child of Array.from(table.children)) {
    const tag = child.tagName.toUpperCase();
    if (tag === 'TR') out.push(child);
    else if (tag === 'THEAD' || tag === 'TBODY' || tag === 'TFOOT') {
      for (const tr of Array.from(child.children)) if (tr.tagName.toUpperCase() === 'TR') out.push(tr);
    }
  }
  return out;
}

function cellText(cell: Element): string {
  let text = '';
  const visit = (n: Node): void => {
    if (n.nodeType === 3) text += n.textContent ?? '';
    if (n.nodeType !== 1) return;
    const el = n as Element;
    const tag = el.tagName.toUpperCase();
    if (SKIPPED.has(tag)) return;
    if (tag === 'BR') text += '\n';
    else if (tag === 'INPUT' || tag === 'SELECT' || tag === 'TEXTAREA') text += controlText(el);
    else {
      if (BLOCKS.has(tag) || tag === 'TR' || tag === 'TABLE') text += '\n';
      for (const child of Array.from(el.childNodes)) visit(child);
      if (tag === 'TD' || tag === 'TH') text += ' ';
    }
  };
  for (const child of Array.from(cell.childNodes)) visit(child);
  return collapse(text);
}

/** A form control as the text a printed sheet shows: ☑/☐ for a tick box, the chosen option, the typed text. */
function controlText(el: Element): string {
  const tag = el.tagName.toUpperCase();
  if (tag === 'INPUT') {
    const type = (el.getAttribute('type') ?? 'text').toLowerCase();
    if (type === 'checkbox' || type === 'radio') return el.hasAttribute('checked') ? '☑ ' : '☐ ';
    if (type === 'hidden' || type === 'button' || type === 'submit' || type === 'image') return '';
    return el.getAttribute('value') ?? '';
  }
  if (tag === 'SELECT') {
    const selected = el.querySelector('option[selected]') ?? el.querySelector('option');
    return selected?.textContent ?? '';
  }
  return el.textContent ?? '';
}

function span(cell: Element, attr: 'colspan' | 'rowspan'): number {
  const n = Number.parseInt(cell.getAttribute(attr) ?? '1', 10);
  // Browsers clamp spans the same way (colspan ≤ 1000, rowspan ≤ 65534); a hostile page cannot make us allocate more.
  return Number.isFinite(n) && n >= 1 ? Math.min(n, attr === 'colspan' ? 1000 : 65534) : 1;
}

function setFlag(flags: Uint8Array, at: number, flag: number): Uint8Array {
  const out = flags.length > at ? flags : padFlags(flags, at + 1);
  out[at]! |= flag;
  return out;
}

function padFlags(flags: Uint8Array, length: number): Uint8Array {
  if (flags.length >= length) return flags;
  const out = new Uint8Array(length);
  out.set(flags);
  return out;
}

/** HTML's own white-space rule: runs of spaces and line ends are one space; a <br> stays a line break. */
function collapse(s: string): string {
  return s
    .split('\n')
    .map((line) => line.replace(/[ \t\r\f]+/g, ' ').trim())
    .filter((line, i, all) => line !== '' || (i > 0 && i < all.length - 1 && all[i - 1] !== ''))
    .join('\n')
    .trim();
}

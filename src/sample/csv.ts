/** CSV text as Excel writes it: RFC 4180 quoting, CRLF line ends (also after the last row). */

const NEEDS_QUOTES = /[",\r\n]/;

export function csvCell(value: string): string {
  return NEEDS_QUOTES.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function csvLine(cells: readonly string[]): string {
  let line = cells.length > 0 ? csvCell(cells[0] as string) : '';
  for (let j = 1; j < cells.length; j++) line += ',' + csvCell(cells[j] as string);
  return line;
}

export function toCsv(rows: readonly (readonly string[])[]): string {
  const lines = new Array<string>(rows.length);
  for (let i = 0; i < rows.length; i++) lines[i] = csvLine(rows[i] as readonly string[]);
  return lines.length === 0 ? '' : lines.join('\r\n') + '\r\n';
}

/**
 * Rows turned into CSV text as they are added, flattened every few thousand lines: a 5,000-program city then never
 * holds half a million row arrays or rope strings at once (holding them made garbage collection the main cost).
 */
export class CsvTable {
  private readonly chunks: string[] = [];
  private lines: string[] = [];
  private count = 0;
  private readonly lead: string;
  /** `leading`: columns put in front of every row with the same cells, e.g. the municipality (name → cell). */
  constructor(header: readonly string[], leading: Readonly<Record<string, string>> = {}) {
    this.lines.push(csvLine([...Object.keys(leading), ...header]));
    const cells = Object.values(leading);
    this.lead = cells.length > 0 ? csvLine(cells) + ',' : '';
  }
  add(cells: readonly string[]): void {
    this.lines.push(this.lead + csvLine(cells));
    this.count++;
    if (this.lines.length >= 4096) this.flush();
  }
  /** Data rows, header excluded. */
  get rowCount(): number {
    return this.count;
  }
  toString(): string {
    this.flush();
    return this.chunks.join('');
  }
  private flush(): void {
    if (this.lines.length === 0) return;
    this.chunks.push(this.lines.join('\r\n') + '\r\n');
    this.lines = [];
  }
}

import type { Grid } from '../import/grid';
import type { ParsedUnit } from '../import/parsed-unit';
import type { ImportProfile } from '../import/profiles/profile';
import type { FileReport, InputFile, TableName } from '../import/types';

/**
 * What the page and the import worker (./import-worker.ts) say to each other. The page sends the files one at a
 * time; the worker sends back each file's units in small parts, because the page deserialises every message in one
 * task: a scale-10 table of 200,000 records in one message would hold the page for seconds, as the parse itself did.
 */
export type ToWorker =
  /** the user's own profiles (the worker adds the shipped ones and the form templates itself) */
  | { type: 'start'; profiles: readonly ImportProfile[] }
  | { type: 'file'; index: number; file: InputFile }
  /** the answer to an 'html' request: the page's own htmlToGrid's grid, or its error */
  | { type: 'html-grid'; id: number; grid: Grid }
  | { type: 'html-error'; id: number; message: string };

export type UnitPart = 'findings' | 'rejected' | TableName;

export type FromWorker =
  | { type: 'ready' }
  /** the worker began the file at index: the page sends the next one, so it is there when this one is done */
  | { type: 'parsing'; index: number }
  /** a unit begins: its report without findings; its findings, rejected rows and records follow as parts */
  | { type: 'unit'; report: FileReport }
  | { type: 'part'; part: UnitPart; items: unknown[] }
  /** every unit of the file at index has been sent */
  | { type: 'file-done'; index: number }
  /** the worker could not read the file at index (or start at all): the page reads it and the rest itself */
  | { type: 'failed'; index: number; message: string }
  /** a worker has no DOMParser: the page parses this HTML page and answers with 'html-grid' */
  | { type: 'html'; id: number; html: string; name: string; encoding: string };

/**
 * Items per part. A part of 2,000 table records (about 25 fields each) deserialises in well under the 50 ms of a
 * long task on the bench machine (bench:ui, parse phase); findings and rejected rows are smaller.
 */
export const PART_ITEMS = 2000;

/** One parsed unit as messages: the report, then its findings, rejected rows and each table's records in parts. */
export function* unitMessages(unit: ParsedUnit, partItems = PART_ITEMS): Generator<FromWorker> {
  yield { type: 'unit', report: { ...unit.report, findings: [] } };
  yield* parts('findings', unit.report.findings, partItems);
  yield* parts('rejected', unit.rejected, partItems);
  for (const [table, records] of Object.entries(unit.records) as [TableName, unknown[] | undefined][]) {
    if (records) yield* parts(table, records, partItems);
  }
}

function* parts(part: UnitPart, items: readonly unknown[], partItems: number): Generator<FromWorker> {
  // a table present with no records stays present (one empty part), as the unit had it
  if (items.length === 0 && part !== 'findings' && part !== 'rejected') yield { type: 'part', part, items: [] };
  for (let i = 0; i < items.length; i += partItems) yield { type: 'part', part, items: items.slice(i, i + partItems) };
}

/** Puts the units of one file back together from 'unit' and 'part' messages, in the order they came. */
export class UnitAssembler {
  private units: ParsedUnit[] = [];

  accept(m: Extract<FromWorker, { type: 'unit' | 'part' }>): void {
    if (m.type === 'unit') {
      this.units.push({ report: m.report, records: {}, rejected: [] });
      return;
    }
    const unit = this.units.at(-1);
    if (!unit) throw new Error(`import worker: a ${m.part} part before any unit`);
    const into = m.part === 'findings' ? unit.report.findings : m.part === 'rejected' ? unit.rejected : (unit.records[m.part] ??= []);
    // push in a loop, not push(...items): spreading thousands of arguments can overflow the stack
    for (const item of m.items) (into as unknown[]).push(item);
  }

  /** The file's units, and a fresh start for the next file. */
  take(): ParsedUnit[] {
    const units = this.units;
    this.units = [];
    return units;
  }
}

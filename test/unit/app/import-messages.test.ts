import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { UnitAssembler, unitMessages } from '../../../src/app/import-messages';
import { parseFiles } from '../../../src/import/import-files';
import type { ParsedUnit } from '../../../src/import/parsed-unit';
import type { InputFile } from '../../../src/import/types';
import { readFormTemplates } from '../../../src/cli/form-templates';
import { seedHtml, seedXlsx } from '../../support/seed-forms';

/**
 * The import worker sends each parsed unit to the page in parts (src/app/import-messages.ts), each through the
 * structured clone a postMessage makes: put back together, the units must be exactly what parseFiles returned —
 * findings, rejected rows and records in their order, a table present with no records still present.
 */
const fixture = async (dir: string): Promise<InputFile[]> => {
  const folder = path.join('test/fixtures/e2e', dir);
  return Promise.all((await readdir(folder)).sort().map(async (n) => ({ name: n, bytes: new Uint8Array(await readFile(path.join(folder, n))) })));
};

function roundTrip(units: ParsedUnit[], partItems: number): { back: ParsedUnit[]; messages: number } {
  const assembler = new UnitAssembler();
  let messages = 0;
  for (const unit of units) {
    for (const m of unitMessages(unit, partItems)) {
      messages++;
      const cloned = structuredClone(m);
      if (cloned.type !== 'unit' && cloned.type !== 'part') throw new Error(`unexpected ${cloned.type}`);
      assembler.accept(cloned);
    }
  }
  return { back: assembler.take(), messages };
}

const keyOrder = (units: ParsedUnit[]) => units.map((u) => [Object.keys(u.report), Object.keys(u.records), ...Object.values(u.records).map((rs) => rs?.map((r) => Object.keys(r).join()))]);

describe('import worker messages', () => {
  it('put a file’s units back exactly as parsed (tables with findings and a rejected row, forms, HTML), in parts of any size', async () => {
    const files = [...(await fixture('shift-jis')), seedHtml(), await seedXlsx()];
    const units = await parseFiles(files, { templates: await readFormTemplates() });
    // the fixtures hold what the parts must carry: findings, a quarantined row, records of several tables
    expect(units.flatMap((u) => u.report.findings)).toHaveLength(4);
    expect(units.flatMap((u) => u.rejected)).toHaveLength(1);
    for (const partItems of [1, 3, 2000]) {
      const { back, messages } = roundTrip(units, partItems);
      expect(back, `parts of ${partItems}`).toStrictEqual(units);
      expect(keyOrder(back)).toEqual(keyOrder(units));
      if (partItems === 2000) expect(messages).toBeLessThan(units.length * 10);
    }
  });

  it('keeps a table that is present with no records, and sends a large table in parts of at most the given size', () => {
    const report = { file: 'x.csv', sheet: null, format: 'csv', encoding: 'utf-8', kind: null, table: null, template: null, fiscalYear: null, sheetNo: null, rows: 0, loaded: 0, blank: 0, rejected: 0, alreadyImported: 0, findings: [] };
    const records = Array.from({ length: 4500 }, (_, i) => ({ fiscal_year: 2024, sheet_no: String(i), note: i % 2 ? undefined : null }));
    const unit: ParsedUnit = { report, records: { outcomes: [], sheets: records }, rejected: [] };
    const parts = [...unitMessages(unit)].filter((m) => m.type === 'part');
    expect(parts.map((m) => (m.type === 'part' ? [m.part, m.items.length] : null))).toEqual([['outcomes', 0], ['sheets', 2000], ['sheets', 2000], ['sheets', 500]]);
    expect(roundTrip([unit], 2000).back).toStrictEqual([unit]);
  });

  it('refuses a part that comes before any unit', () => {
    expect(() => new UnitAssembler().accept({ type: 'part', part: 'findings', items: [] })).toThrow(/before any unit/);
  });
});

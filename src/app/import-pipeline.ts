/**
 * Everything an import needs — the readers (papaparse, SheetJS on demand, zip, HTML), the form templates and import
 * profiles with their JSON Schemas, and the analyses' preparation — in one chunk that src/app/dataset.ts loads only
 * when files are imported. A first visit opens on the sample's prebuilt database and never needs any of it, so it
 * stays out of the initial JavaScript.
 */
import keywordsCsv from '../../data/direction-keywords.csv?raw';
import outputKeywordsCsv from '../../data/output-keywords.csv?raw';
import { prepareAnalyses as prepareWith } from '../analyses/setup';
import type { Database } from '../db/database';
import { loadParsed, parseFiles, parsedRowCount, type ImportOptions } from '../import/import-files';
import type { ParsedUnit } from '../import/parsed-unit';
import type { ImportProfile } from '../import/profiles/profile';
import type { InputFile } from '../import/types';
import { formTemplates } from './form-templates';
import { shippedProfiles } from './import-profiles';
import { parseInWorker, type ParseHere } from './parse-in-worker';

export { loadParsed, parsedRowCount };

/**
 * The files parsed with the bundled form templates and the import profiles: the user's own first (made or imported
 * in this browser — a city's own word on its layout goes first), then the shipped ones. Parsed in the import worker,
 * so the page stays responsive; on the page itself when the worker cannot (./parse-in-worker.ts). The marks around
 * it are read by bench/ui.bench.ts (the longest main-thread task while parsing) and the e2e tests (in the worker?).
 */
export async function parseWithLayouts(files: readonly InputFile[], userProfiles: readonly ImportProfile[], onFileParsed: ImportOptions['onFileParsed']): Promise<ParsedUnit[]> {
  performance.mark('import-parse-start');
  const onPage: ParseHere = (all, from) =>
    parseFiles(all.slice(from), {
      templates: formTemplates(),
      profiles: [...userProfiles, ...shippedProfiles()],
      onFileParsed: onFileParsed && ((done, _total, reports) => onFileParsed(from + done, all.length, reports)),
    });
  const { units, inWorker } = await parseInWorker(files, userProfiles, onFileParsed, onPage);
  performance.mark('import-parsed', { detail: { worker: inWorker } });
  return units;
}

/** The analyses' tables and macros over the imported tables, with the bundled direction and output keywords. */
export function prepareAnalyses(db: Database): Promise<void> {
  return prepareWith(db, keywordsCsv, outputKeywordsCsv);
}

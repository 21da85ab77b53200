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

export { loadParsed, parsedRowCount };

/**
 * The files parsed with the bundled form templates and the import profiles: the user's own first (made or imported
 * in this browser — a city's own word on its layout goes first), then the shipped ones.
 */
export function parseWithLayouts(files: readonly InputFile[], userProfiles: readonly ImportProfile[], onFileParsed: ImportOptions['onFileParsed']): Promise<ParsedUnit[]> {
  return parseFiles(files, { templates: formTemplates(), profiles: [...userProfiles, ...shippedProfiles()], onFileParsed });
}

/** The analyses' tables and macros over the imported tables, with the bundled direction and output keywords. */
export function prepareAnalyses(db: Database): Promise<void> {
  return prepareWith(db, keywordsCsv, outputKeywordsCsv);
}

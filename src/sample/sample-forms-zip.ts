import { zipSync } from 'fflate';
import { cityForms } from './city-forms';
import { generateCity } from './generate-city';
import { SAMPLE_OPTIONS } from './sample-options';

/** Inside the zip: one folder, then a folder per fiscal year (`みなと市_点検シート/2024/sheet-124.xlsx`). */
export const SAMPLE_FORMS_FOLDER = 'minato-sample-forms';

/**
 * The sample city (the same as data/sample/) as 801 form files in one zip: what the data page offers as
 * 「様式のサンプル」, built at `npm run build` rather than committed (the generator is deterministic).
 */
export async function sampleFormsZip(): Promise<Uint8Array> {
  const forms = await cityForms(generateCity(SAMPLE_OPTIONS));
  const entries: Record<string, Uint8Array> = {};
  for (const f of forms) entries[`${SAMPLE_FORMS_FOLDER}/${f.name}`] = f.bytes;
  // A fixed time stamp keeps the zip byte for byte the same from build to build.
  return zipSync(entries, { level: 6, mtime: new Date('2025-04-01T00:00:00') });
}

/**
 * `npm run sample:forms -- <out.zip | folder>`: the sample city (data/sample/) as 801 evaluation-sheet forms, one
 * per program and year (CP932 CSV, UTF-16 TSV and xlsx in turn), written as one zip or as a folder tree. The build
 * runs it to ship the zip that the data page offers as 「様式のサンプル」.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { cityForms } from '../src/sample/city-forms';
import { generateCity } from '../src/sample/generate-city';
import { SAMPLE_OPTIONS } from '../src/sample/sample-options';
import { sampleFormsZip } from '../src/sample/sample-forms-zip';

const out = process.argv[2];
if (!out) {
  console.error('usage: npm run sample:forms -- <out.zip | folder>');
  process.exit(2);
}
if (out.endsWith('.zip')) {
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, await sampleFormsZip());
} else {
  const forms = await cityForms(generateCity(SAMPLE_OPTIONS));
  for (const f of forms) {
    mkdirSync(dirname(join(out, f.name)), { recursive: true });
    writeFileSync(join(out, f.name), f.bytes);
  }
  console.log(`${forms.length} forms written to ${out}`);
}

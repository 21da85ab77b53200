/**
 * Writes data/sample/*.csv: the fictional city みなと市 (with the real sheet 124 of 常総市 FY2024 inside), UTF-8 with a
 * BOM as Excel saves 'CSV UTF-8'. Run with `npm run sample`; the output is committed, so only run it when the
 * generator changes.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { countPatterns } from '../src/sample/count-patterns';
import { generateCity } from '../src/sample/generate-city';
import { SAMPLE_OPTIONS } from '../src/sample/sample-options';

const BOM = '\uFEFF';
const outDir = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'data', 'sample');

mkdirSync(outDir, { recursive: true });
const files = generateCity(SAMPLE_OPTIONS);
for (const [name, text] of Object.entries(files)) {
  writeFileSync(join(outDir, name), BOM + text, 'utf8');
  // Rows counted as lines; cells with line breaks are quoted, so count records, not raw lines.
  const rows = countRecords(text) - 1;
  console.log(`${name.padEnd(16)} ${String(rows).padStart(6)} rows`);
}
console.log(`\nseed ${SAMPLE_OPTIONS.seed}; patterns in the sample:`);
for (const [pattern, n] of Object.entries(countPatterns(files)).sort((a, b) => a[0].localeCompare(b[0], 'ja'))) {
  console.log(`${String(n).padStart(6)}  ${pattern}`);
}

/** Records in RFC 4180 text: CRLFs outside quotes. */
function countRecords(text: string): number {
  let inQuotes = false;
  let records = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) inQuotes = !inQuotes;
    else if (c === 10 && !inQuotes) records++;
  }
  return records;
}

/**
 * Writes generated municipalities (src/sample/municipalities.ts) as table CSVs, one folder per prefecture
 * (`02-青森県/sheets.csv` …, each city's rows one after another, 団体コード and 団体名 in front), UTF-8 with a BOM as
 * Excel saves. One city is generated at a time and appended, so a whole country never sits in memory.
 */
import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { generateCity } from '../src/sample/generate-city';
import type { Municipality } from '../src/sample/municipalities';

export const NATIONAL_YEARS = Array.from({ length: 10 }, (_, i) => 2015 + i);
export const TABLES = ['sheets', 'activities', 'outputs', 'outcomes', 'reviews'] as const;
export type Rows = Record<(typeof TABLES)[number], number>;

export interface Written {
  municipalities: number;
  programs: number;
  rows: Rows;
  bytes: number;
  files: string[];
}

/** Records in generated CSV text: every record ends in CRLF, and line breaks inside cells are a lone LF. */
function records(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\r\n'); i >= 0; i = text.indexOf('\r\n', i + 2)) n++;
  return n;
}

export function writeNational(dir: string, cities: readonly Municipality[], years: readonly number[] = NATIONAL_YEARS): Written {
  const rows: Rows = { sheets: 0, activities: 0, outputs: 0, outcomes: 0, reviews: 0 };
  const files = new Set<string>();
  let bytes = 0;
  for (const city of cities) {
    const folder = path.join(dir, `${String(city.prefectureCode).padStart(2, '0')}-${city.prefecture}`);
    const texts = generateCity({ seed: city.seed, programs: city.programs, years: [...years], municipality: { name: city.name, code: city.code } });
    for (const table of TABLES) {
      const file = path.join(folder, `${table}.csv`);
      let text = texts[`${table}.csv`]!;
      if (files.has(file)) {
        text = text.slice(text.indexOf('\r\n') + 2);
        appendFileSync(file, text, 'utf8');
      } else {
        mkdirSync(folder, { recursive: true });
        text = '\uFEFF' + text;
        writeFileSync(file, text, 'utf8');
        files.add(file);
        rows[table]--; // the header
      }
      rows[table] += records(text);
      bytes += Buffer.byteLength(text, 'utf8');
    }
  }
  return { municipalities: cities.length, programs: cities.reduce((n, c) => n + c.programs, 0), rows, bytes, files: [...files] };
}

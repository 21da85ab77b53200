import { generateCity } from '../src/sample/generate-city';
import type { InputFile } from '../src/import/types';

/** Benchmark cities: scale 1 = 500 programs × 10 fiscal years; scale 10 = 5,000 × 10. UTF-8 with BOM, as Excel writes. */
export function cityFiles(scale: number, seed = 1): InputFile[] {
  const years = Array.from({ length: 10 }, (_, i) => 2015 + i);
  const files = generateCity({ seed, programs: 500 * scale, years });
  const bom = new Uint8Array([0xef, 0xbb, 0xbf]);
  return Object.entries(files).map(([name, text]) => {
    const body = new TextEncoder().encode(text);
    const bytes = new Uint8Array(bom.length + body.length);
    bytes.set(bom);
    bytes.set(body, bom.length);
    return { name, bytes };
  });
}

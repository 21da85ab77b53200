import { Writable } from 'node:stream';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { writeJsonSections } from '../../../src/cli/json-out';

/** The value written as sections, each key's value made when its turn comes (as the analyses' sections are). */
async function written(value: object): Promise<string> {
  const chunks: string[] = [];
  const out = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk.toString('utf8'));
      done();
    },
  });
  await writeJsonSections(out, Object.fromEntries(Object.entries(value).map(([k, v]) => [k, async () => v])));
  return chunks.join('');
}

/** Rows like the analyses' (strings with quotes and line breaks, nulls, numbers), in arrays long enough to be walked. */
const row = fc.record({
  program: fc.option(fc.string({ unit: 'grapheme' })),
  note: fc.constantFrom('a\nb', '"quoted"', '成果\t指標', ''),
  value: fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constant(null)),
  reasons: fc.array(fc.string(), { maxLength: 3 }),
  missing: fc.constant(undefined),
});
const analyses = fc.record({
  scope: fc.record({ year: fc.integer(), pillar: fc.option(fc.string()) }),
  indicators: fc.array(row, { minLength: 0, maxLength: 200 }),
  nested: fc.record({ programs: fc.array(row, { maxLength: 150 }), empty: fc.constant([]) }),
  sparse: fc.array(fc.oneof(fc.constant(undefined), fc.integer()), { minLength: 65, maxLength: 90 }),
});

describe('writeJsonSections', () => {
  it('writes exactly what JSON.stringify(value, null, 2) writes, for values with long arrays at any depth', async () => {
    await fc.assert(
      fc.asyncProperty(analyses, async (value) => {
        expect(await written(value)).toBe(JSON.stringify(value, null, 2) + '\n');
      }),
      { numRuns: 60 },
    );
  });

  it('walks a long array item by item instead of building one string (a stand-in for a whole country)', async () => {
    const value = { indicators: Array.from({ length: 5000 }, (_, i) => ({ i, name: `指標${i}` })), when: new Date(0) };
    expect(await written(value)).toBe(JSON.stringify(value, null, 2) + '\n');
  });

  it('writes sections as the object they make, and no section as {}', async () => {
    expect(await written({})).toBe('{}\n');
    const value = { scope: { year: 2024 }, none: undefined, list: [1, 2] };
    expect(await written(value)).toBe(JSON.stringify(value, null, 2) + '\n');
  });
});

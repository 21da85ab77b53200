import type { Sections } from '../analyses/sections';

/**
 * Writes the object the sections make (src/analyses/sections.ts) as `JSON.stringify(object, null, 2)` would, piece by
 * piece, running one section at a time and letting it go once written: memory holds the largest section, not all of
 * them. A whole country's analyses are ~1.5 GB of JSON, past the longest string V8 can build (~0.5 G characters).
 * Arrays and objects are opened and walked; anything holding no more than SMALL items is stringified whole.
 */
export async function writeJsonSections(out: NodeJS.WritableStream, sections: Sections): Promise<void> {
  let first = true;
  for (const [key, run] of Object.entries(sections)) {
    const value = await run();
    if (isOmitted(value)) continue;
    let text = `${first ? '{' : ','}\n  ${JSON.stringify(key)}: `;
    first = false;
    for (const piece of pieces(value, '  ')) {
      text += piece;
      if (text.length >= FLUSH_CHARS) {
        await write(out, text);
        text = '';
      }
    }
    await write(out, text);
  }
  await write(out, first ? '{}\n' : '\n}\n');
}

const FLUSH_CHARS = 1 << 20;
const SMALL = 64;

function* pieces(value: unknown, indent: string): Generator<string> {
  const v = toJsonValue(value);
  if (Array.isArray(v) && v.length > SMALL) {
    const inner = indent + '  ';
    yield '[';
    for (let i = 0; i < v.length; i++) {
      yield `${i === 0 ? '' : ','}\n${inner}`;
      // in an array, what JSON cannot hold (undefined, a function) is null, as JSON.stringify writes it
      yield* isOmitted(v[i]) ? ['null'] : pieces(v[i], inner);
    }
    yield `\n${indent}]`;
  } else if (v !== null && typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length > 0 && hasLarge(v)) {
    const inner = indent + '  ';
    const entries = Object.entries(v).filter(([, x]) => !isOmitted(x));
    yield '{';
    for (const [i, [key, x]] of entries.entries()) {
      yield `${i === 0 ? '' : ','}\n${inner}${JSON.stringify(key)}: `;
      yield* pieces(x, inner);
    }
    yield `\n${indent}}`;
  } else {
    // JSON never has a raw line break inside a string, so indenting every line break indents the nested lines only
    yield JSON.stringify(v, null, 2).replace(/\n/g, `\n${indent}`);
  }
}

/** An object worth walking: somewhere inside it an array longer than SMALL (one level down is enough for ours). */
function hasLarge(o: object): boolean {
  return Object.values(o).some((x) => {
    const v = toJsonValue(x);
    return (Array.isArray(v) && v.length > SMALL) || (v !== null && typeof v === 'object' && !Array.isArray(v) && Object.values(v).some((y) => Array.isArray(y) && y.length > SMALL));
  });
}

function toJsonValue(value: unknown): unknown {
  const withToJson = value as { toJSON?: () => unknown } | null;
  return withToJson !== null && typeof withToJson === 'object' && typeof withToJson.toJSON === 'function' ? withToJson.toJSON() : value;
}

function isOmitted(x: unknown): boolean {
  return x === undefined || typeof x === 'function' || typeof x === 'symbol';
}

function write(out: NodeJS.WritableStream, text: string): Promise<void> {
  return new Promise((resolve, reject) => {
    out.write(text, (error) => (error ? reject(error) : resolve()));
  });
}

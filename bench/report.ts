/**
 * How a benchmark speaks: with `--json`, one JSON document of named figures on stdout (for scripts and the issue
 * tracker) and the human lines on stderr; without it, the human lines on stdout as before.
 */
export const JSON_MODE = process.argv.includes('--json');

/** A human line: stdout normally, stderr under --json (so stdout holds only the JSON document). */
export function say(line: string): void {
  if (JSON_MODE) process.stderr.write(`${line}\n`);
  else console.log(line);
}

/** The figures as one JSON document, printed only under --json. */
export function emitJson(doc: unknown): void {
  if (JSON_MODE) process.stdout.write(`${JSON.stringify(doc, null, 2)}\n`);
}

/** Rounds for the JSON document: medians in ms to 0.1, ratios to 0.01. */
export const round = (x: number, digits = 1) => (Number.isFinite(x) ? Number(x.toFixed(digits)) : null);

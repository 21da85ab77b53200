/** A tiny argument reader shared by the commands: positional paths, `--flag`, `--key value`. */
export interface ParsedArgs {
  paths: string[];
  flags: Set<string>;
  values: Map<string, string>;
}

export class UsageError extends Error {}

export function parseArgs(argv: readonly string[], valued: readonly string[] = [], flags: readonly string[] = []): ParsedArgs {
  const out: ParsedArgs = { paths: [], flags: new Set(), values: new Map() };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (!a.startsWith('--')) out.paths.push(a);
    else if (valued.includes(a.slice(2))) {
      const v = argv[++i];
      if (v === undefined) throw new UsageError(`${a} には値が必要です`);
      out.values.set(a.slice(2), v);
    } else if (flags.includes(a.slice(2))) out.flags.add(a.slice(2));
    else throw new UsageError(`不明なオプション: ${a}`);
  }
  return out;
}

import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * A file of this repository by its path from the root. Not `new URL('../..', import.meta.url)`: the commands also run
 * from a bundle in node_modules/.cache (scripts/cli.mjs), where relative URLs point elsewhere; the root is the nearest
 * folder above with a package.json, from either place.
 */
export function repoPath(relative: string): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  while (!existsSync(path.join(dir, 'package.json'))) {
    const up = path.dirname(dir);
    if (up === dir) throw new Error('package.json not found above ' + fileURLToPath(import.meta.url));
    dir = up;
  }
  return path.join(dir, relative);
}

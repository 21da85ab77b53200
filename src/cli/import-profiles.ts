import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { repoPath } from './repo-path';
import { loadImportProfile } from '../import/profiles/load-profile';
import type { ImportProfile } from '../import/profiles/profile';

export const PROFILES_DIR = repoPath('data/profiles');

/**
 * The import profiles the command line matches files against: the ones given with --profile first (a city's own
 * word beats a shipped one), then every .json in data/profiles/, each validated.
 */
export async function readImportProfiles(extra: readonly string[] = [], dir = PROFILES_DIR): Promise<ImportProfile[]> {
  const names = (await readdir(dir)).filter((n) => n.endsWith('.json')).sort();
  const given = await Promise.all(extra.map(async (f) => loadImportProfile(JSON.parse(await readFile(f, 'utf8')), f)));
  const shipped = await Promise.all(names.map(async (n) => loadImportProfile(JSON.parse(await readFile(path.join(dir, n), 'utf8')), `data/profiles/${n}`)));
  return [...given, ...shipped];
}

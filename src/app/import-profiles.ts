import { loadImportProfile } from '../import/profiles/load-profile';
import type { ImportProfile } from '../import/profiles/profile';

// Every profile in data/profiles/ is bundled (a few KB of JSON), as the command line reads them all.
const FILES = import.meta.glob('../../data/profiles/*.json', { eager: true, import: 'default' }) as Record<string, unknown>;

let shipped: ImportProfile[] | null = null;

/** The import profiles that ship with the app, validated once against docs/import-profile.schema.json. */
export function shippedProfiles(): ImportProfile[] {
  shipped ??= Object.entries(FILES)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([path, json]) => loadImportProfile(json, `data/profiles/${path.split('/').pop()}`));
  return shipped;
}

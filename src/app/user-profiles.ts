import { useSyncExternalStore } from 'react';
import { createStore, del, entries, set } from 'idb-keyval';
import { loadImportProfile } from '../import/profiles/load-profile';
import type { ImportProfile } from '../import/profiles/profile';

/**
 * The import profiles a user made (the mapping screen) or imported from a colleague's file: kept in this browser's
 * IndexedDB, apart from the imported data (clearing the data keeps them), and tried before the shipped ones — a
 * city's own word on its layout goes first. Each is validated when read back, as a file would be.
 */
const store = createStore('seika-profiles', 'profiles');

export interface UserProfile {
  profile: ImportProfile;
  /** when it was saved, ISO */
  savedAt: string;
}

let profiles: UserProfile[] = [];
let loaded: Promise<UserProfile[]> | null = null;
const listeners = new Set<() => void>();

function publish(next: UserProfile[]): void {
  profiles = next.sort((a, b) => b.savedAt.localeCompare(a.savedAt));
  listeners.forEach((l) => l());
}

/** Every stored profile, newest first (read once per page; a profile that no longer validates is left out). */
export function loadUserProfiles(): Promise<UserProfile[]> {
  loaded ??= entries<string, UserProfile>(store)
    .then((all) => {
      const ok: UserProfile[] = [];
      for (const [id, entry] of all) {
        try {
          ok.push({ profile: loadImportProfile(entry.profile, `（このブラウザ）${id}`), savedAt: entry.savedAt });
        } catch {
          // a profile saved by an older schema: kept in the store, not used (the list says nothing of it)
        }
      }
      publish(ok);
      return ok;
    })
    .catch(() => profiles);
  return loaded;
}

/** The profiles an import tries, user's first (newest first). */
export async function userImportProfiles(): Promise<ImportProfile[]> {
  await loadUserProfiles();
  // the current list, not the one the first read resolved with: saves and deletes replace it
  return profiles.map((p) => p.profile);
}

/** Validates and keeps a profile; one with the same id is replaced. */
export async function saveUserProfile(json: unknown, source: string): Promise<ImportProfile> {
  const profile = loadImportProfile(json, source);
  await loadUserProfiles();
  const entry: UserProfile = { profile, savedAt: new Date().toISOString() };
  await set(profile.id, entry, store);
  publish([...profiles.filter((p) => p.profile.id !== profile.id), entry]);
  return profile;
}

export async function deleteUserProfile(id: string): Promise<void> {
  await loadUserProfiles();
  await del(id, store);
  publish(profiles.filter((p) => p.profile.id !== id));
}

/** A profile file's text: the profile as JSON, as data/profiles/ holds them, to share with a colleague. */
export function profileFileText(profile: ImportProfile): string {
  return `${JSON.stringify(profile, null, 2)}\n`;
}

/** A profile file picked by the user: JSON, validated (a bad one throws ProfileLoadError with what is wrong). */
export async function readProfileFile(file: File): Promise<unknown> {
  const text = await file.text();
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new Error(`取込設定 ${file.name} は JSON として読めません: ${(e as Error).message}`);
  }
}

/** A fresh id for a profile made here (the schema wants lower-case letters, digits and hyphens). */
export function newProfileId(): string {
  return `user-${Date.now().toString(36)}-${Math.floor(Math.random() * 1296).toString(36).padStart(2, '0')}`;
}

export function useUserProfiles(): UserProfile[] {
  return useSyncExternalStore(
    (cb) => {
      listeners.add(cb);
      void loadUserProfiles();
      return () => listeners.delete(cb);
    },
    () => profiles,
  );
}

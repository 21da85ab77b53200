import { Validator, type OutputUnit } from '@cfworker/json-schema';
import schema from '../../../docs/import-profile.schema.json';
import type { ImportProfile } from './profile';

/**
 * Profiles are checked against docs/import-profile.schema.json when loaded — shipped ones, a user's from the
 * browser, and files given with --profile — so a mistyped profile fails with its name and the place of the mistake.
 */
const validator = new Validator(schema as object, '2020-12', false);

export class ProfileLoadError extends Error {}

export function loadImportProfile(json: unknown, source: string): ImportProfile {
  const result = validator.validate(json);
  if (!result.valid) {
    // The deepest errors say what is wrong; the ones above them only that something below is.
    const details = result.errors
      .filter((e: OutputUnit) => !/^(properties|items|allOf|anyOf|oneOf|\$ref|additionalProperties)$/.test(e.keyword) || e.keyword === 'additionalProperties')
      .slice(0, 4)
      .map((e: OutputUnit) => `${e.instanceLocation.replace(/^#/, '') || '/'}: ${e.error}`);
    throw new ProfileLoadError(`取込設定 ${source} が正しくありません（docs/import-profile.schema.json）: ${details.join(' / ')}`);
  }
  const profile = json as ImportProfile;
  if (profile.source.kind === 'table' && !profile.match.headers?.length) {
    throw new ProfileLoadError(`取込設定 ${source}: 表の取込設定には match.headers（見出しの目印）が要ります`);
  }
  if (profile.source.kind === 'json' && !profile.match.keys?.length) {
    throw new ProfileLoadError(`取込設定 ${source}: JSON の取込設定には match.keys（レコードのキーの目印）が要ります`);
  }
  return profile;
}

/** The one path from an opened database to the site's files, for the command line and the app's zip. */
import type { Thresholds } from '../analyses/scope';
import type { Database } from '../db/database';
import { loadPublication, type PublicationModel } from './model';
import type { PublishSettings } from './settings';
import { buildSite, type SiteFile } from './site';

export async function publishSite(
  db: Database,
  settings: PublishSettings,
  options: { sample: boolean; thresholds?: Thresholds; sheetCss: string},
): Promise<{ model: PublicationModel; files: SiteFile[] }> {
  const model = await loadPublication(db, settings, options);
  return { model, files: await buildSite(model, { sheetCss: options.sheetCss }) };
}

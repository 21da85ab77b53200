/**
 * 「公開版を書き出す」 in the app: the same site as `npm run publish`, from the database the app has open, as one zip
 * (fflate) downloaded by the browser. Loaded on the first click only (React's static renderer, ECharts SVG).
 */
import { strToU8, zipSync } from 'fflate';
import sheetCss from '../views/program/program.css?raw';
import type { Thresholds } from '../analyses/scope';
import type { Database } from '../db/database';
import { downloadBlob, safeFileName } from '../export/download';
import { publishSite } from './build';
import type { PublishSettings } from './settings';

export async function exportPublicEditionZip(db: Database, settings: PublishSettings, options: { sample: boolean; thresholds: Thresholds }): Promise<{ files: number; bytes: number }> {
  const { model, files } = await publishSite(db, settings, { ...options, sheetCss });
  const folder = `seika-${model.year}`;
  const zip = zipSync(Object.fromEntries(files.map((f) => [`${folder}/${f.path}`, typeof f.content === 'string' ? strToU8(f.content) : f.content])));
  downloadBlob(safeFileName(`公開版_${model.municipality}_${model.year}.zip`), new Blob([zip], { type: 'application/zip' }));
  return { files: files.length, bytes: zip.byteLength };
}

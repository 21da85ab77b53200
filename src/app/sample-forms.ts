import sampleFormsUrl from 'virtual:sample-forms-zip';
import type { InputFile } from '../import/types';

/** The sample city as its 801 evaluation-sheet forms in one zip (built at `npm run build`, see vite.config.ts). */
export const SAMPLE_FORMS_URL = sampleFormsUrl;

/** The zip's hashed URL versions it, as the database's URL versions the table sample (./sample-data.ts). */
export const SAMPLE_FORMS_VERSION = `forms-${sampleFormsUrl.replace(/[^A-Za-z0-9_-]/g, '')}`;

export async function fetchSampleFormFiles(): Promise<InputFile[]> {
  const res = await fetch(sampleFormsUrl);
  if (!res.ok) throw new Error(`様式のサンプルを読み込めません (${res.status})`);
  return [{ name: 'minato-sample-forms.zip', bytes: new Uint8Array(await res.arrayBuffer()) }];
}

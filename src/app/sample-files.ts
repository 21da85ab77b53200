import sampleFormsUrl from 'virtual:sample-forms-zip';
import type { InputFile } from '../import/types';

// The bundled sample ships inside the build as same-origin assets (no network beyond the page's own server).
const SAMPLE_URLS = import.meta.glob('../../data/sample/*.csv', { query: '?url', import: 'default', eager: true }) as Record<string, string>;

/** Vite puts a content hash in each asset URL: together they version the sample for the query cache. */
export const SAMPLE_VERSION = Object.values(SAMPLE_URLS).sort().join('|').replace(/[^A-Za-z0-9_|-]/g, '');

export async function fetchSampleFiles(): Promise<InputFile[]> {
  return Promise.all(
    Object.entries(SAMPLE_URLS)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(async ([path, url]) => {
        const res = await fetch(url);
        if (!res.ok) throw new Error(`サンプルデータを読み込めません: ${path} (${res.status})`);
        return { name: `sample/${path.split('/').pop()}`, bytes: new Uint8Array(await res.arrayBuffer()) };
      }),
  );
}

/** The same city as 801 evaluation-sheet forms in one zip (built at `npm run build`, see vite.config.ts). */
export const SAMPLE_FORMS_URL = sampleFormsUrl;

/** The zip's hashed URL versions it, as the tables' URLs version the table sample. */
export const SAMPLE_FORMS_VERSION = `forms-${sampleFormsUrl.replace(/[^A-Za-z0-9_-]/g, '')}`;

export async function fetchSampleFormFiles(): Promise<InputFile[]> {
  const res = await fetch(sampleFormsUrl);
  if (!res.ok) throw new Error(`様式のサンプルを読み込めません (${res.status})`);
  return [{ name: 'minato-sample-forms.zip', bytes: new Uint8Array(await res.arrayBuffer()) }];
}

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

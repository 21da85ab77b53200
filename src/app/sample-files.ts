import type { InputFile } from '../import/types';

// The bundled sample ships inside the build as same-origin assets (no network beyond the page's own server).
const SAMPLE_URLS = import.meta.glob('../../data/sample/*.csv', { query: '?url', import: 'default', eager: true }) as Record<string, string>;

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

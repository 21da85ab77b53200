import type { SampleManifest } from '../queries/sample-figures';
// Built at `npm run build` (scripts/build-sample.ts) and shipped as same-origin assets: nothing leaves the page's server.
import databaseUrl from '../../generated/sample.duckdb?url';
import manifestUrl from '../../generated/sample.json?url';

/** Vite puts a content hash in the database's URL: it versions the sample for the query cache. */
export const SAMPLE_VERSION = databaseUrl.replace(/[^A-Za-z0-9_-]/g, '');

/** The name the database file is registered under in DuckDB-WASM. */
export const SAMPLE_FILE = 'seika-sample.duckdb';

async function fetchOk(url: string, what: string): Promise<Response> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`サンプルデータを読み込めません: ${what} (${res.status})`);
  return res;
}

/** The sample's DuckDB database file (src/db/snapshot.ts). */
export async function fetchSampleDatabase(): Promise<Uint8Array> {
  return new Uint8Array(await (await fetchOk(databaseUrl, 'sample.duckdb')).arrayBuffer());
}

let manifest: Promise<SampleManifest> | null = null;

/** The sample's import report and first-screen figures (fetched once; ~25 KB gzip). */
export function fetchSampleManifest(): Promise<SampleManifest> {
  manifest ??= fetchOk(manifestUrl, 'sample.json').then((res) => res.json() as Promise<SampleManifest>);
  return manifest;
}

import { useRef, useState } from 'react';
import { DEFAULT_PUBLISH_SETTINGS } from '../publish/settings';
import { useDataset } from './dataset';
import type { Lang } from './i18n';
import { useScope } from './use-scope';
import './publish.css';

const NAME_KEY = 'seika-publish-municipality';

/**
 * 「公開版を書き出す」: the public edition (docs/publication.md) of the year in the filters as a zip. A disclosure like
 * 評価の基準: the municipality's name (remembered in this browser) and the button; Escape closes it.
 */
export function PublishControl({ lang }: { lang: Lang }) {
  const ds = useDataset();
  const { scope, thresholds } = useScope();
  const details = useRef<HTMLDetailsElement>(null);
  const [name, setName] = useState(() => localStorage.getItem(NAME_KEY) ?? '');
  const [state, setState] = useState<{ busy: boolean; message: string | null }>({ busy: false, message: null });
  const ja = lang === 'ja';
  const run = async (e: React.FormEvent) => {
    e.preventDefault();
    if (!ds.db) return;
    localStorage.setItem(NAME_KEY, name.trim());
    setState({ busy: true, message: ja ? '書き出しています…' : 'Writing…' });
    try {
      const { exportPublicEditionZip } = await import('../publish/export-zip');
      const settings = { ...DEFAULT_PUBLISH_SETTINGS, municipality: name.trim() || null, year: scope.year ?? null };
      const r = await exportPublicEditionZip(ds.db, settings, { sample: ds.source === 'sample', thresholds });
      const mb = (r.bytes / 1024 / 1024).toFixed(1);
      setState({ busy: false, message: ja ? `${r.files}ファイル（zip ${mb} MB）を書き出しました。` : `Wrote ${r.files} files (zip ${mb} MB).` });
    } catch (err) {
      setState({ busy: false, message: `${ja ? '書き出せませんでした' : 'Could not write it'}: ${(err as Error).message}` });
    }
  };
  return (
    <details
      ref={details}
      className="publish-control"
      data-testid="publish-control"
      onKeyDown={(e) => {
        if (e.key === 'Escape' && details.current?.open) {
          details.current.open = false;
          details.current.querySelector('summary')?.focus();
        }
      }}
    >
      <summary>{ja ? '公開版を書き出す' : 'Export the public edition'}</summary>
      <form className="publish-panel" onSubmit={(e) => void run(e)}>
        <p>
          {ja
            ? '住民向けの静的なサイト（HTML・CSV・Excel）を zip で書き出します。内部向けの項目（要注意度・自己評価の点検・取り込みの指摘）は含みません。'
            : 'A static site for residents (HTML, CSV, Excel) as a zip. Internal content (attention score, self-assessment check, import findings) is left out.'}
        </p>
        <label>
          {ja ? '自治体名' : 'Municipality'}
          <input type="text" value={name} onChange={(e) => setName(e.target.value)} data-testid="publish-municipality" />
        </label>
        <button type="submit" disabled={!ds.db || ds.phase !== 'ready' || state.busy} data-testid="publish-run">
          {ja ? 'zip を書き出す' : 'Write the zip'}
        </button>
        {state.message && (
          <p role="status" data-testid="publish-status">
            {state.message}
          </p>
        )}
      </form>
    </details>
  );
}

import type { ReactNode } from 'react';
import { toSearch, useUrlState } from '../../app/url-state';

/**
 * A program's name as a link to its detail view: a real href (so it opens in a new tab and prints as a permalink),
 * and an in-app navigate on a plain click. Shared by the gaps, zero-cost and budget views.
 */
export function ProgramLink({ programKey, children }: { programKey: string | null; children: ReactNode }) {
  const [url, go] = useUrlState();
  if (!programKey) return <>{children}</>;
  return (
    <a
      href={toSearch({ ...url, view: 'program', program: programKey }) || '?'}
      onClick={(e) => {
        if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
        e.preventDefault();
        go({ view: 'program', program: programKey });
      }}
    >
      {children}
    </a>
  );
}

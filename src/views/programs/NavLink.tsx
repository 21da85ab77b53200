import type { ReactNode } from 'react';
import { navigate, parseUrlState, toSearch, type UrlState } from '../../app/url-state';

/** The address a URL-state change leads to (so a link can be opened in a new tab or copied). */
export function hrefFor(patch: Partial<UrlState>): string {
  const search = toSearch({ ...parseUrlState(window.location.search), ...patch });
  return `${window.location.pathname}${search}`;
}

/** A real link (href, middle-click, copy) that navigates inside the app on a plain click. */
export function NavLink({ to, children, className, testId, title }: { to: Partial<UrlState>; children: ReactNode; className?: string; testId?: string; title?: string }) {
  return (
    <a
      href={hrefFor(to)}
      className={className}
      data-testid={testId}
      title={title}
      onClick={(e) => {
        if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
        e.preventDefault();
        navigate(to);
      }}
    >
      {children}
    </a>
  );
}

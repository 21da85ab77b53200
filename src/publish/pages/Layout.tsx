import type { ReactNode } from 'react';
import type { PublicationModel } from '../model';

export interface PageInfo {
  /** '' for the top level, '../' for pages in a folder: every link and asset is relative (file:// and any host) */
  root: string;
  title: string;
  /** the page's place in the site, for the navigation's aria-current */
  section: 'top' | 'programs' | 'pillar' | 'program' | 'data';
  scripts?: string[];
}

/** The frame of every page: skip link, site name, navigation, the fictional-data notice, footer with source and licence. */
export function Layout({ model, page, children }: { model: PublicationModel; page: PageInfo; children: ReactNode }) {
  const r = page.root;
  const site = `${model.municipality} 事務事業評価`;
  const nav: [PageInfo['section'], string, string][] = [
    ['top', `${r}index.html`, '概要'],
    ['programs', `${r}programs.html`, '事業一覧'],
    ['data', `${r}data.html`, 'データと利用条件'],
  ];
  return (
    <html lang="ja">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${page.title} | ${site} ${model.yearLabel}`}</title>
        <meta name="description" content={`${site}（${model.yearLabel}）の結果。施策の大綱別の達成状況と予算、事業ごとの点検シート。`} />
        <link rel="stylesheet" href={`${r}assets/site.css`} />
      </head>
      <body>
        <a className="skip-link" href="#main">
          本文へ移動
        </a>
        <header className="site-header">
          <p className="site-name">
            <a href={`${r}index.html`}>
              {site} <span className="site-year">{model.yearLabel}</span>
            </a>
          </p>
          <nav aria-label="サイト内">
            <ul>
              {nav.map(([key, href, label]) => (
                <li key={key}>
                  <a href={href} aria-current={page.section === key ? 'page' : undefined}>
                    {label}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        </header>
        {model.sample && (
          <p className="sample-notice" role="note">
            このサイトは架空の市のサンプルデータから作ったものです（シートNo.124 のみ常総市の実データ）。
          </p>
        )}
        <main id="main">{children}</main>
        <footer className="site-footer">
          <p>
            出典：{model.municipality}「事務事業点検シート」（{model.yearLabel}）
            {model.importedAt && `、データ取込日 ${model.importedAt}`}
          </p>
          <p>
            利用条件：{model.licence.url ? <a href={model.licence.url}>{model.licence.name}</a> : model.licence.name}（<a href={`${r}data.html`}>データと利用条件</a>）
          </p>
          <p>Seika で作成した静的なページです。スクリプトを使わずに読めます。</p>
        </footer>
        {(page.scripts ?? []).map((s) => (
          <script key={s} src={`${r}${s}`} />
        ))}
      </body>
    </html>
  );
}

/**
 * The public edition as files: pages (static HTML, readable with JavaScript off), assets and downloads. Pure but
 * for the chart drawing: the command line writes the files to a folder, the app zips them.
 */
import { createElement, type ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { SEARCH_JS, SITE_CSS, searchIndexJs } from './assets';
import { downloadFiles } from './downloads';
import type { PublicationModel } from './model';
import { DataPage } from './pages/DataPage';
import { FindingsPage } from './pages/FindingsPage';
import { ListPage } from './pages/ListPage';
import { PillarPage } from './pages/PillarPage';
import { ProgramPage } from './pages/ProgramPage';
import { TopPage } from './pages/TopPage';
import { pillarSlug } from './words';

export interface SiteFile {
  /** relative path with '/' separators */
  path: string;
  content: string | Uint8Array;
}

function page(element: ReactElement): string {
  return `<!DOCTYPE html>\n${renderToStaticMarkup(element)}\n`;
}

/** Every file of the site. `sheetCss` is the app's program.css (the evaluation sheet's form). */
export async function buildSite(model: PublicationModel, { sheetCss }: { sheetCss: string }): Promise<SiteFile[]> {
  const files: SiteFile[] = [
    { path: 'index.html', content: page(createElement(TopPage, { model })) },
    { path: 'programs.html', content: page(createElement(ListPage, { model })) },
    { path: 'data.html', content: page(createElement(DataPage, { model })) },
    { path: 'assets/site.css', content: `${SITE_CSS}\n/* the evaluation sheet (src/views/program/program.css) */\n${sheetCss}` },
    { path: 'assets/search.js', content: SEARCH_JS },
    { path: 'assets/search-index.js', content: searchIndexJs(model.programs) },
  ];
  model.levels
    .filter((l) => l.level === 'pillar')
    .forEach((pillar, i) => files.push({ path: `pillars/${pillarSlug(i)}.html`, content: page(createElement(PillarPage, { model, pillar })) }));
  for (const program of model.programs) files.push({ path: `programs/${program.slug}.html`, content: page(createElement(ProgramPage, { model, program })) });
  if (model.findings) files.push({ path: 'findings.html', content: page(createElement(FindingsPage, { model, findings: model.findings })) });
  files.push(...(await downloadFiles(model)));
  return files;
}

/**
 * The import worker: reads the user's files (decoding, CSV/TSV, SheetJS workbooks, zips, JSON, forms, profiles) off
 * the page's main thread, with the same parseFiles, form templates and profiles as the page would use, and sends each
 * file's units back as soon as they are read (./import-messages.ts). Started by ./parse-in-worker.ts.
 *
 * A worker has no DOMParser: an HTML page is handed to the page, whose htmlToGrid reads it (same parser, same grid).
 */
import { parseFiles } from '../import/import-files';
import type { FormTemplate } from '../import/forms/template';
import type { ImportProfile } from '../import/profiles/profile';
import { readHtmlElsewhere } from '../import/sources/html-grid';
import type { Grid } from '../import/grid';
import type { InputFile } from '../import/types';
import { formTemplates } from './form-templates';
import { shippedProfiles } from './import-profiles';
import { unitMessages, type FromWorker, type ToWorker } from './import-messages';

/** The worker's global scope, as far as it is used here (the project's types are the DOM's, not the WebWorker lib's). */
interface WorkerScope {
  postMessage(message: FromWorker): void;
  onmessage: ((e: MessageEvent<ToWorker>) => void) | null;
}
const scope = self as unknown as WorkerScope;

let layouts: { templates: readonly FormTemplate[]; profiles: readonly ImportProfile[] } | null = null;
let queue: Promise<void> = Promise.resolve();
let failed = false;

const htmlWaiting = new Map<number, { resolve: (g: Grid) => void; reject: (e: Error) => void }>();
let htmlIds = 0;

readHtmlElsewhere(
  (html, name, encoding) =>
    new Promise<Grid>((resolve, reject) => {
      const id = ++htmlIds;
      htmlWaiting.set(id, { resolve, reject });
      scope.postMessage({ type: 'html', id, html, name, encoding });
    }),
);

scope.onmessage = (e) => {
  const m = e.data;
  switch (m.type) {
    case 'start':
      try {
        layouts = { templates: formTemplates(), profiles: [...m.profiles, ...shippedProfiles()] };
        scope.postMessage({ type: 'ready' });
      } catch (err) {
        failed = true;
        scope.postMessage({ type: 'failed', index: 0, message: (err as Error).message });
      }
      break;
    case 'file':
      // one file after another, in the order given: the units come back in the order parseFiles(files) gives them
      queue = queue.then(() => parse(m.index, m.file));
      break;
    case 'html-grid':
    case 'html-error': {
      const waiting = htmlWaiting.get(m.id);
      htmlWaiting.delete(m.id);
      if (m.type === 'html-grid') waiting?.resolve(m.grid);
      else waiting?.reject(new Error(m.message));
      break;
    }
  }
};

async function parse(index: number, file: InputFile): Promise<void> {
  if (failed || !layouts) return;
  scope.postMessage({ type: 'parsing', index });
  try {
    // parseFiles one file at a time: its units can go to the page before the next file is read
    const units = await parseFiles([file], layouts);
    for (const unit of units) for (const message of unitMessages(unit)) scope.postMessage(message);
    scope.postMessage({ type: 'file-done', index });
  } catch (err) {
    // the page reads this file and the rest itself: a file that fails here fails there as it always did
    failed = true;
    scope.postMessage({ type: 'failed', index, message: (err as Error).message });
  }
}

import type { ImportOptions } from '../import/import-files';
import type { ParsedUnit } from '../import/parsed-unit';
import type { ImportProfile } from '../import/profiles/profile';
import { htmlToGrid } from '../import/sources/html-grid';
import type { InputFile } from '../import/types';
import { UnitAssembler, type FromWorker, type ToWorker } from './import-messages';

/** Parses files on the page's main thread from the file at `from` on, reporting progress as `from + done`. */
export type ParseHere = (files: readonly InputFile[], from: number) => Promise<ParsedUnit[]>;

/**
 * The files parsed in the import worker (./import-worker.ts), so the page stays responsive while a large import is
 * read: the page only receives each file's units, in small parts, and reports each file as it comes. Whatever goes
 * wrong with the worker — it cannot start (an old browser, a blocked script), it fails on a file, it dies — the page
 * reads the files not yet done itself (`parseHere`): an import never fails because of the worker, and a file that
 * fails to parse fails exactly as it would on the page. `inWorker` says whether the worker read every file.
 */
export function parseInWorker(
  files: readonly InputFile[],
  userProfiles: readonly ImportProfile[],
  onFileParsed: ImportOptions['onFileParsed'],
  parseHere: ParseHere,
): Promise<{ units: ParsedUnit[]; inWorker: boolean }> {
  const here = async (from: number, before: ParsedUnit[]) => ({ units: [...before, ...(await parseHere(files, from))], inWorker: false });
  if (files.length === 0) return Promise.resolve({ units: [], inWorker: true });
  let worker: Worker;
  try {
    worker = new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return here(0, []);
  }
  return new Promise((resolve, reject) => {
    const units: ParsedUnit[] = [];
    const assembler = new UnitAssembler();
    let done = 0;
    let over = false;
    const send = (m: ToWorker) => worker.postMessage(m);
    const sendFile = (index: number) => {
      const file = files[index];
      // a view into a larger buffer would copy the whole buffer: send the file's own bytes only
      if (file) send({ type: 'file', index, file: { name: file.name, bytes: ownBytes(file.bytes) } });
    };
    const finish = (fallback: boolean) => {
      if (over) return;
      over = true;
      worker.terminate();
      if (!fallback) resolve({ units, inWorker: true });
      else {
        assembler.take(); // the parts of a file the worker did not finish
        here(done, units).then(resolve, reject);
      }
    };
    worker.onmessage = (e: MessageEvent<FromWorker>) => {
      if (over) return;
      const m = e.data;
      try {
        switch (m.type) {
          case 'ready':
            sendFile(0);
            break;
          case 'parsing':
            sendFile(m.index + 1);
            break;
          case 'unit':
          case 'part':
            assembler.accept(m);
            break;
          case 'file-done': {
            const fileUnits = assembler.take();
            units.push(...fileUnits);
            done = m.index + 1;
            onFileParsed?.(done, files.length, fileUnits.map((u) => u.report));
            if (done === files.length) finish(false);
            break;
          }
          case 'failed':
            finish(true);
            break;
          case 'html':
            htmlToGrid(m.html, m.name, m.encoding).then(
              (grid) => send({ type: 'html-grid', id: m.id, grid }),
              (err: unknown) => send({ type: 'html-error', id: m.id, message: (err as Error).message }),
            );
            break;
        }
      } catch {
        finish(true);
      }
    };
    // the worker script did not load or run (a module worker in an old browser, a policy that blocks it), or died
    worker.onerror = (e) => {
      e.preventDefault();
      finish(true);
    };
    worker.onmessageerror = () => finish(true);
    try {
      send({ type: 'start', profiles: userProfiles });
    } catch {
      finish(true);
    }
  });
}

function ownBytes(bytes: Uint8Array): Uint8Array {
  return bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes : bytes.slice();
}

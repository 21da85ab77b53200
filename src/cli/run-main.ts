import { TemplateError } from '../import/forms/load-template';
import { ProfileLoadError } from '../import/profiles/load-profile';

/**
 * Runs a command's main and exits with its code once everything written to stdout has been flushed:
 * process.exit() does not wait for a piped stdout, and a large `--json` read by another program was cut short.
 */
export function runMain(main: (argv: string[]) => Promise<number>): void {
  main(process.argv.slice(2)).then(
    (code) => exitAfterFlush(code),
    (e: unknown) => {
      // A bad profile or template is a usage problem: its message names the file and the place, no stack needed.
      if (e instanceof ProfileLoadError || e instanceof TemplateError) {
        console.error(e.message);
        exitAfterFlush(2);
        return;
      }
      // A path on the command line that is not there: what check says too, without a stack.
      const code = (e as NodeJS.ErrnoException | null)?.code;
      if (code === 'ENOENT' || code === 'EACCES' || code === 'ENOTDIR') {
        console.error(`読み込めません: ${(e as Error).message}`);
        exitAfterFlush(2);
        return;
      }
      console.error(e);
      exitAfterFlush(1);
    },
  );
}

function exitAfterFlush(code: number): void {
  // writes are ordered: the callback of this empty write runs after every earlier write has been handed on
  process.stdout.write('', () => process.exit(code));
}

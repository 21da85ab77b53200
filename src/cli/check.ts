import { openNativeDatabase } from '../db/native';
import { importFiles } from '../import/import-files';
import { parseArgs, UsageError } from './args';
import { formatFileReport } from './format-report';
import { readInputs } from './read-inputs';
import { runMain } from './run-main';

const USAGE = 'usage: npm run check -- <files or folders…> [--json]';

/** `npm run check`: imports through the same code as the app and reports per file. Exit 1 on any error finding. */
async function main(argv: string[]): Promise<number> {
  let args;
  try {
    args = parseArgs(argv, [], ['json']);
    if (args.paths.length === 0) throw new UsageError('ファイルまたはフォルダを指定してください');
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    console.error(`${e.message}\n${USAGE}`);
    return 2;
  }
  let inputs;
  try {
    inputs = await readInputs(args.paths);
  } catch (e) {
    console.error(`読み込めません: ${(e as Error).message}\n${USAGE}`);
    return 2;
  }
  const db = await openNativeDatabase();
  try {
    const report = await importFiles(db, inputs);
    if (args.flags.has('json')) {
      const files = report.files.map((f) => ({
        file: f.file,
        encoding: f.encoding,
        table: f.table,
        rows: f.rows,
        loaded: f.loaded,
        blank: f.blank,
        rejected: f.rejected,
        alreadyImported: f.alreadyImported,
        findings: f.findings.map(({ line, column, raw, expected, severity, message }) => ({ line, column, raw, expected, severity, message })),
      }));
      console.log(JSON.stringify({ files }, null, 2));
    } else {
      console.log(report.files.map(formatFileReport).join('\n\n'));
    }
    return report.files.some((f) => f.findings.some((x) => x.severity === 'error')) ? 1 : 0;
  } finally {
    await db.close();
  }
}

runMain(main);

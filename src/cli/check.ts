import { openNativeDatabase } from '../db/native';
import { importFiles } from '../import/import-files';
import { parseArgs, UsageError } from './args';
import { readFormTemplates } from './form-templates';
import { readImportProfiles } from './import-profiles';
import { formatFileReport, formatImportSummary, nothingLoaded, terminalSafeJson } from './format-report';
import { readInputs } from './read-inputs';
import { runMain } from './run-main';

const USAGE = 'usage: npm run check -- <files, folders or zips…> [--profile 取込設定.json] [--json]';

/**
 * `npm run check`: imports through the same code as the app (tables, and forms read with data/forms/ templates) and
 * reports per file and in total. Exit 1 on any error finding, and when nothing at all was loaded.
 */
async function main(argv: string[]): Promise<number> {
  let args;
  try {
    args = parseArgs(argv, ['profile'], ['json']);
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
    const profiles = await readImportProfiles(args.values.has('profile') ? [args.values.get('profile')!] : []);
    const report = await importFiles(db, inputs.files, { templates: await readFormTemplates(), profiles });
    if (args.flags.has('json')) {
      const files = report.files.map((f) => ({
        file: f.file,
        sheet: f.sheet,
        format: f.format,
        encoding: f.encoding,
        kind: f.kind,
        table: f.table,
        template: f.template,
        fiscalYear: f.fiscalYear,
        sheetNo: f.sheetNo,
        rows: f.rows,
        loaded: f.loaded,
        blank: f.blank,
        rejected: f.rejected,
        alreadyImported: f.alreadyImported,
        findings: f.findings.map(({ line, column, raw, expected, severity, message }) => ({ line, column, raw, expected, severity, message })),
      }));
      console.log(terminalSafeJson({ files, skipped: inputs.skipped }));
    } else {
      console.log([...report.files.map(formatFileReport), formatImportSummary(report, inputs.skipped)].join('\n\n'));
    }
    const errors = report.files.some((f) => f.findings.some((x) => x.severity === 'error'));
    return errors || nothingLoaded(report) ? 1 : 0;
  } finally {
    await db.close();
  }
}

runMain(main);

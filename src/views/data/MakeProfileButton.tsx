import { L, useLang } from '../../app/i18n';
import { openMapping } from '../../app/mapping-request';
import { inputOf } from '../../app/recent-files';
import type { FileReport } from '../../import/types';

/** Formats a table can come in: the mapping screen reads these (not JSON, PDF or Word). */
const TABLE_FORMATS = new Set(['csv', 'tsv', 'xlsx', 'xls', 'ods', 'html']);

/** A unit nothing recognised, whose file is still at hand: the mapping screen can be offered for it. */
export function canMakeProfile(r: FileReport): boolean {
  return r.kind === null && r.format !== null && TABLE_FORMATS.has(r.format) && inputOf(r) !== null;
}

/** 取込設定を作る for one file (or worksheet) of the last import that no table, form or profile recognised. */
export function MakeProfileButton({ report }: { report: FileReport }) {
  const lang = useLang();
  const input = inputOf(report);
  if (!input || !canMakeProfile(report)) return null;
  return (
    <button type="button" className="make-profile" data-testid="make-profile" data-file={report.file} onClick={() => openMapping(input)}>
      {L(lang, '取込設定を作る', 'Make an import profile')}
    </button>
  );
}

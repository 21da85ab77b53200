import { isBlankRow } from './blank-row';
import { readForm } from './forms/read-form';
import { matchTemplate, type TemplateMiss } from './forms/match-template';
import type { FormTemplate } from './forms/template';
import type { Grid } from './grid';
import { emptyReport, fileError, recordCount, type ParsedUnit } from './parsed-unit';
import { readSource } from './sources/read-source';
import { findTableHeader, readTableGrid } from './table-reader';
import type { InputFile } from './types';

export interface ParseContext {
  /** the form templates a grid is tried against when it is not a table (data/forms/*.json) */
  templates: readonly FormTemplate[];
}

/** Zips inside zips are opened this deep and no deeper. */
const MAX_ARCHIVE_DEPTH = 3;

/**
 * One input file → its units: the file itself (CSV, TSV, HTML), each worksheet of a workbook, each file of a zip.
 * Each grid is tried as one of the five tables first, then against the form templates. Pure: no database.
 */
export async function parseInput(file: InputFile, ctx: ParseContext, depth = 0): Promise<ParsedUnit[]> {
  const source = await readSource(file);
  if (source.kind === 'unreadable') {
    const report = emptyReport(file.name);
    report.format = source.format;
    report.encoding = source.encoding;
    report.findings.push(...source.findings);
    return [{ report, records: {}, rejected: [] }];
  }
  if (source.kind === 'archive') {
    const units: ParsedUnit[] = [];
    if (depth >= MAX_ARCHIVE_DEPTH) return [errorUnit(file.name, 'zip', 'zip の中の zip が深すぎます（3段まで）')];
    for (const member of source.members) units.push(...(await parseInput(member, ctx, depth + 1)));
    if (source.findings.length) {
      const report = emptyReport(file.name);
      report.format = 'zip';
      report.findings.push(...source.findings);
      units.push({ report, records: {}, rejected: [] });
    }
    return units;
  }
  const filled = source.grids.filter((g) => !g.rows.every((r) => isBlankRow(r.cells)));
  if (filled.length === 0) {
    const unit = errorUnit(file.name, source.grids[0]?.format ?? null, 'ファイルが空です（ヘッダー行がありません）');
    unit.report.encoding = source.grids[0]?.encoding ?? null;
    unit.report.findings.push(...source.findings);
    return [unit];
  }
  const units = filled.map((g) => parseGrid(g, ctx));
  units[0]!.report.findings.unshift(...source.findings);
  // In a workbook of many sheets, a sheet that is neither table nor form (a cover, a list of codes) is passed over
  // with a warning when others were read; it is an error only when nothing in the workbook was.
  if (units.length > 1 && units.some((u) => recordCount(u) > 0)) {
    for (const u of units) if (u.report.kind === null) for (const f of u.report.findings) if (f.severity === 'error') f.severity = 'warning';
  }
  return units;
}

/** One grid: a table if a header row is found, a form if a template's headings are; else what was tried. */
export function parseGrid(grid: Grid, ctx: ParseContext): ParsedUnit {
  const { match, misses } = matchTemplate(grid, ctx.templates);
  if (match) return readForm(match.fg, match.template);
  const header = findTableHeader(grid);
  if ('recognised' in header) return readTableGrid(grid, header.recognised, header.headerAt);
  const report = emptyReport(grid.name, grid);
  report.findings.push({ file: grid.name, line: header.line, column: null, raw: null, expected: null, severity: 'error', message: header.error + triedForms(misses) });
  return { report, records: {}, rejected: [] };
}

function triedForms(misses: TemplateMiss[]): string {
  if (misses.length === 0) return '';
  const why = misses.map((m) => {
    const reasons = [`区切りの見出し ${m.sections}/${m.template.detect.minSections}`];
    if (m.missingLabels.length) reasons.push(`見出し ${m.missingLabels.map((l) => `「${l}」`).join('')} なし`);
    return `${m.template.name}（${reasons.join('、')}）`;
  });
  return `。点検シートの様式とも一致しません: ${why.join(' / ')}`;
}

function errorUnit(file: string, format: string | null, message: string): ParsedUnit {
  const report = emptyReport(file);
  report.format = format;
  report.findings.push(fileError(file, message));
  return { report, records: {}, rejected: [] };
}

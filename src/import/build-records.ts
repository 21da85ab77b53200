import { directionCategory, identityKey } from './cells';
import { atLine, copyTracker, rowContent } from './copied-rows';
import { settleUnit } from './indicator-units';
import type { ReadCell } from './read-cell';
import type { Finding, TableName } from './types';

export type Cells = Map<string, ReadCell>;
export type DbRecord = Record<string, unknown>;

/** Adds a finding about the current row; the builder knows the column, the caller knows file and line. */
export type Report = (f: Pick<Finding, 'column' | 'raw' | 'expected' | 'severity' | 'message'>) => void;

/**
 * Turns one row's parsed cells into the stored record of its table. Builders keep per-file state:
 * activity numbers in file order, merged activity cells filled down, the order of same-named indicators.
 */
export type RecordBuilder = (cells: Cells, report: Report, line?: number | null) => DbRecord;

export function makeRecordBuilder(table: TableName): RecordBuilder {
  switch (table) {
    case 'sheets':
      return buildSheet;
    case 'activities':
      return makeActivityBuilder();
    case 'outputs':
      return makeOutputBuilder();
    case 'outcomes':
      return makeOutcomeBuilder();
    case 'reviews':
      return buildReview;
    case 'program_money':
      return buildProgramMoney;
  }
}

const val = (cells: Cells, name: string): unknown => cells.get(name)?.value ?? null;
/** The municipality in front of an identity (program, sheet): two cities' `P0001` or sheet 12 never merge. */
const cityKey = (cells: Cells): string => {
  const city = (val(cells, 'municipality_code') ?? val(cells, 'municipality')) as string | null;
  return city === null ? '' : identityKey(city);
};
const inCity = (cells: Cells, key: string): string => {
  const city = cityKey(cells);
  return city === '' ? key : `${city}|${key}`;
};
const raw = (cells: Cells, name: string): string | null => {
  const r = cells.get(name)?.raw;
  return r === undefined || r.trim() === '' ? null : r;
};

// Records are written as one literal each, with every field (provenance included) present from the start:
// spreads and late additions push V8 into slow dictionary objects, which made a 100,000-row import 5× slower.


function buildSheet(cells: Cells, report: Report): DbRecord {
  const program = val(cells, 'program') as string | null;
  const programId = val(cells, 'program_id') as string | null;
  if (program === null) {
    report({ column: 'program', raw: raw(cells, 'program'), expected: '事務事業名', severity: 'warning', message: '事務事業名が空です' });
  }
  const identity = programId ?? program;
  return {
    fiscal_year: val(cells, 'fiscal_year'),
    sheet_no: val(cells, 'sheet_no'),
    fiscal_year_raw: raw(cells, 'fiscal_year'),
    municipality: val(cells, 'municipality'),
    municipality_code: val(cells, 'municipality_code'),
    municipality_key: cityKey(cells),
    program_id: programId,
    program,
    program_key: identity === null ? null : inCity(cells, identityKey(identity)),
    department: val(cells, 'department'),
    plan: val(cells, 'plan'),
    pillar: val(cells, 'pillar'),
    goal: val(cells, 'goal'),
    measure: val(cells, 'measure'),
    measure_detail: val(cells, 'measure_detail'),
    legal_basis: val(cells, 'legal_basis'),
    background: val(cells, 'background'),
    objective: val(cells, 'objective'),
    created_on: val(cells, 'created_on'),
    created_on_raw: raw(cells, 'created_on'),
    grade: val(cells, 'grade'),
    import_id: null,
    source_file: null,
    source_line: null,
    row_hash: null,
  };
}

const NOT_CONTENT = new Set(['activity_no']);

function makeActivityBuilder(): RecordBuilder {
  const nextNo = new Map<string, number>();
  const copies = copyTracker<number | null>();
  return (cells, report, line = null) => {
    const k = { fiscal_year: val(cells, 'fiscal_year'), sheet_no: val(cells, 'sheet_no') };
    const sheetKey = inCity(cells, `${k.fiscal_year}\u0001${k.sheet_no}`);
    const given = val(cells, 'activity_no') as number | null;
    // Without an 活動No column, activities are numbered in file order within their sheet.
    const activityNo = given ?? (nextNo.get(sheetKey) ?? 0) + 1;
    nextNo.set(sheetKey, Math.max(activityNo, nextNo.get(sheetKey) ?? 0));
    const name = cells.get('activity');
    const copyOf = copies(sheetKey + '\u0003' + rowContent(cells, NOT_CONTENT), line, given);
    // The same 活動No twice is a duplicate key, reported on loading; a copy numbered anew would pass unseen.
    if (copyOf && !(given !== null && copyOf.info === given)) {
      report({
        column: 'activity',
        raw: raw(cells, 'activity'),
        expected: '1 回だけ書かれた活動',
        severity: 'warning',
        message: `活動${name?.value ? `「${name.value}」` : ''}の行は ${atLine(copyOf.line)}とまったく同じ内容です。コピーした行なら、予算額・決算額が二重に数えられます（the same activity row twice: its money counts twice）`,
      });
    }
    if (name !== undefined && (name.value === null || name.value === '')) {
      report({ column: 'activity', raw: name.raw.trim() === '' ? null : name.raw, expected: '活動名', severity: 'warning', message: '活動名が空です。この行は取り込みますが、年度をまたいで追うことはできません（no activity name）' });
    }
    const period = (val(cells, 'period') as number[] | null) ?? name?.period ?? null;
    return {
      fiscal_year: k.fiscal_year,
      sheet_no: k.sheet_no,
      fiscal_year_raw: raw(cells, 'fiscal_year'),
      municipality: val(cells, 'municipality'),
      municipality_code: val(cells, 'municipality_code'),
      municipality_key: cityKey(cells),
      activity_no: activityNo,
      activity: name?.value ?? null,
      activity_key: name?.value ? identityKey(name.value as string) : null,
      activity_raw: raw(cells, 'activity'),
      period_years: period,
      period_raw: raw(cells, 'period'),
      lead_department: val(cells, 'lead_department') ?? name?.leadDepartment ?? null,
      description: val(cells, 'description'),
      budget: val(cells, 'budget'),
      budget_raw: raw(cells, 'budget'),
      spend: val(cells, 'spend'),
      spend_raw: raw(cells, 'spend'),
      import_id: null,
      source_file: null,
      source_line: null,
      row_hash: null,
    };
  };
}

/** Counts same-named indicators so that two `取組回数 (回)` rows stay two rows, in order. */
function makeOrdinal(): (key: string) => number {
  const seen = new Map<string, number>();
  return (key) => {
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    return n;
  };
}

/**
 * An indicator's name and unit; the unit settled from the 単位 column, the name, the headers and the figures (which
 * may be put back into the row's unit: see settleUnit). An empty name is reported: the row is kept, but no year
 * will find it again.
 */
function indicatorFields(cells: Cells, report: Report) {
  const label = cells.get('indicator');
  const name = (label?.value as string | null) ?? null;
  if (name === null && label !== undefined) {
    report({ column: 'indicator', raw: label.raw.trim() === '' ? null : label.raw, expected: '指標名', severity: 'warning', message: '指標名が空です。この行は取り込みますが、年度をまたいで追うことはできません（no indicator name）' });
  }
  const unit = settleUnit(cells, report);
  return { indicator: name, indicator_key: name === null ? null : identityKey(name), indicator_raw: raw(cells, 'indicator'), unit };
}

function makeOutputBuilder(): RecordBuilder {
  const ordinal = makeOrdinal();
  let previous: { sheet: string; activity: string | null; activityKey: string | null; activityNo: number | null } | null = null;
  return (cells, report) => {
    const k = { fiscal_year: val(cells, 'fiscal_year'), sheet_no: val(cells, 'sheet_no') };
    const sheet = inCity(cells, `${k.fiscal_year}\u0001${k.sheet_no}`);
    let activity = val(cells, 'activity') as string | null;
    let activityNo = val(cells, 'activity_no') as number | null;
    let activityKey = activity === null ? null : identityKey(activity);
    // Excel writes a merged activity cell only on its first row: later rows of the same sheet inherit it
    // (the name, and the number when that column was merged too).
    if (activity === null && previous?.sheet === sheet && (activityNo === null || activityNo === previous.activityNo)) {
      ({ activity, activityKey, activityNo } = previous);
    }
    // A program-level indicator (a profile's 活動指標 of the whole program) has no activity columns at all.
    const ofActivity = cells.has('activity') || cells.has('activity_no');
    if (ofActivity && activity === null && activityNo === null) {
      report({ column: 'activity', raw: null, expected: '活動名・事業名 または 活動No', severity: 'warning', message: 'どの活動の指標か分かりません（活動名も活動Noも空です）' });
    }
    previous = { sheet, activity, activityKey, activityNo };
    const ind = indicatorFields(cells, report);
    return {
      fiscal_year: k.fiscal_year,
      sheet_no: k.sheet_no,
      fiscal_year_raw: raw(cells, 'fiscal_year'),
      municipality: val(cells, 'municipality'),
      municipality_code: val(cells, 'municipality_code'),
      municipality_key: cityKey(cells),
      activity_no: activityNo,
      activity,
      activity_key: activityKey,
      indicator: ind.indicator,
      indicator_key: ind.indicator_key,
      indicator_raw: ind.indicator_raw,
      indicator_kind: val(cells, 'indicator_kind') ?? '活動',
      unit: ind.unit,
      ordinal: ordinal(`${sheet}\u0001${activityKey ?? activityNo}\u0001${ind.indicator_key}\u0001${ind.unit}`),
      target: val(cells, 'target'),
      target_raw: raw(cells, 'target'),
      target_year: cells.get('target')?.targetYear ?? null,
      next_target: val(cells, 'next_target'),
      next_target_raw: raw(cells, 'next_target'),
      actual: val(cells, 'actual'),
      actual_raw: raw(cells, 'actual'),
      import_id: null,
      source_file: null,
      source_line: null,
      row_hash: null,
    };
  };
}

function makeOutcomeBuilder(): RecordBuilder {
  const ordinal = makeOrdinal();
  return (cells, report) => {
    const k = { fiscal_year: val(cells, 'fiscal_year'), sheet_no: val(cells, 'sheet_no') };
    const ind = indicatorFields(cells, report);
    const fromColumn = val(cells, 'target_year') as number | null;
    const fromTarget = cells.get('target')?.targetYear ?? null;
    if (fromColumn !== null && fromTarget !== null && fromColumn !== fromTarget) {
      report({
        column: 'target_year',
        raw: raw(cells, 'target_year'),
        expected: `目標値の年度（${fromTarget}）と同じ年度`,
        severity: 'warning',
        message: `目標年度の列（${fromColumn}）と目標値に書かれた年度（${fromTarget}）が違います。目標値の年度を使います`,
      });
    }
    return {
      fiscal_year: k.fiscal_year,
      sheet_no: k.sheet_no,
      fiscal_year_raw: raw(cells, 'fiscal_year'),
      municipality: val(cells, 'municipality'),
      municipality_code: val(cells, 'municipality_code'),
      municipality_key: cityKey(cells),
      indicator: ind.indicator,
      indicator_key: ind.indicator_key,
      indicator_raw: ind.indicator_raw,
      indicator_kind: val(cells, 'indicator_kind') ?? '成果',
      unit: ind.unit,
      ordinal: ordinal(inCity(cells, `${k.fiscal_year}\u0001${k.sheet_no}\u0001${ind.indicator_key}\u0001${ind.unit}`)),
      target: val(cells, 'target'),
      target_raw: raw(cells, 'target'),
      target_year: fromTarget ?? fromColumn,
      target_year_raw: raw(cells, 'target_year'),
      actual: val(cells, 'actual'),
      actual_raw: raw(cells, 'actual'),
      baseline: val(cells, 'baseline'),
      baseline_raw: raw(cells, 'baseline'),
      direction: val(cells, 'direction'),
      direction_raw: raw(cells, 'direction'),
      import_id: null,
      source_file: null,
      source_line: null,
      row_hash: null,
    };
  };
}

function buildReview(cells: Cells): DbRecord {
  return {
    fiscal_year: val(cells, 'fiscal_year'),
    sheet_no: val(cells, 'sheet_no'),
    fiscal_year_raw: raw(cells, 'fiscal_year'),
    municipality: val(cells, 'municipality'),
    municipality_code: val(cells, 'municipality_code'),
    municipality_key: cityKey(cells),
    reflection: val(cells, 'reflection'),
    // An absent checkbox column is unknown (null); a present, empty box is a definite 'no'.
    improve_cost: cells.has('improve_cost') ? val(cells, 'improve_cost') : null,
    improve_activity: cells.has('improve_activity') ? val(cells, 'improve_activity') : null,
    improve_outcome: cells.has('improve_outcome') ? val(cells, 'improve_outcome') : null,
    improve_other: cells.has('improve_other') ? val(cells, 'improve_other') : null,
    improve_cost_raw: raw(cells, 'improve_cost'),
    improve_activity_raw: raw(cells, 'improve_activity'),
    improve_outcome_raw: raw(cells, 'improve_outcome'),
    improve_other_raw: raw(cells, 'improve_other'),
    next_direction: val(cells, 'next_direction'),
    next_direction_category: directionCategory(val(cells, 'next_direction') as string | null),
    import_id: null,
    source_file: null,
    source_line: null,
    row_hash: null,
  };
}

const MONEY_FIELDS = ['national', 'prefectural', 'bonds', 'other_sources', 'general_fund', 'project_cost', 'staff', 'work_hours', 'personnel_cost', 'total_cost'] as const;

/** Program-level money of one fiscal year and kind (予算 / 決算 / 決算見込 / 計画; 決算 when not said). */
function buildProgramMoney(cells: Cells): DbRecord {
  const rawCells: Record<string, string> = {};
  for (const f of MONEY_FIELDS) {
    const r = raw(cells, f);
    if (r !== null) rawCells[f] = r;
  }
  return {
    fiscal_year: val(cells, 'fiscal_year'),
    sheet_no: val(cells, 'sheet_no'),
    fiscal_year_raw: raw(cells, 'fiscal_year'),
    municipality: val(cells, 'municipality'),
    municipality_code: val(cells, 'municipality_code'),
    municipality_key: cityKey(cells),
    money_kind: val(cells, 'money_kind') ?? '決算',
    money_kind_raw: raw(cells, 'money_kind'),
    national: val(cells, 'national'),
    prefectural: val(cells, 'prefectural'),
    bonds: val(cells, 'bonds'),
    other_sources: val(cells, 'other_sources'),
    general_fund: val(cells, 'general_fund'),
    project_cost: val(cells, 'project_cost'),
    staff: val(cells, 'staff'),
    work_hours: val(cells, 'work_hours'),
    personnel_cost: val(cells, 'personnel_cost'),
    total_cost: val(cells, 'total_cost'),
    raw_cells: Object.keys(rawCells).length ? JSON.stringify(rawCells) : null,
    import_id: null,
    source_file: null,
    source_line: null,
    row_hash: null,
  };
}

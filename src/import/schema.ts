import type { TableName } from './types';

/**
 * The five tables as they arrive (input columns with their header aliases) and as DuckDB stores them.
 * Aliases are compared after header normalisation (see ./header.ts): NFKC, no spaces, lower case,
 * era-year prefix and parenthesised notes removed.
 */
export type CellKind =
  | 'year' // fiscal year (key)
  | 'key' // sheet number (key)
  | 'text'
  | 'int'
  | 'quantity' // number with optional unit
  | 'target' // quantity with an optional own year (R9年度 2,700人)
  | 'money' // 千円
  | 'date'
  | 'period'
  | 'checkbox'
  | 'direction'
  | 'activity_name' // name with (R6・7・8) and 【担当課】 inside
  | 'indicator_label' // name with (単位) inside
  | 'indicator_kind' // 活動 / 対象 / 成果
  | 'money_kind'; // 予算 / 決算 / 決算見込 / 計画

export interface InputColumn {
  name: string;
  kind: CellKind;
  aliases: string[];
}

const FISCAL_YEAR: InputColumn = { name: 'fiscal_year', kind: 'year', aliases: ['年度', '会計年度', '対象年度', 'fiscal_year', 'fy', 'year'] };
const SHEET_NO: InputColumn = {
  name: 'sheet_no',
  kind: 'key',
  aliases: ['シートno', 'シートno.', 'シート番号', 'シート', 'no', 'no.', 'sheet_no', 'sheet'],
};
const ACTIVITY: InputColumn = { name: 'activity', kind: 'activity_name', aliases: ['活動名・事業名', '活動名', '事業名・活動名', '活動・事業名', 'activity'] };
const ACTIVITY_NO: InputColumn = { name: 'activity_no', kind: 'int', aliases: ['活動no', '活動no.', '活動番号', 'activity_no'] };
const UNIT: InputColumn = { name: 'unit', kind: 'text', aliases: ['単位', 'unit'] };
const TARGET: InputColumn = { name: 'target', kind: 'target', aliases: ['目標値', '目標', '今年度目標値', '当年度目標値', 'target'] };
const ACTUAL: InputColumn = { name: 'actual', kind: 'quantity', aliases: ['実績値', '実績', 'actual'] };
// Several cities side by side: their sheet numbers and program IDs are apart only with the municipality.
const MUNICIPALITY: InputColumn = { name: 'municipality', kind: 'text', aliases: ['団体名', '自治体名', '市町村名', '市区町村名', 'municipality'] };
const MUNICIPALITY_CODE: InputColumn = {
  name: 'municipality_code',
  kind: 'text',
  aliases: ['団体コード', '全国地方公共団体コード', '地方公共団体コード', '市区町村コード', 'municipality_code'],
};
const INDICATOR_KIND: InputColumn = { name: 'indicator_kind', kind: 'indicator_kind', aliases: ['指標の種類', '指標種別', '指標区分', 'indicator_kind'] };

export const INPUT_COLUMNS: Record<TableName, InputColumn[]> = {
  sheets: [
    FISCAL_YEAR,
    SHEET_NO,
    MUNICIPALITY,
    MUNICIPALITY_CODE,
    { name: 'program_id', kind: 'text', aliases: ['事業id', '事業コード', '事業cd', 'program_id'] },
    { name: 'program', kind: 'text', aliases: ['事務事業名', '事業名', 'program'] },
    { name: 'department', kind: 'text', aliases: ['課等名', '担当課', '所管課', '課名', '担当部署', 'department'] },
    { name: 'plan', kind: 'text', aliases: ['計画', '総合計画', '後期基本計画', '前期基本計画', '基本計画', 'plan'] },
    { name: 'pillar', kind: 'text', aliases: ['施策の大綱', '大綱', 'pillar'] },
    { name: 'goal', kind: 'text', aliases: ['施策の目標', 'goal'] },
    { name: 'measure', kind: 'text', aliases: ['施策', 'measure'] },
    { name: 'measure_detail', kind: 'text', aliases: ['施策内容', 'measure_detail'] },
    {
      name: 'legal_basis',
      kind: 'text',
      aliases: ['根拠法令及び分野別計画等', 'その他、根拠法令及び分野別計画等', 'その他,根拠法令及び分野別計画等', '根拠法令', '根拠法令等', 'legal_basis'],
    },
    { name: 'background', kind: 'text', aliases: ['事務事業の背景・目的', '背景・目的', 'background'] },
    { name: 'objective', kind: 'text', aliases: ['事務事業の目標', 'objective'] },
    { name: 'created_on', kind: 'date', aliases: ['作成日', 'created_on'] },
    { name: 'grade', kind: 'text', aliases: ['総合評価', '評価結果', '評価区分', 'grade'] },
  ],
  activities: [
    FISCAL_YEAR,
    SHEET_NO,
    MUNICIPALITY,
    MUNICIPALITY_CODE,
    ACTIVITY_NO,
    ACTIVITY,
    { name: 'period', kind: 'period', aliases: ['対象年', '対象期間', '実施期間', '期間', 'period'] },
    { name: 'lead_department', kind: 'text', aliases: ['担当課', '主担当課', 'lead_department'] },
    { name: 'description', kind: 'text', aliases: ['活動・事業内容', '活動内容', '事業内容', 'description'] },
    { name: 'budget', kind: 'money', aliases: ['予算額', '予算', '当初予算額', 'budget'] },
    { name: 'spend', kind: 'money', aliases: ['決算額', '決算', '執行額', 'spend'] },
  ],
  outputs: [
    FISCAL_YEAR,
    SHEET_NO,
    MUNICIPALITY,
    MUNICIPALITY_CODE,
    INDICATOR_KIND,
    ACTIVITY_NO,
    ACTIVITY,
    { name: 'indicator', kind: 'indicator_label', aliases: ['指標', '指標名', '活動指標', 'アウトプット指標', 'indicator'] },
    UNIT,
    TARGET,
    { name: 'next_target', kind: 'target', aliases: ['翌年度目標値', '次年度目標値', '翌年度目標', 'next_target'] },
    ACTUAL,
  ],
  outcomes: [
    FISCAL_YEAR,
    SHEET_NO,
    MUNICIPALITY,
    MUNICIPALITY_CODE,
    INDICATOR_KIND,
    { name: 'indicator', kind: 'indicator_label', aliases: ['指標名', '成果指標', '成果指標名', '指標', 'indicator'] },
    UNIT,
    TARGET,
    { name: 'target_year', kind: 'year', aliases: ['目標年度', '目標年', 'target_year'] },
    ACTUAL,
    { name: 'baseline', kind: 'quantity', aliases: ['基準値', '現状値', 'baseline'] },
    { name: 'direction', kind: 'direction', aliases: ['方向', '指標の方向', '目指す方向', 'direction'] },
  ],
  reviews: [
    FISCAL_YEAR,
    SHEET_NO,
    MUNICIPALITY,
    MUNICIPALITY_CODE,
    { name: 'reflection', kind: 'text', aliases: ['業務の振り返り', '振り返り', 'reflection'] },
    { name: 'improve_cost', kind: 'checkbox', aliases: ['コスト', '改善の余地コスト', 'improve_cost'] },
    { name: 'improve_activity', kind: 'checkbox', aliases: ['活動', '改善の余地活動', 'improve_activity'] },
    { name: 'improve_outcome', kind: 'checkbox', aliases: ['成果', '改善の余地成果', 'improve_outcome'] },
    { name: 'improve_other', kind: 'checkbox', aliases: ['その他', '改善の余地その他', 'improve_other'] },
    { name: 'next_direction', kind: 'text', aliases: ['今後の方向性', 'next_direction'] },
  ],
  // Program-level money per fiscal year: what a sheet states for the whole program rather than per activity.
  program_money: [
    FISCAL_YEAR,
    SHEET_NO,
    MUNICIPALITY,
    MUNICIPALITY_CODE,
    { name: 'money_kind', kind: 'money_kind', aliases: ['区分', '金額区分', '予算決算区分', 'money_kind'] },
    { name: 'national', kind: 'money', aliases: ['国庫支出金', '国費', 'national'] },
    { name: 'prefectural', kind: 'money', aliases: ['県支出金', '都道府県支出金', '道府県支出金', '都支出金', '府支出金', 'prefectural'] },
    { name: 'bonds', kind: 'money', aliases: ['地方債', '市債', 'bonds'] },
    { name: 'other_sources', kind: 'money', aliases: ['その他', 'その他特定財源', '特定財源', 'other_sources'] },
    { name: 'general_fund', kind: 'money', aliases: ['一般財源', 'general_fund'] },
    { name: 'project_cost', kind: 'money', aliases: ['事業費計', '事業費', '事業費計(a)', '歳出', 'project_cost'] },
    { name: 'staff', kind: 'quantity', aliases: ['職員数', '正規職員従事人数', '従事職員数', '人工', 'staff'] },
    { name: 'work_hours', kind: 'quantity', aliases: ['延べ業務時間', '業務時間', 'work_hours'] },
    { name: 'personnel_cost', kind: 'money', aliases: ['人件費', '人件費計', '人件費計(b)', 'personnel_cost'] },
    { name: 'total_cost', kind: 'money', aliases: ['トータルコスト', 'トータルコスト(a)+(b)', 'フルコスト', 'total_cost'] },
  ],
};

/** A file is recognised as a table when it has all of `all` and at least one of each group in `anyOf`. */
export const TABLE_SIGNATURES: Record<TableName, { all: string[]; anyOf: string[][]; none?: string[] }> = {
  sheets: { all: ['sheet_no', 'program'], anyOf: [] },
  activities: { all: ['sheet_no', 'activity'], anyOf: [['budget', 'spend', 'description', 'period']] },
  outputs: { all: ['sheet_no', 'indicator'], anyOf: [['activity', 'activity_no'], ['target', 'next_target', 'actual']] },
  outcomes: { all: ['sheet_no', 'indicator'], anyOf: [['target', 'actual']], none: ['activity', 'activity_no', 'next_target'] },
  reviews: { all: ['sheet_no'], anyOf: [['reflection', 'next_direction', 'improve_cost', 'improve_activity', 'improve_outcome', 'improve_other']] },
  program_money: {
    all: ['sheet_no'],
    // Any money of the program's own: a funding breakdown without a total (県支出金・地方債・その他) is program money too.
    anyOf: [['project_cost', 'total_cost', 'personnel_cost', 'general_fund', 'national', 'prefectural', 'bonds', 'other_sources']],
    none: ['activity', 'activity_no', 'indicator', 'reflection', 'next_direction'],
  },
};

export const TABLE_LABELS_JA: Record<TableName, string> = {
  sheets: 'シート（①位置付け）',
  activities: '活動（②③）',
  outputs: 'アウトプット指標（②）',
  outcomes: 'アウトカム指標（④）',
  reviews: '点検・改善（⑤）',
  program_money: '事業費（事業全体の予算・決算・人件費）',
};

export type SqlType = 'INTEGER' | 'DOUBLE' | 'VARCHAR' | 'BOOLEAN' | 'DATE' | 'INTEGER[]';
export interface DbColumn {
  name: string;
  type: SqlType;
}

const v = (name: string): DbColumn => ({ name, type: 'VARCHAR' });
const i = (name: string): DbColumn => ({ name, type: 'INTEGER' });
const d = (name: string): DbColumn => ({ name, type: 'DOUBLE' });
const b = (name: string): DbColumn => ({ name, type: 'BOOLEAN' });

/** Columns every stored row carries: where it came from, and a content hash that makes re-imports idempotent. */
const PROVENANCE: DbColumn[] = [i('import_id'), v('source_file'), i('source_line'), v('row_hash')];
// municipality_key: '' for one city's data, else the municipality's code (or name), compacted: the analyses join on
// (municipality_key, fiscal_year, sheet_no), so two cities' sheet 1 of 2024 never meet.
const KEYS: DbColumn[] = [i('fiscal_year'), v('sheet_no'), v('fiscal_year_raw'), v('municipality'), v('municipality_code'), v('municipality_key')];

/**
 * Stored columns. `*_raw` keep the cell text as written beside every parsed value, so nothing is lost;
 * `*_key` are the normalised identities used to follow programs and indicators across years.
 */
export const DB_COLUMNS: Record<TableName, DbColumn[]> = {
  sheets: [
    ...KEYS,
    v('program_id'),
    v('program'),
    v('program_key'),
    v('department'),
    v('plan'),
    v('pillar'),
    v('goal'),
    v('measure'),
    v('measure_detail'),
    v('legal_basis'),
    v('background'),
    v('objective'),
    { name: 'created_on', type: 'DATE' },
    v('created_on_raw'),
    v('grade'),
    ...PROVENANCE,
  ],
  activities: [
    ...KEYS,
    i('activity_no'),
    v('activity'),
    v('activity_key'),
    v('activity_raw'),
    { name: 'period_years', type: 'INTEGER[]' },
    v('period_raw'),
    v('lead_department'),
    v('description'),
    d('budget'),
    v('budget_raw'),
    d('spend'),
    v('spend_raw'),
    ...PROVENANCE,
  ],
  outputs: [
    ...KEYS,
    i('activity_no'),
    v('activity'),
    v('activity_key'),
    v('indicator'),
    v('indicator_key'),
    v('indicator_raw'),
    v('indicator_kind'),
    v('unit'),
    i('ordinal'),
    d('target'),
    v('target_raw'),
    // the year a target names of its own (`R9年度 100件`, or a header `目標値（R9年度）`)
    i('target_year'),
    d('next_target'),
    v('next_target_raw'),
    d('actual'),
    v('actual_raw'),
    ...PROVENANCE,
  ],
  outcomes: [
    ...KEYS,
    v('indicator'),
    v('indicator_key'),
    v('indicator_raw'),
    v('indicator_kind'),
    v('unit'),
    i('ordinal'),
    d('target'),
    v('target_raw'),
    i('target_year'),
    v('target_year_raw'),
    d('actual'),
    v('actual_raw'),
    d('baseline'),
    v('baseline_raw'),
    v('direction'),
    v('direction_raw'),
    ...PROVENANCE,
  ],
  reviews: [
    ...KEYS,
    v('reflection'),
    b('improve_cost'),
    b('improve_activity'),
    b('improve_outcome'),
    b('improve_other'),
    v('improve_cost_raw'),
    v('improve_activity_raw'),
    v('improve_outcome_raw'),
    v('improve_other_raw'),
    v('next_direction'),
    // 拡充 / 継続 / 改善 / 縮小 / 休止 / 廃止 / 完了, read from next_direction (which keeps the text as written)
    v('next_direction_category'),
    ...PROVENANCE,
  ],
  program_money: [
    ...KEYS,
    v('money_kind'),
    v('money_kind_raw'),
    d('national'),
    d('prefectural'),
    d('bonds'),
    d('other_sources'),
    d('general_fund'),
    d('project_cost'),
    d('staff'),
    d('work_hours'),
    d('personnel_cost'),
    d('total_cost'),
    // the money cells as written, as one JSON object (column → text): a dozen *_raw columns would say the same
    v('raw_cells'),
    ...PROVENANCE,
  ],
};

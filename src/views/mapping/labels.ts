import type { Lang } from '../../app/i18n';
import type { DraftProblem } from '../../import/profiles/draft/build-profile';
import type { PlainField } from '../../import/profiles/draft/draft';
import type { MoneyField } from '../../import/profiles/profile';

/** The mapping screen's names for Seika's fields, in both languages (the Japanese as the sheets say them). */
export const FIELD_LABELS: Record<PlainField | MoneyField, { ja: string; en: string }> = {
  program_id: { ja: '事業ID', en: 'Program ID' },
  program: { ja: '事務事業名', en: 'Program name' },
  department: { ja: '担当課', en: 'Department' },
  plan: { ja: '総合計画', en: 'Plan' },
  pillar: { ja: '施策の大綱', en: 'Policy pillar' },
  goal: { ja: '施策の目標', en: 'Policy goal' },
  measure: { ja: '施策', en: 'Measure' },
  measure_detail: { ja: '施策内容', en: 'Measure detail' },
  legal_basis: { ja: '根拠法令', en: 'Legal basis' },
  background: { ja: '背景・目的', en: 'Background' },
  objective: { ja: '事務事業の目標', en: 'Objective' },
  created_on: { ja: '作成日', en: 'Written on' },
  grade: { ja: '総合評価', en: 'Grade' },
  reflection: { ja: '業務の振り返り', en: 'Reflection' },
  improve_cost: { ja: '改善の余地（コスト）', en: 'Room to improve: cost' },
  improve_activity: { ja: '改善の余地（活動）', en: 'Room to improve: activity' },
  improve_outcome: { ja: '改善の余地（成果）', en: 'Room to improve: outcome' },
  improve_other: { ja: '改善の余地（その他）', en: 'Room to improve: other' },
  next_direction: { ja: '今後の方向性', en: 'Next direction' },
  national: { ja: '国庫支出金', en: 'National funds' },
  prefectural: { ja: '県支出金', en: 'Prefectural funds' },
  bonds: { ja: '地方債', en: 'Bonds' },
  other_sources: { ja: 'その他の財源', en: 'Other sources' },
  general_fund: { ja: '一般財源', en: 'General fund' },
  project_cost: { ja: '事業費', en: 'Project cost' },
  staff: { ja: '職員数', en: 'Staff' },
  work_hours: { ja: '延べ業務時間', en: 'Work hours' },
  personnel_cost: { ja: '人件費', en: 'Personnel cost' },
  total_cost: { ja: 'トータルコスト', en: 'Total cost' },
};

export const MONEY_KIND_LABELS = { 予算: { ja: '予算', en: 'Budget' }, 決算: { ja: '決算', en: 'Actual spend' }, 決算見込: { ja: '決算見込', en: 'Expected spend' }, 計画: { ja: '計画', en: 'Plan' } } as const;
export const INDICATOR_KIND_LABELS = { 活動: { ja: '活動指標', en: 'Activity' }, 対象: { ja: '対象指標', en: 'Target group' }, 成果: { ja: '成果指標', en: 'Outcome' } } as const;

const PROBLEMS: Record<DraftProblem['code'], { ja: string; en: string }> = {
  name: { ja: '取込設定の名前を入れてください。', en: 'Give the profile a name.' },
  'fiscal-year': { ja: '年度（列または固定の年度）を決めてください。', en: 'Set the fiscal year (a column, or a fixed year).' },
  'sheet-no': { ja: 'シートNo（事業を見分ける番号）の列を決めてください。', en: 'Set the sheet number column (what tells programs apart).' },
  'municipality-code': { ja: '団体コードは 5 桁か 6 桁の数字です。', en: 'The municipality code has 5 or 6 digits.' },
  'header-row': { ja: '見出しは先頭 15 行のうちにある必要があります。', en: 'The header must be within the first 15 rows.' },
  signature: { ja: 'ファイルを見分ける見出しがありません。見出しのある列を 1 つ以上割り当ててください。', en: 'Nothing to recognise the file by: assign at least one column that has a header.' },
  'signature-elsewhere': {
    ja: '割り当てた列の見出しが上の行にもあるため、ファイルを見分けられません。見出しの行数を 1 にするか、見出しの下の行にだけある列も割り当ててください。',
    en: 'The assigned headers also stand in a row above, so the file cannot be recognised at this row. Set the header to one row, or assign a column named only in the lower row.',
  },
  'block-width': { ja: '年度のまとまりの列数を入れてください。', en: 'Give the year blocks their width (columns).' },
  'block-beyond': { ja: '年度のまとまりが最後の列を越えています。', en: 'A year block runs past the last column.' },
  'block-overlap': { ja: '年度のまとまりが重なっています。', en: 'Two year blocks overlap.' },
  'needs-blocks': { ja: '金額と指標の値は年度のまとまりの中から読みます。まとまりを 1 つ以上作ってください。', en: 'Money and indicator values are read inside year blocks: add at least one block.' },
  'generic-signature': {
    ja: '見分ける見出しが 5 つの表の CSV にもある名前だけです。この設定がそれらの CSV まで読んでしまわないよう、この市の一覧にしかない列も割り当ててください。',
    en: 'The headers it is recognised by are all names the five-table CSVs use too: assign a column only this city’s list has, so the profile does not take those CSVs.',
  },
};

export function problemText(p: DraftProblem, lang: Lang): string {
  return `${PROBLEMS[p.code][lang]}${p.at ? (lang === 'ja' ? `（${p.at}列）` : ` (column ${p.at})`) : ''}`;
}

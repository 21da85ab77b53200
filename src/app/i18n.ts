import { useUrlState, type ViewName } from './url-state';

export type Lang = 'ja' | 'en';

/** UI words in Japanese (first) and English. Figures are formatted by src/format/ja.ts in both languages. */
const WORDS = {
  ja: {
    title: 'Seika 成果',
    subtitle: '事務事業点検シート ダッシュボード',
    year: '年度',
    pillar: '施策の大綱',
    department: '担当課',
    municipality: '団体',
    allMunicipalities: 'すべての団体',
    noMunicipality: '（団体名なし）',
    status: '達成状況',
    all: 'すべて',
    sample: 'サンプルデータ（架空の市。シートNo.124 のみ常総市の実データ）',
    cached: '前回の結果を表示中（データベース起動中）',
    starting: 'データベース（DuckDB-WASM）を起動しています…',
    importing: 'データを読み込んでいます',
    importedAt: '取込日時',
    startFailed: 'データベースを起動できませんでした',
    loading: '集計中…',
    error: 'エラーが発生しました',
    empty: 'データがありません。「データ」画面で点検シートや CSV ファイルを読み込むか、サンプルを使ってください。',
    print: '印刷',
    thresholds: '評価の基準',
    thresholdsCustom: '変更あり',
    near: '概ね達成の下限（%）',
    under: '執行率が低い（%未満）',
    over: '執行率が高い（%超）',
    apply: '適用',
    resetThresholds: '既定に戻す',
    rememberThresholds: 'このブラウザでは次回からもこの基準を使う',
    thresholdsHint: '達成率がこの下限以上100%未満の成果指標を「概ね達成」とします。適用すると、すべての画面の集計がこの基準で計算し直され、URL にも残ります。',
    skip: '本文へ移動',
    views: '画面',
    language: '言語',
    viewLoading: '読み込み中…',
  },
  en: {
    title: 'Seika',
    subtitle: 'Program evaluation dashboard',
    year: 'Fiscal year',
    pillar: 'Policy pillar',
    department: 'Department',
    municipality: 'Municipality',
    allMunicipalities: 'All municipalities',
    noMunicipality: '(no municipality named)',
    status: 'Status',
    all: 'All',
    sample: 'Sample data (a fictional city; only sheet No.124 is real data of Joso City)',
    cached: 'Showing cached figures (database starting)',
    starting: 'Starting the database (DuckDB-WASM)…',
    importing: 'Importing data',
    importedAt: 'Imported',
    startFailed: 'The database could not start',
    loading: 'Computing…',
    error: 'Something went wrong',
    empty: 'No data yet. Import CSV files on the Data page, or use the sample.',
    print: 'Print',
    thresholds: 'Thresholds',
    thresholdsCustom: 'custom',
    near: '"Near" from (%)',
    under: 'Low execution below (%)',
    over: 'High execution above (%)',
    apply: 'Apply',
    resetThresholds: 'Reset to defaults',
    rememberThresholds: 'Use this setting on later visits in this browser',
    thresholdsHint: 'An outcome at or above this rate and below 100% counts as "near". Applying recomputes every figure on every screen and keeps the setting in the URL.',
    skip: 'Skip to the content',
    views: 'Screens',
    language: 'Language',
    viewLoading: 'Loading…',
  },
} as const;

export type WordKey = keyof (typeof WORDS)['ja'];

export const VIEW_LABELS: Record<ViewName, { ja: string; en: string }> = {
  overview: { ja: '概要', en: 'Overview' },
  policy: { ja: '施策別', en: 'Policy' },
  programs: { ja: '事業一覧', en: 'Programs' },
  program: { ja: '事業詳細', en: 'Program' },
  gaps: { ja: '成果ギャップ', en: 'Outcome gaps' },
  'zero-cost': { ja: 'ゼロ予算', en: 'Zero-cost' },
  budget: { ja: '予算執行', en: 'Budget execution' },
  cost: { ja: 'コスト', en: 'Cost' },
  similar: { ja: '類似事業', en: 'Similar programs' },
  quality: { ja: 'シートの質', en: 'Sheet quality' },
  changes: { ja: '前年度からの変化', en: 'Changes' },
  briefing: { ja: '議会説明資料', en: 'Council briefing' },
  console: { ja: 'SQL分析', en: 'SQL console' },
  data: { ja: 'データ', en: 'Data' },
};

export function t(lang: Lang, key: WordKey): string {
  return WORDS[lang][key];
}

/** The language the screen is shown in (?lang=en), for components that word things themselves. */
export function useLang(): Lang {
  return useUrlState()[0].lang;
}

/** One text in the screen's language: `L(lang, '施策別', 'Policy')`. Japanese first, as the UI is. */
export function L(lang: Lang, ja: string, en: string): string {
  return lang === 'ja' ? ja : en;
}

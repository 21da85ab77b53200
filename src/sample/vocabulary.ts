/** Words the sample city's sheets are composed from. Fictional: みなと市 is a made-up city. */

export const CITY_NAME = 'みなと市';

/** Program-name endings; a theme plus one of these makes a name like 空き家対策推進事業. */
export const NAME_SUFFIXES = [
  '事業', '推進事業', '支援事業', '運営事業', '補助事業', '対策事業', '促進事業', '強化事業', '啓発事業', '整備事業',
] as const;

/** Used to keep names unique once a measure's theme × suffix combinations run out (large benchmark cities). */
export const DISTRICTS = ['北部地区', '南部地区', '東部地区', '西部地区', '中央地区', '臨海地区', '山間地区', '駅周辺地区'];

/** Departments that may co-run an activity (担当課) in any pillar, besides those of the program's own pillar. */
export const GENERAL_LEAD_DEPARTMENTS = ['企画政策課', '秘書広報課', 'デジタル推進課'];

/**
 * Activity kinds: how an activity's name is made from the program's theme, its output indicators
 * ('name|unit|low|high', the first-year target drawn from low..high), how often it costs nothing, and which
 * measures (by name) it fits; without `fits`, any measure.
 */
export interface ActivityKind {
  readonly label: (theme: string) => string;
  readonly outputs: readonly string[];
  readonly zeroCostShare: number;
  readonly fits?: RegExp;
}

export const ACTIVITY_KINDS: readonly ActivityKind[] = [
  { label: (t) => `${t}講座の開催`, outputs: ['開催回数|回|4|24', '参加人数|人|40|1200'], zeroCostShare: 0.1 },
  { label: (t) => `${t}相談窓口の運営`, outputs: ['相談件数|件|50|1500'], zeroCostShare: 0.05 },
  {
    label: (t) => `${t}補助金の交付`, outputs: ['交付件数|件|5|300'], zeroCostShare: 0.02,
    fits: /^(?!.*(広報|人材育成|連携事業|不登校|学力|人権啓発))/,
  },
  { label: (t) => `${t}啓発キャンペーン`, outputs: ['実施回数|回|2|20', '参加人数|人|100|3000'], zeroCostShare: 0.15 },
  { label: (t) => `${t}推進協議会の開催`, outputs: ['開催回数|回|2|6', '参加団体数|団体|5|40'], zeroCostShare: 0.4 },
  { label: (t) => `${t}に関する実態調査`, outputs: ['調査票配布数|件|300|3000', '回収率|%|30|70'], zeroCostShare: 0.05 },
  {
    label: (t) => `${t}関連施設の維持管理`, outputs: ['利用者数|人|2000|80000', '点検回数|回|4|24'], zeroCostShare: 0.02,
    fits: /保育|生涯学習|地域医療|文化芸術|スポーツ|文化財|公共施設|上下水道|観光|地域コミュニティ|子育て家庭|治水|介護予防|教育環境/,
  },
  {
    label: (t) => `${t}巡回パトロール`, outputs: ['実施回数|回|12|120'], zeroCostShare: 0.2,
    fits: /防犯|交通安全|生活環境|ごみ|防災|青少年|空き家|地域包括|農地/,
  },
  {
    label: (t) => `${t}に係る整備工事`, outputs: ['整備件数|件|1|20'], zeroCostShare: 0,
    fits: /教育環境|治水|消防|交通安全|防犯|道路|公共交通|空き家|上下水道|公共施設|企業誘致|農地|デジタル/,
  },
  { label: (t) => `${t}に関する連携会議`, outputs: ['連携団体数|団体|3|30'], zeroCostShare: 0.5 },
  { label: (t) => `${t}研修会`, outputs: ['受講者数|人|20|500', '開催回数|回|2|12'], zeroCostShare: 0.25 },
  { label: (t) => `${t}の情報発信`, outputs: ['発信回数|回|12|200'], zeroCostShare: 0.45 },
  {
    label: (t) => `${t}訪問`, outputs: ['訪問件数|件|50|1500'], zeroCostShare: 0.1,
    fits: /妊娠|子育て家庭|介護|地域包括|認知症|障がい|生活困窮|地域福祉|不登校|空き家|中小企業|企業誘致|担い手|財源/,
  },
  { label: (t) => `${t}資源回収`, outputs: ['回収量|t|50|3000'], zeroCostShare: 0.05, fits: /ごみ/ },
];

export const CONTEXT_OPENINGS = [
  '少子高齢化や人口減少が進むなかで、',
  '社会情勢の変化や市民ニーズの多様化により、',
  '国の制度改正や県の計画改定を踏まえ、',
  '近年の物価高騰や地域課題の複雑化を受けて、',
  '市民意識調査の結果からも、',
  '地域の実情や課題を踏まえ、',
  '総合計画の基本方針に基づき、',
  '関係団体からの要望も受けて、',
];

/** (year label, activity name, month) → what was done; functions, not templates, to keep the benchmark fast. */
export const ACTIVITY_TEXTS: readonly ((y: string, a: string, m: number) => string)[] = [
  (y, a) => `${y}は${a}を実施しました。`,
  (y, a) => `${y}も${a}を計画どおり実施しました。`,
  (y, a, m) => `${y}は${m}月から${a}を実施し、関係機関と連携して取り組みました。`,
  (_y, a) => `前年度の課題を踏まえて内容を見直し、${a}を実施しました。`,
  (_y, a) => `${a}について、参加しやすい日程や会場を工夫して実施しました。`,
];

/** Only for 令和2・3年度: the pandemic years, when many sheets say so. */
export const PANDEMIC_TEXT = '新型コロナウイルス感染症の影響により、規模を縮小して実施しました。';

export const CLOSINGS = [
  '今後も関係機関と連携し、効果的な事業運営に努めます。',
  '事業の効果を検証しながら、より効率的な手法を検討します。',
  '市民ニーズの把握に努め、事業内容の充実を図ります。',
  '国や県の動向を注視しつつ、継続して取り組みます。',
  '費用対効果を踏まえ、実施方法の見直しを進めます。',
];

export const NEXT_DIRECTIONS = [
  '【継続】引き続き現行の体制で事業を実施し、成果の向上を目指します。',
  '【拡充】対象や実施回数を拡大し、より多くの市民に利用していただけるよう取り組みます。',
  '【改善】実施方法を見直し、効率的かつ効果的な事業運営を図ります。',
  '【縮小】利用状況を踏まえて事業規模を縮小し、類似事業との統合を検討します。',
  '【継続】関係機関との連携を強化しながら、事業の周知に努めます。',
];

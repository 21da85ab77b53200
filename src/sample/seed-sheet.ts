/**
 * The one real sheet in the sample: 常総市 令和6年度 事務事業点検シート No.124 (a public document), laid out in the
 * sample's columns. Texts and figures are the sheet's own; data/seed/ holds the verbatim transcription (the sheet's
 * own headers, `(R6・7・8)` and `【指導課】` inside activity names, its date form `2025.5/16`).
 * Differences here, all layout: period and lead department sit in their own columns, the pillar reads as the sample
 * city's `VII 行財政運営の効率化` (the sheet prints `VII行財政運営の効率化`), the date as `2025/05/16`, and the
 * four empty activity rows are left out.
 */

export const SEED_YEAR = 2024;
export const SEED_SHEET_NO = 124;

export const SEED_SHEET = {
  program: '教育機関・民間企業との連携事業',
  department: '常創戦略課',
  plan: '後期基本計画',
  pillar: 'VII 行財政運営の効率化',
  goal: '1 市民満足度の高い行財政運営を進める',
  measure: '3 連携事業',
  measureDetail: '教育機関・民間企業との連携',
  legalBasis: '—',
  background:
    '市民ニーズの多様化や行政課題の高度化が進むなかで、自治体が単独で課題解決やまちづくりを行うことが難しくなっています。そのため、外部との連携によって新しい手法や企業を持つノウハウを取り入れ、課題解決に取り組んでいく事が求められています。 また、マニフェストに掲げられている「こどもまんなかまちづくり」推進のためにも、教育機関と連携し、子どもたちに主体的にまちづくりに参加してもらう機会が必要です。',
  objective:
    '外部との連携によって教育機関・民間企業の知見や人材、資金などを積極的に活用する事で、地域の課題を解決し、住民サービスの向上に貢献します。そのような取り組みを通して常総市に住みたいと思っただけの方を増やしていきます。',
  createdOn: '2025/05/16',
  activities: [
    {
      name: '包括連携協定締結',
      period: 'R6・7・8',
      lead: '',
      description: '令和6年11月14日明治安田生命保険相互会社と包括連携協定を締結しました。',
      outputs: [['提携先企業・団体', '件', '1', '1']],
    },
    {
      name: '筑波大学・オリジナルオープンキャンパス',
      period: 'R6・7・8',
      lead: '指導課',
      description: '市内小中学生を対象に筑波大学にて令和7年3月26日にオープンキャンパスを実施しました。',
      outputs: [['参加人数', '人', '40', '40']],
    },
    {
      name: '水海道一高附属中・総合的探究',
      period: 'R6・7・8',
      lead: '',
      description:
        '生徒たちが市職員へのインタビューや市内見学を通して、関心を持ったテーマごとに5チームに分かれ、市長に課題解決のプレゼンを行い、企画を実施しました。',
      outputs: [
        ['取組数', '件', '5', '5'],
        ['活動回数', '回', '5', '5'],
      ],
    },
    {
      name: '水海道第二高等学校・総合的探究',
      period: 'R6・7・8',
      lead: '',
      description:
        '生徒たちが市職員に対し地域課題についてのインタビューを行いました。また10月には市職員が高校に向きSDGsに関する講演会を行いました。',
      outputs: [
        ['取組回数', '回', '1', '1'],
        ['取組回数', '回', '2', '1'],
      ],
    },
    {
      name: '鬼怒中学校総合学習プログラム',
      period: 'R6',
      lead: '',
      description:
        '今年度をもって閉校となる鬼怒中学校の生徒とともに、副市長による講演や、職員へのインタビュー、閉校記念式典プロモーションビデオの作成を行いました。',
      outputs: [
        ['取組回数', '回', '3', '—'],
        ['取組回数', '回', '3', '—'],
      ],
    },
  ],
  /** [name, unit, target, actual]: cells as the sheet writes them. */
  outcomes: [
    ['民間企業×教育機関の事業実施数', '', '2', '2'],
    ['転出者数', '人', 'R9年度 2,700人', '3,083人'],
    ['協定先企業との取り組み', '', '1', '1'],
  ],
  reflection:
    '民間企業との連携については、包括連携協定締結1件のほか、熱中症対策に官民連携で取り組むコンソーシアムを設立し、これまで協定を結んだ企業との連携事業を新たにスタートさせることができました。 教育機関との連携については、水海道第一高等学校附属中学校の総合的探究の時間にて、生徒たちが常総市の課題を考え、企画を立案、市長にプレゼンする機会を提供しました。関心のあるテーマごとに5チームに分かれ、民間企業とも連携しながら企画を実行しました。これにより教育環境の向上に寄与すると共に、若者目線からの意見を行政に取り入れ、一緒に取り組むことができました。',
  /** コスト, 活動, 成果, その他 */
  improve: ['☐', '☑', '☑', '☐'],
  nextDirection:
    '民間企業との連携については、協定の締結だけでなく、これまでの協定内容から連携した事業をより充実させることで行政の課題解決力を強化します。 また教育機関との連携については、子どもたちが民間企業と一体となる取組みを増やしていくことで、さらなる教育環境の向上や多様な視点からの地域の課題解決を促進していきます。',
} as const;

export interface TableRows {
  sheets: string[][];
  activities: string[][];
  outputs: string[][];
  outcomes: string[][];
  reviews: string[][];
}

/** The seed sheet's rows in the sample's column order (see the headers in generate-city.ts). */
export function seedSheetRows(yearLabel: string): TableRows {
  const s = SEED_SHEET;
  const no = String(SEED_SHEET_NO);
  const out: TableRows = { sheets: [], activities: [], outputs: [], outcomes: [], reviews: [] };
  // The seed program has no 事業ID: it is followed by its name, like the sample's other id-less programs.
  out.sheets.push([
    yearLabel, no, '', s.program, s.department, s.plan, s.pillar, s.goal, s.measure, s.measureDetail,
    s.legalBasis, s.background, s.objective, s.createdOn,
  ]);
  s.activities.forEach((a, i) => {
    const activityNo = String(i + 1);
    out.activities.push([yearLabel, no, activityNo, a.name, a.period, a.lead, a.description, '0 千円', '0 千円']);
    for (const [indicator, unit, target, next] of a.outputs) {
      out.outputs.push([yearLabel, no, activityNo, a.name, indicator, unit, target, next, '']);
    }
  });
  for (const [indicator, unit, target, actual] of s.outcomes) {
    out.outcomes.push([yearLabel, no, indicator, unit, target, '', actual, '', '']);
  }
  out.reviews.push([yearLabel, no, s.reflection, ...s.improve, s.nextDirection]);
  return out;
}

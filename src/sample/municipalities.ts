/**
 * A fictional Japan for the national-scale benchmark: 1,741 municipalities in the 47 prefectures, with each
 * prefecture's real numbers of 市・町・村 (and 政令指定都市, and Tokyo's 23 special wards), made-up names and
 * 全国地方公共団体コード that follow the real structure (prefecture 01–47, 2xx for cities, 3xx–7xx for towns and
 * villages, 1xx for Tokyo's wards) with the real check digit. A code may coincide with a real municipality's; the
 * name never says which. Pure and seeded: the same seed always gives the same country.
 */
import { Rng } from './prng';

export type MunicipalityKind = 'designated' | 'ward' | 'city' | 'town' | 'village';

export interface Municipality {
  /** 1–47 (JIS X 0401) */
  readonly prefectureCode: number;
  readonly prefecture: string;
  readonly name: string;
  /** six digits: five of the code and the check digit */
  readonly code: string;
  readonly kind: MunicipalityKind;
  /** 事務事業 the generated city has (draw depends on the kind: a village ~45, a city 100–300, a designated city ~500) */
  readonly programs: number;
  /** a seed for generateCity, distinct per municipality */
  readonly seed: number;
}

/** name, 市 (of which 政令指定都市), 町, 村 — as of 2024; Tokyo also has 23 特別区. Totals: 792 市, 743 町, 183 村. */
const PREFECTURES: readonly (readonly [string, number, number, number, number])[] = [
  ['北海道', 35, 1, 129, 15], ['青森県', 10, 0, 22, 8], ['岩手県', 14, 0, 15, 4], ['宮城県', 14, 1, 20, 1],
  ['秋田県', 13, 0, 9, 3], ['山形県', 13, 0, 19, 3], ['福島県', 13, 0, 31, 15], ['茨城県', 32, 0, 10, 2],
  ['栃木県', 14, 0, 11, 0], ['群馬県', 12, 0, 15, 8], ['埼玉県', 40, 1, 22, 1], ['千葉県', 37, 1, 16, 1],
  ['東京都', 26, 0, 5, 8], ['神奈川県', 19, 3, 13, 1], ['新潟県', 20, 1, 6, 4], ['富山県', 10, 0, 4, 1],
  ['石川県', 11, 0, 8, 0], ['福井県', 9, 0, 8, 0], ['山梨県', 13, 0, 8, 6], ['長野県', 19, 0, 23, 35],
  ['岐阜県', 21, 0, 19, 2], ['静岡県', 23, 2, 12, 0], ['愛知県', 38, 1, 14, 2], ['三重県', 14, 0, 15, 0],
  ['滋賀県', 13, 0, 6, 0], ['京都府', 15, 1, 10, 1], ['大阪府', 33, 2, 9, 1], ['兵庫県', 29, 1, 12, 0],
  ['奈良県', 12, 0, 15, 12], ['和歌山県', 9, 0, 20, 1], ['鳥取県', 4, 0, 14, 1], ['島根県', 8, 0, 10, 1],
  ['岡山県', 15, 1, 10, 2], ['広島県', 14, 1, 9, 0], ['山口県', 13, 0, 6, 0], ['徳島県', 8, 0, 15, 1],
  ['香川県', 8, 0, 9, 0], ['愛媛県', 11, 0, 9, 0], ['高知県', 11, 0, 17, 6], ['福岡県', 29, 2, 29, 2],
  ['佐賀県', 10, 0, 10, 0], ['長崎県', 13, 0, 8, 0], ['熊本県', 14, 1, 23, 8], ['大分県', 14, 0, 3, 1],
  ['宮崎県', 9, 0, 14, 3], ['鹿児島県', 19, 0, 20, 4], ['沖縄県', 11, 0, 11, 19],
];
const TOKYO = 13;
const TOKYO_WARDS = 23;

/** Place-name pieces: a head and a tail make a name like 北川 or 桜野; heads × tails ≫ any prefecture's count. */
const HEADS = [
  '北', '南', '東', '西', '上', '下', '中', '新', '大', '小', '高', '本', '若', '朝', '青', '白', '赤', '黒', '緑', '松',
  '桜', '梅', '竹', '杉', '柳', '桃', '藤', '菊', '鶴', '亀', '鹿', '鷹', '岩', '石', '金', '銀', '玉', '花', '星', '月',
  '日', '春', '夏', '秋', '冬', '清', '美', '富', '豊', '福', '吉', '栄', '千', '万', '三', '五', '八', '湯', '泉', '港',
];
const TAILS = ['川', '山', '野', '原', '田', '沢', '浜', '崎', '島', '浦', '谷', '岡', '森', '林', '里', '瀬', '江', '津', '坂', '丘'];
const SUFFIX: Record<MunicipalityKind, string> = { designated: '市', ward: '区', city: '市', town: '町', village: '村' };

/** Programs by kind: [min, max] drawn uniformly (a small village lists ~30–60 事務事業, a 政令市 several hundred). */
const PROGRAMS: Record<MunicipalityKind, readonly [number, number]> = {
  village: [30, 60],
  town: [40, 90],
  city: [100, 300],
  ward: [200, 320],
  designated: [400, 600],
};

/** The check digit of a 5-digit 地方公共団体コード (総務省: weights 6…2, modulus 11; 10 and 11 give 0). */
export function codeCheckDigit(five: string): number {
  if (!/^\d{5}$/.test(five)) throw new Error(`not five digits: ${five}`);
  let sum = 0;
  for (let i = 0; i < 5; i++) sum += Number(five[i]) * (6 - i);
  const r = sum % 11;
  return r === 0 ? 0 : (11 - r) % 10;
}

/** True when `code` is six digits whose last is the check digit of the first five. */
export function isValidMunicipalityCode(code: string): boolean {
  return /^\d{6}$/.test(code) && codeCheckDigit(code.slice(0, 5)) === Number(code[5]);
}

function withCheckDigit(prefecture: number, local: number): string {
  const five = String(prefecture).padStart(2, '0') + String(local).padStart(3, '0');
  return five + String(codeCheckDigit(five));
}

/** Every municipality of the fictional Japan, prefecture by prefecture in code order. */
export function nationalMunicipalities(seed = 20240401): Municipality[] {
  const out: Municipality[] = [];
  PREFECTURES.forEach(([prefecture, cities, designated, towns, villages], i) => {
    const prefectureCode = i + 1;
    const rng = new Rng(seed ^ (prefectureCode * 0x9e37));
    // distinct names within a prefecture (the same name in two prefectures is real enough: 府中市)
    const names = rng.sample(HEADS.flatMap((h) => TAILS.map((t) => h + t)), cities + towns + villages + (prefectureCode === TOKYO ? TOKYO_WARDS : 0));
    let named = 0;
    const add = (kind: MunicipalityKind, local: number) => {
      const [lo, hi] = PROGRAMS[kind];
      out.push({
        prefectureCode,
        prefecture,
        name: names[named++] + SUFFIX[kind],
        code: withCheckDigit(prefectureCode, local),
        kind,
        programs: rng.int(lo, hi),
        seed: (seed + prefectureCode * 1000 + local) >>> 0,
      });
    };
    if (prefectureCode === TOKYO) for (let w = 0; w < TOKYO_WARDS; w++) add('ward', 101 + w);
    for (let c = 0; c < cities; c++) add(c < designated ? 'designated' : 'city', 201 + c);
    // towns and villages grouped by 郡 as the real codes are: a new hundred (3xx…7xx) every ~12 of them
    const rural = [...Array<MunicipalityKind>(towns).fill('town'), ...Array<MunicipalityKind>(villages).fill('village')];
    const perDistrict = Math.max(1, Math.ceil(rural.length / 5));
    rural.forEach((kind, n) => add(kind, 300 + 100 * Math.floor(n / perDistrict) + 1 + 2 * (n % perDistrict)));
  });
  return out;
}

/** Every k-th municipality (1 ≤ k): a fraction of the country with the same mix of villages, towns and cities. */
export function everyKth(all: readonly Municipality[], k: number): Municipality[] {
  return all.filter((_, i) => i % k === 0);
}

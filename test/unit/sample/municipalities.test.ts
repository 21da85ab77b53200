import { describe, expect, it } from 'vitest';
import { codeCheckDigit, everyKth, isValidMunicipalityCode, nationalMunicipalities } from '../../../src/sample/municipalities';

describe('全国地方公共団体コード check digit', () => {
  it('gives the published codes of real municipalities', () => {
    // 03203 (大船渡市): 0·6 + 3·5 + 2·4 + 0·3 + 3·2 = 29; 29 mod 11 = 7; 11 − 7 = 4 → 032034
    expect(codeCheckDigit('03203')).toBe(4);
    // 08221 (常総市): 0 + 40 + 8 + 6 + 2 = 56; 56 mod 11 = 1; 11 − 1 = 10 → 0 → 082210
    expect(codeCheckDigit('08221')).toBe(0);
    // 13101 (千代田区): 6 + 15 + 4 + 0 + 2 = 27; 27 mod 11 = 5; 11 − 5 = 6 → 131016
    expect(codeCheckDigit('13101')).toBe(6);
    // 01100 (札幌市): 0 + 5 + 4 + 0 + 0 = 9; 11 − 9 = 2 → 011002
    expect(codeCheckDigit('01100')).toBe(2);
    expect(isValidMunicipalityCode('032034')).toBe(true);
    expect(isValidMunicipalityCode('032035')).toBe(false);
    expect(isValidMunicipalityCode('03203')).toBe(false);
  });
});

describe('the fictional Japan', () => {
  const all = nationalMunicipalities();

  it('has 1,741 municipalities: 792 市 (20 政令指定都市), 743 町, 183 村 and Tokyo’s 23 特別区, in 47 prefectures', () => {
    const kinds = new Map<string, number>();
    for (const m of all) kinds.set(m.kind, (kinds.get(m.kind) ?? 0) + 1);
    expect(all).toHaveLength(1741);
    expect(Object.fromEntries(kinds)).toEqual({ designated: 20, city: 772, town: 743, village: 183, ward: 23 });
    expect(new Set(all.map((m) => m.prefectureCode)).size).toBe(47);
  });

  it('gives every municipality a distinct, valid code that starts with its prefecture, and a name unique in its prefecture', () => {
    expect(new Set(all.map((m) => m.code)).size).toBe(all.length);
    for (const m of all) {
      expect(isValidMunicipalityCode(m.code), m.code).toBe(true);
      expect(Number(m.code.slice(0, 2))).toBe(m.prefectureCode);
    }
    for (let p = 1; p <= 47; p++) {
      const names = all.filter((m) => m.prefectureCode === p).map((m) => m.name);
      expect(new Set(names).size).toBe(names.length);
    }
    expect(all.filter((m) => m.kind === 'ward').every((m) => /^131\d\d\d$/.test(m.code) && m.name.endsWith('区'))).toBe(true);
    expect(all.filter((m) => m.kind === 'village').every((m) => m.name.endsWith('村') && Number(m.code.slice(2, 5)) >= 300)).toBe(true);
  });

  it('sizes cities by kind and is the same for the same seed', () => {
    const within = (kind: string, lo: number, hi: number) => all.filter((m) => m.kind === kind).every((m) => m.programs >= lo && m.programs <= hi);
    expect(within('village', 30, 60) && within('town', 40, 90) && within('city', 100, 300) && within('designated', 400, 600)).toBe(true);
    expect(nationalMunicipalities()).toEqual(all);
    expect(new Set(all.map((m) => m.seed)).size).toBe(all.length);
    expect(nationalMunicipalities(7)).not.toEqual(all);
  });

  it('takes every k-th municipality for a fraction of the country', () => {
    expect(everyKth(all, 10)).toHaveLength(175); // indices 0, 10, …, 1740
    expect(everyKth(all, 10)[1]).toBe(all[10]);
  });
});

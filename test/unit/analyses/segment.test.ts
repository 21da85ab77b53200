import { describe, expect, it } from 'vitest';
import { segmentTerms, termCounts } from '../../../src/analyses/similar/segment';

describe('segmentTerms: the words similar programs are compared by (Intl.Segmenter ja)', () => {
  it('keeps content words of two or more characters and joins neighbours into compounds', () => {
    // 子育て|支援|センター|利用|者|数|の|増加|を|目指|し|ます: particles, one-character words and ます drop out;
    // 利用 + 者 and 者 + 数 come back as compounds
    expect(segmentTerms('子育て支援センター利用者数の増加を目指します。')).toEqual([
      '子育て', '支援', '子育て支援', 'センター', '支援センター', '利用', 'センター利用', '利用者', '者数', '増加', '目指',
    ]);
    expect(segmentTerms('認知症サポーター養成数')).toEqual(['認知', '認知症', 'サポーター', '症サポーター', '養成', 'サポーター養成', '養成数']);
  });

  it('reads full-width letters and figures as NFKC, lower-cases Latin and leaves figures out', () => {
    expect(segmentTerms('ＤＸの推進（令和６年度）')).toEqual(['dx', '推進', '令和', '年度']);
    expect(segmentTerms('防犯カメラ設置事業（北部地区その2）')).toEqual(['防犯', 'カメラ', '防犯カメラ', '設置', 'カメラ設置', '事業', '設置事業', '北部', '地区', '北部地区']);
  });

  it('keeps hiragana nouns but not function words, and never joins across them', () => {
    expect(segmentTerms('ごみの分別について啓発した。')).toEqual(['ごみ', '分別', '啓発']);
    expect(segmentTerms('')).toEqual([]);
    expect(segmentTerms(null)).toEqual([]);
  });

  it('counts terms over several texts', () => {
    expect(termCounts(['ごみ分別', 'ごみの分別']).get('分別')).toBe(2);
    expect(termCounts(['ごみ分別', 'ごみの分別']).get('ごみ分別')).toBeUndefined(); // ごみ is hiragana: no compound
  });
});

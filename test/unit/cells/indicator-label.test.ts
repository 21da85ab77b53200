import { describe, expect, it } from 'vitest';
import { parseIndicatorLabel } from '../../../src/import/cells/indicator-label';

describe('parseIndicatorLabel', () => {
  it.each<[string, string, string | null]>([
    // the seed's output indicators
    ['提携先企業・団体 (件)', '提携先企業・団体', '件'],
    ['参加人数 (人)', '参加人数', '人'],
    ['取組数 (件)', '取組数', '件'],
    ['活動回数 (回)', '活動回数', '回'],
    ['取組回数 (回)', '取組回数', '回'],
    // the seed's outcome indicators carry no unit
    ['転出者数', '転出者数', null],
    ['民間企業×教育機関の事業実施数', '民間企業×教育機関の事業実施数', null],
    ['参加人数（人）', '参加人数', '人'],
    ['参加人数（ 人 ）', '参加人数', '人'],
    ['満足度（％）', '満足度', '%'],
    ['面積（㎡）', '面積', 'm2'],
    ['ごみ排出量(t/年)', 'ごみ排出量', 't/年'],
    ['延べ利用者数（人／年度）', '延べ利用者数', '人/年度'],
    ['\u3000参加人数 (人)\t', '参加人数', '人'],
    // not a unit: too long, digits, nothing before it, or not at the end
    ['指標（とても長い単位名です）', '指標（とても長い単位名です）', null],
    ['指標（R6から集計）', '指標（R6から集計）', null],
    ['指標（2回目）', '指標（2回目）', null],
    ['(件)', '(件)', null],
    ['指標()', '指標()', null],
    ['参加人数 (人) 延べ', '参加人数 (人) 延べ', null],
    ['', '', null],
  ])('%j → %j + %j', (raw, name, unit) => {
    expect(parseIndicatorLabel(raw)).toEqual({ name, unit });
  });
});

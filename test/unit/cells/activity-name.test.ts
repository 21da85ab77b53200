import { describe, expect, it } from 'vitest';
import { parseActivityName, type ActivityName } from '../../../src/import/cells/activity-name';

const R6_8 = [2024, 2025, 2026];
const a = (name: string, leadDepartment: string | null, period: number[] | null): ActivityName => ({
  name,
  leadDepartment,
  period,
});

describe('parseActivityName', () => {
  it.each([
    // the seed's five activities
    ['包括連携協定締結 (R6・7・8)', a('包括連携協定締結', null, R6_8)],
    [
      '筑波大学・オリジナルオープンキャンパス (R6・7・8) 【指導課】',
      a('筑波大学・オリジナルオープンキャンパス', '指導課', R6_8),
    ],
    ['水海道一高附属中・総合的探究 (R6・7・8)', a('水海道一高附属中・総合的探究', null, R6_8)],
    ['水海道第二高等学校・総合的探究 (R6・7・8)', a('水海道第二高等学校・総合的探究', null, R6_8)],
    ['鬼怒中学校総合学習プログラム (R6)', a('鬼怒中学校総合学習プログラム', null, [2024])],
    // the department anywhere
    ['【指導課】事業A (R6)', a('事業A', '指導課', [2024])],
    ['事業A【指導課】（R6）', a('事業A', '指導課', [2024])],
    ['事業A 【指導課】 説明会', a('事業A 説明会', '指導課', null)],
    ['事業A【指導課】説明会', a('事業A説明会', '指導課', null)],
    ['事業A【 指導課 】', a('事業A', '指導課', null)],
    ['事業A【指導課・学務課】', a('事業A', '指導課・学務課', null)],
    // a status mark is part of the name; the department is the other bracket
    ['【新規】事業A【指導課】', a('【新規】事業A', '指導課', null)],
    ['【新規】事業A', a('【新規】事業A', null, null)],
    // of two departments, the last (where sheets append it) is the lead; the other stays in the name
    ['事業A【学務課】【指導課】', a('事業A【学務課】', '指導課', null)],
    ['事業A【】', a('事業A【】', null, null)],
    // full-width parentheses and other period forms
    ['事業A（R6・7・8）', a('事業A', null, R6_8)],
    ['事業A（令和6年度～令和8年度）', a('事業A', null, R6_8)],
    ['事業A (2024-2026)', a('事業A', null, R6_8)],
    // parentheses that are no period stay in the name
    ['連携事業 (株式会社X)', a('連携事業 (株式会社X)', null, null)],
    ['連携事業（第2期）', a('連携事業（第2期）', null, null)],
    ['連携事業 (R6以降)', a('連携事業 (R6以降)', null, null)],
    ['(R6) 連携事業', a('(R6) 連携事業', null, null)],
    // the name keeps its text as written (no NFKC), only trimmed
    ['\u3000ＳＤＧｓ講演会  (R6)\t', a('ＳＤＧｓ講演会', null, [2024])],
    ['講演会 第１回 (R6)', a('講演会 第１回', null, [2024])],
    ['包括連携協定締結', a('包括連携協定締結', null, null)],
    ['', a('', null, null)],
  ])('%j → %j', (raw, expected) => {
    expect(parseActivityName(raw)).toEqual(expected);
  });
});

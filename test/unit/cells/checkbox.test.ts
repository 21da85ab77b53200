import { describe, expect, it } from 'vitest';
import { parseCheckbox } from '../../../src/import/cells/checkbox';
import { ERROR, ok, outcome } from './outcome';

describe('parseCheckbox', () => {
  it.each([
    ['☑'],
    ['■'],
    ['✓'],
    ['✔'],
    ['○'],
    ['◯'],
    ['〇'],
    ['●'],
    ['☒'],
    ['1'],
    ['１'],
    ['true'],
    ['TRUE'],
    ['True'],
    ['ＴＲＵＥ'],
    ['yes'],
    ['YES'],
    ['ｙｅｓ'],
    ['はい'],
    ['有'],
    ['あり'],
    ['レ'],
    [' ☑ '],
    ['\u3000■\u3000'],
    // a box followed by its label, as exported from the sheet (the seed's 活動 and 成果 are ticked)
    ['☑ 活動'],
    ['☑ 成果'],
    ['■コスト'],
    ['✓ その他'],
  ])('%j is ticked', (raw) => {
    expect(outcome(parseCheckbox(raw))).toEqual(ok(true));
  });

  it.each([
    ['☐'],
    ['□'],
    ['×'],
    ['0'],
    ['０'],
    ['false'],
    ['FALSE'],
    ['no'],
    ['No'],
    ['いいえ'],
    ['無'],
    ['☐ コスト'], // the seed's コスト and その他 are not ticked
    ['☐ その他'],
    ['□活動'],
    // an unticked box is exported blank: a definite 'no', not 'not applicable'
    [''],
    ['   '],
    ['\u3000'],
    ['—'],
    ['－'],
    ['なし'],
  ])('%j is not ticked', (raw) => {
    expect(outcome(parseCheckbox(raw))).toEqual(ok(false));
  });

  it.each([['maybe'], ['2'], ['活動'], ['有り無し'], ['yes!'], ['1 活動'], ['チェック'], ['ー']])(
    '%j is an error',
    (raw) => {
      expect(outcome(parseCheckbox(raw))).toEqual(ERROR);
    },
  );

  it('says what it expected', () => {
    expect(parseCheckbox('maybe')).toEqual({
      ok: false,
      expected: 'チェック（☑ ■ ✓ ○ 1 true はい 有 / ☐ □ 0 false いいえ 無 / 空欄）',
      severity: 'error',
      message: '「maybe」はチェックの有無として読めません（not a tick box）',
    });
  });
});

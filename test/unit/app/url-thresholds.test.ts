import { describe, expect, it } from 'vitest';
import { DEFAULT_THRESHOLDS } from '../../../src/analyses/scope';
import { parsePercentText, readThresholdPercent, thresholdsFromPercents, toPercent } from '../../../src/analyses/thresholds';
import { parseUrlState, toSearch } from '../../../src/app/url-state';
import { parseArgs, readThresholdArgs, UsageError } from '../../../src/cli/args';

const thresholdsOf = (search: string) => {
  const { near, under, over } = parseUrlState(search);
  return thresholdsFromPercents({ near, under, over });
};

describe('thresholds in the URL', () => {
  it('reads whole and decimal percents as ratios', () => {
    expect(parseUrlState('?near=75&under=60&over=120')).toMatchObject({ near: 75, under: 60, over: 120 });
    expect(thresholdsOf('?near=75&under=60&over=120')).toEqual({ near: 0.75, under: 0.6, over: 1.2 });
    expect(thresholdsOf('?near=62.5')).toEqual({ ...DEFAULT_THRESHOLDS, near: 0.625 });
  });

  it('is the defaults when absent', () => {
    expect(parseUrlState('?view=gaps')).toMatchObject({ near: null, under: null, over: null });
    expect(thresholdsOf('')).toEqual(DEFAULT_THRESHOLDS);
  });

  it('spelled-out defaults compute the very same ratios (70 / 100 === 0.7)', () => {
    expect(thresholdsOf('?near=80&under=70&over=100')).toEqual(DEFAULT_THRESHOLDS);
  });

  it.each([
    ['near=0', 'near'],
    ['near=100', 'near'],
    ['near=120', 'near'],
    ['near=-5', 'near'],
    ['near=abc', 'near'],
    ['near=', 'near'],
    ['near=1e1', 'near'],
    ['near=0x50', 'near'],
    ['near=%20', 'near'],
    ['under=0', 'under'],
    ['under=100.5', 'under'],
    ['over=99.9', 'over'],
    ['over=Infinity', 'over'],
  ] as const)('ignores an invalid value (%s): the default applies', (query, name) => {
    expect(parseUrlState(`?${query}`)[name]).toBeNull();
    expect(thresholdsOf(`?${query}`)[name]).toBe(DEFAULT_THRESHOLDS[name]);
  });

  it('accepts the edges the rules allow: under = 100, over = 100, near just under 100', () => {
    expect(thresholdsOf('?under=100&over=100&near=99.9')).toEqual({ near: 0.999, under: 1, over: 1 });
  });

  it('an invalid threshold leaves the valid ones in force', () => {
    expect(thresholdsOf('?near=150&under=60')).toEqual({ ...DEFAULT_THRESHOLDS, under: 0.6 });
  });

  it('takes full-width digits and a trailing %, as typed with a Japanese IME', () => {
    expect(parsePercentText('７５')).toBe(75);
    expect(parsePercentText(' 75% ')).toBe(75);
    expect(readThresholdPercent('near', '７５．５')).toBe(75.5);
  });

  it('permalinks carry a setting, and never a default', () => {
    const s = parseUrlState('?view=programs&year=2024');
    expect(toSearch({ ...s, near: 75, under: 60 })).toBe('?view=programs&year=2024&near=75&under=60');
    expect(toSearch({ ...s, over: 120.5 })).toBe('?view=programs&year=2024&over=120.5');
    expect(toSearch({ ...s, near: 80, under: 70, over: 100 })).toBe('?view=programs&year=2024');
    // a link spelling out the defaults loses them on the next navigation
    expect(toSearch(parseUrlState('?near=80&under=70&year=2023'))).toBe('?year=2023');
  });

  it('round-trips through the URL', () => {
    const s = parseUrlState('?near=72.5&under=55&over=110&pillar=I%20%E5%AD%90');
    expect(parseUrlState(toSearch(s))).toEqual(s);
  });

  it('writes percents without float noise', () => {
    expect(toPercent(0.7)).toBe(70);
    expect(toPercent(0.575)).toBe(57.5);
  });
});

describe('thresholds on the command line', () => {
  const read = (...argv: string[]) => readThresholdArgs(parseArgs(['data', ...argv], ['near', 'under', 'over']));

  it('reads --near/--under/--over as percents, defaults for the rest', () => {
    expect(read('--near', '75', '--under', '60')).toEqual({ near: 0.75, under: 0.6, over: 1 });
    expect(read('--over', '120')).toEqual({ ...DEFAULT_THRESHOLDS, over: 1.2 });
    expect(read()).toEqual(DEFAULT_THRESHOLDS);
  });

  it('refuses a bad value instead of ignoring it (a briefing must not quietly use 80%)', () => {
    expect(() => read('--near', '100')).toThrow(UsageError);
    expect(() => read('--under', '0')).toThrow(/--under/);
    expect(() => read('--over', '90')).toThrow(/100以上/);
    expect(() => read('--near', '0.75')).not.toThrow(); // 0.75% is odd but valid: percents, not ratios
  });
});

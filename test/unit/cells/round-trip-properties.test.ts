/**
 * Formatted figures, years, dates, periods and targets read back to the value they were written from (fast-check):
 * every way a sheet writes a value gives that value, and nothing near it. The formats are those of docs/data-format.md §5.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDate } from '../../../src/import/cells/date';
import { parseFiscalYear } from '../../../src/import/cells/fiscal-year';
import { parseMoney, parseQuantity } from '../../../src/import/cells/number';
import { parsePeriod } from '../../../src/import/cells/period';
import { parseTarget } from '../../../src/import/cells/target';

const toFullWidth = (s: string) => s.replace(/[0-9,.]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
const group = (digits: string) => digits.replace(/\B(?=(\d{3})+$)/g, ',');

/** A decimal figure written with up to 4 decimals, as the digits a sheet shows and the value they mean. */
const figure = fc.record({ int: fc.bigInt({ min: 0n, max: 10n ** 15n - 1n }), decimals: fc.integer({ min: 0, max: 4 }), frac: fc.nat({ max: 9999 }) }).map(({ int, decimals, frac }) => {
  const fracDigits = decimals === 0 ? '' : String(frac).padStart(4, '0').slice(0, decimals);
  const digits = String(int);
  return { digits, fracDigits, text: fracDigits ? `${digits}.${fracDigits}` : digits, value: Number(fracDigits ? `${digits}.${fracDigits}` : digits) };
});

describe('figures read back', () => {
  it('plain, grouped, full-width, signed, with a unit', () => {
    fc.assert(
      fc.property(
        figure,
        fc.boolean(),
        fc.boolean(),
        fc.constantFrom('', '-', '▲', '△', '−', '+'),
        fc.constantFrom('', '人', ' 件', '%', '千円', '㎡'),
        (f, grouped, fullWidth, sign, unit) => {
          let text = `${grouped ? group(f.digits) : f.digits}${f.fracDigits ? `.${f.fracDigits}` : ''}`;
          if (fullWidth) text = toFullWidth(text);
          const r = parseQuantity(`${sign}${text}${unit}`);
          const expected = ['-', '▲', '△', '−'].includes(sign) && f.value !== 0 ? -f.value : f.value;
          expect(r.ok && r.value?.value).toBe(expected);
          expect(r.ok && r.value?.unit).toBe(unit === '' ? null : unit.trim().normalize('NFKC'));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('with 万・億 as multipliers, exactly (from the digits, not by multiplying a double)', () => {
    fc.assert(
      fc.property(figure, fc.constantFrom<[string, number]>(['万', 4], ['億', 8], ['千', 3]), (f, [word, power]) => {
        const r = parseQuantity(`${f.text}${word}人`);
        const expected = Number(`${f.digits}${f.fracDigits}e${power - f.fracDigits.length}`);
        expect(r.ok && r.value).toEqual({ value: expected, unit: '人', scale: { word, power } });
      }),
      { numRuns: 300 },
    );
  });

  it('money in 千円 from 円, 千円 and 百万円', () => {
    fc.assert(
      fc.property(fc.nat({ max: 10 ** 9 }), (yen) => {
        expect(parseMoney(`${group(String(yen))}円`, null)).toEqual({ ok: true, value: yen / 1000 });
        expect(parseMoney(group(String(yen)), '千円')).toEqual({ ok: true, value: yen });
        expect(parseMoney(`¥${group(String(yen))}`, null)).toEqual({ ok: true, value: yen / 1000 });
      }),
      { numRuns: 300 },
    );
  });
});

const ERAS: [string, string, number, number][] = [
  ['令和', 'R', 2018, 2019],
  ['平成', 'H', 1988, 1989],
  ['昭和', 'S', 1925, 1950],
];

describe('years read back', () => {
  it('western, era (kanji or letter, 元年), with 年度 or 年, full width', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1950, max: 2100 }), fc.nat(), fc.constantFrom('', '年度', '年'), fc.boolean(), (year, pick, suffix, fullWidth) => {
        const forms = [`${year}`];
        for (const [kanji, letter, base, from] of ERAS) {
          const n = year - base;
          if (year < from || n > 64 || (kanji === '令和' && year > 2100)) continue;
          forms.push(`${kanji}${n}`, `${letter}${n}`, `${letter.toLowerCase()}${n}`);
          if (n === 1) forms.push(`${kanji}元`);
        }
        const written = forms[pick % forms.length]! + suffix;
        expect(parseFiscalYear(fullWidth ? toFullWidth(written) : written)).toEqual({ ok: true, value: year });
        // both calendars written: 2024（令和6）年度
        const era = year >= 2019 ? `令和${year - 2018}` : year >= 1989 ? `平成${year - 1988}` : `昭和${year - 1925}`;
        expect(parseFiscalYear(`${year}（${era}）年度`)).toEqual({ ok: true, value: year });
        expect(parseFiscalYear(`${year + 1}（${era}）年度`)).toMatchObject({ ok: false });
      }),
      { numRuns: 500 },
    );
  });
});

describe('dates read back', () => {
  const pad = (n: number) => String(n).padStart(2, '0');
  it('every written form of a calendar date', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1950-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true }), fc.nat(), (date, pick) => {
        const [y, m, d] = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
        const forms = [`${y}/${m}/${d}`, `${y}/${pad(m)}/${pad(d)}`, `${y}-${pad(m)}-${pad(d)}`, `${y}.${m}.${d}`, `${y}.${m}/${d}`, `${y}年${m}月${d}日`, `${y}/${m}/${d} 0:00`];
        if (y >= 2019) forms.push(`令和${y - 2018}年${m}月${d}日`, `R${y - 2018}.${m}.${d}`);
        if (y >= 1989 && y <= 2019) forms.push(`平成${y - 1988}年${m}月${d}日`, `H${y - 1988}.${m}.${d}`);
        const written = forms[pick % forms.length]!;
        expect(parseDate(written)).toEqual({ ok: true, value: `${y}-${pad(m)}-${pad(d)}` });
      }),
      { numRuns: 500 },
    );
  });
});

describe('periods and targets read back', () => {
  it('a run of years as R6・7・8, R6～R8, 2024-2026, and a list as R6、R8', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2019, max: 2090 }), fc.integer({ min: 0, max: 5 }), fc.nat(), (from, span, pick) => {
        const to = from + span;
        const years = Array.from({ length: span + 1 }, (_, i) => from + i);
        const forms = [`R${from - 2018}～R${to - 2018}`, `R${from - 2018}〜${to - 2018}`, `${from}-${to}`, `令和${from - 2018}年度～令和${to - 2018}年度`, `(${from}-${to})`];
        forms.push(`R${from - 2018}・${years.slice(1).map((y) => y - 2018).join('・')}`.replace(/・$/, ''));
        expect(parsePeriod(forms[pick % forms.length]!)).toEqual({ ok: true, value: years });
        expect(parsePeriod(years.map((y) => `R${y - 2018}`).join('、'))).toEqual({ ok: true, value: years });
      }),
      { numRuns: 300 },
    );
  });

  it('a target with its year before or after the figure', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2019, max: 2100 }), fc.nat({ max: 10 ** 7 }), fc.nat(), (year, n, pick) => {
        const fig = `${group(String(n))}人`;
        const era = `R${year - 2018}`;
        const forms = [`${era}年度 ${fig}`, `令和${year - 2018}年度：${fig}`, `${fig}（${era}年度）`, `(${era}) ${fig}`, `${year}年度 ${fig}`, `${era}年度目標 ${fig}`];
        expect(parseTarget(forms[pick % forms.length]!)).toEqual({ ok: true, value: { value: n, unit: '人', targetYear: year } });
      }),
      { numRuns: 300 },
    );
  });
});

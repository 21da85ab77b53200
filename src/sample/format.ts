/** Cell text in the forms Japanese municipal sheets use (和暦 years, comma-grouped figures). */

/** 2024 → 令和6年度, 2019 → 令和元年度, 2018 → 平成30年度. */
export function fiscalYearLabel(year: number): string {
  if (year >= 2019) return year === 2019 ? '令和元年度' : `令和${year - 2018}年度`;
  return year === 1989 ? '平成元年度' : `平成${year - 1988}年度`;
}

/** 2027 → R9, 2018 → H30: the short era form used inside cells (`R9年度 2,700人`, `R6・7・8`). */
export function eraShort(year: number): string {
  return year >= 2019 ? `R${year - 2018}` : `H${year - 1988}`;
}

/** [2024, 2025, 2026] → R6・7・8 (the era letter again where the era changes). */
export function periodLabel(years: readonly number[]): string {
  let out = '';
  let prevEra = '';
  for (const y of years) {
    const short = eraShort(y);
    const era = short.charAt(0);
    out += out === '' ? short : era === prevEra ? `・${short.slice(1)}` : `・${short}`;
    prevEra = era;
  }
  return out;
}

/** 1234567 → "1,234,567"; negatives keep their sign. */
export function groupDigits(n: number): string {
  const abs = Math.abs(Math.round(n));
  const sign = n < 0 && abs !== 0 ? '-' : '';
  if (abs < 1000) return sign + abs;
  const s = String(abs);
  const head = s.length % 3 || 3;
  let out = s.slice(0, head);
  for (let i = head; i < s.length; i += 3) out += ',' + s.slice(i, i + 3);
  return sign + out;
}

/** A figure with a fixed number of decimals, digits grouped: 12345.6 → "12,345.6". */
export function formatFigure(n: number, decimals: number): string {
  if (decimals === 0) return groupDigits(n);
  const fixed = Math.abs(n).toFixed(decimals);
  const dot = fixed.indexOf('.');
  const whole = groupDigits(Number(fixed.slice(0, dot)));
  return `${n < 0 ? '-' : ''}${whole}${fixed.slice(dot)}`;
}

/** 2025, 5, 16 → 2025/05/16 (Excel's default date display in Japan). */
export function dateLabel(year: number, month: number, day: number): string {
  return `${year}/${month < 10 ? '0' : ''}${month}/${day < 10 ? '0' : ''}${day}`;
}

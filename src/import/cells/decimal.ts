/** A written decimal as a double, and whether the double holds it. */
export interface Decimal {
  value: number;
  /**
   * null: the double gives the written figure back exactly (shortest round trip); 'inexact': digits were lost
   * (20-digit figures); 'unsafe': exact, but an integer beyond 2^53, where sums stop being exact; 'overflow' /
   * 'underflow': beyond what a double can hold (10^309, or a non-zero figure that would become 0).
   */
  problem: null | 'inexact' | 'unsafe' | 'overflow' | 'underflow';
}

/**
 * `intDigits.fracDigits × 10^power`, from digit strings (no sign, no separators). The power is applied to the digits,
 * not to the double, so 1.005万 is exactly 10050 and not 10049.999999999998. Linear in the number of digits.
 */
export function readDecimal(intDigits: string, fracDigits: string, power: number): Decimal {
  const all = (intDigits + fracDigits).replace(/^0+/, '');
  if (all === '') return { value: 0, problem: null };
  const exponent = power - fracDigits.length;
  const value = Number(`${all}e${exponent}`);
  if (!Number.isFinite(value)) return { value, problem: 'overflow' };
  if (value === 0) return { value, problem: 'underflow' };
  const significant = all.replace(/0+$/, '');
  const leading = exponent + all.length - 1;
  // toExponential() without digits gives the shortest digits that identify the double, as toString does.
  const [mantissa, exp] = value.toExponential().split('e');
  const exact = mantissa!.replace('.', '') === significant && Number(exp) === leading;
  if (!exact) return { value, problem: 'inexact' };
  if (Number.isInteger(value) && value > Number.MAX_SAFE_INTEGER) return { value, problem: 'unsafe' };
  return { value, problem: null };
}

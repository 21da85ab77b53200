import { parsePeriod } from './period';
import { cleanText, findBracketed, splitTrailingParen } from './text';

export interface ActivityName {
  name: string;
  leadDepartment: string | null;
  period: number[] | null;
}

// Sheets append the lead department in 【】 to an activity another section runs ('…【指導課】').
// 【】 also marks an activity's status; those stay part of the name.
const STATUS_MARKS = new Set(['新規', '新', '拡充', '継続', '縮小', '廃止', '終了', '重点', '見直し', '統合']);
// The period the activity runs closes its name: '(R6・7・8)', '（R6）'. Both are found by hand (text.ts): the regexes
// that did it were quadratic in a run of spaces (300,000 spaces took 3 minutes).

/**
 * Splits an activity cell such as '筑波大学・オリジナルオープンキャンパス (R6・7・8) 【指導課】' into its name,
 * lead department and period. The name keeps its text as written.
 */
export function parseActivityName(raw: string): ActivityName {
  let name = cleanText(raw);

  const department = findBracketed(name)
    .filter((m) => {
      const inner = m.inner.trim();
      return inner !== '' && !STATUS_MARKS.has(inner);
    })
    .at(-1);
  if (department) {
    const before = name.slice(0, department.index);
    const after = name.slice(department.index + department.text.length);
    // Keep one space where the bracket stood between words, none at either end.
    const joiner = before !== '' && after !== '' && /\s/.test(department.text) ? ' ' : '';
    name = `${before}${joiner}${after}`;
  }

  let period: number[] | null = null;
  const paren = splitTrailingParen(name);
  if (paren) {
    const parsed = parsePeriod(paren.inner);
    if (parsed.ok && parsed.value !== null && parsed.value.length > 0) {
      period = parsed.value;
      name = paren.before;
    }
  }

  return { name: name.trim(), leadDepartment: department ? department.inner.trim() : null, period };
}

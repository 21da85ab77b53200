import { labelKey } from '../forms/compact';
import type { ValueRule } from './profile';

export type Ruled = { text: string } | { text: null; warning: string };

/**
 * A value rule turns a city's way of writing a value into one Seika's readers know, before they read it; the
 * stored raw text stays the original. A rule that does not apply leaves the text alone (the reader then says what
 * is wrong with it).
 */
export function applyRule(text: string, rule: ValueRule | undefined): Ruled {
  if (!rule) return { text };
  const t = text.trim();
  if ('eraNumber' in rule) {
    // A bare year number (7, ７, 元) in a column that holds the era's years.
    return /^[0-9０-９]{1,2}$|^元$/.test(t) ? { text: `${rule.eraNumber}${t}年度` } : { text };
  }
  if ('verdict' in rule) {
    const key = labelKey(t);
    if (rule.verdict.yes.some((y) => labelKey(y) === key)) return { text: '☑' };
    if (rule.verdict.no.some((n) => labelKey(n) === key)) return { text: '☐' };
    return { text };
  }
  if ('annotation' in rule) {
    // `27（4）`: a figure with a note in brackets (often a count of which some are of another kind): not read as
    // either figure, kept as written for a person to decide.
    if (/^[-▲△]?[\d０-９][\d０-９,，.．]*\s*[(（][^()（）]*[)）]$/.test(t)) {
      return { text: null, warning: `「${t}」は注記つきの数値です。どちらの数値か決められないため数値としては読まず、原文のまま残しました` };
    }
    return { text };
  }
  const mapped = Object.entries(rule.map).find(([from]) => labelKey(from) === labelKey(t));
  return mapped ? { text: mapped[1] } : { text };
}

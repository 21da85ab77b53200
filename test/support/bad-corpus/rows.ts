/** Valid rows of each table, written as a city writes them and with the values they mean. */
import { row, type RowSpec } from './build';

export const OUTCOMES_PLAIN = ['年度', 'シートNo', '指標名', '目標値', '実績値'];

/** An outcome row of 2024 under OUTCOMES_PLAIN: figures written as given, meant as the numbers given. */
export function outcome(sheet: string, name: string, target: string, actual: string, meant: { target: number | null; actual: number | null }, year = 2024): RowSpec {
  return row('outcomes', [String(year), sheet, name, target, actual], { fiscal_year: year, sheet_no: sheet, indicator: name, target: meant.target, actual: meant.actual });
}

/** The plain case: figures written as digits. */
export const plainOutcome = (sheet: string, name: string, target: number, actual: number, year = 2024) =>
  outcome(sheet, name, String(target), String(actual), { target, actual }, year);

/** An activity row under ACTIVITIES (年度, シートNo, 活動名・事業名, 予算額, 決算額). */
export function activity(sheet: string, name: string, budget: number | null, spend: number | null, year = 2024): RowSpec {
  return row('activities', [String(year), sheet, name, budget === null ? '' : String(budget), spend === null ? '' : String(spend)], {
    fiscal_year: year,
    sheet_no: sheet,
    activity: name,
    budget,
    spend,
  });
}

/** A sheets row under SHEETS (年度, シートNo, 事務事業名, 課等名). */
export function sheet(no: string, program: string, department: string, year = 2024): RowSpec {
  return row('sheets', [String(year), no, program, department], { fiscal_year: year, sheet_no: no, program, department });
}

/** An output row under OUTPUTS (年度, シートNo, 活動名・事業名, 指標名, 単位, 目標値, 実績値). */
export function output(sheet: string, act: string, name: string, unit: string, target: number, actual: number, year = 2024): RowSpec {
  return row('outputs', [String(year), sheet, act, name, unit, String(target), String(actual)], {
    fiscal_year: year,
    sheet_no: sheet,
    activity: act,
    indicator: name,
    unit,
    target,
    actual,
  });
}

export function review(sheet: string, boxes: [string, string, string, string], direction: string, meant: [boolean, boolean, boolean, boolean], year = 2024): RowSpec {
  return row('reviews', [String(year), sheet, ...boxes, direction], {
    fiscal_year: year,
    sheet_no: sheet,
    improve_cost: meant[0],
    improve_activity: meant[1],
    improve_outcome: meant[2],
    improve_other: meant[3],
    next_direction: direction,
  });
}

/** Two ordinary outcome rows to stand around a damaged one. */
export const NEIGHBOURS = [plainOutcome('10', '利用者数', 100, 90), plainOutcome('11', '参加者数', 30, 31)];

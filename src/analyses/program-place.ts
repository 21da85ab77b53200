/** Where a row sits: its program and year, and the program's place in the policy tree (as in current_sheets). */
export interface ProgramPlace {
  fiscal_year: number;
  sheet_no: string;
  program: string | null;
  program_key: string | null;
  department: string | null;
  pillar: string | null;
  goal: string | null;
  measure: string | null;
}

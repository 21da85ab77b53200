/**
 * What the public edition publishes, read from the analyses and then copied field by field into plain records: a
 * whitelist, so an internal field added to an analysis later never reaches a resident's page by accident. The
 * internal-only content (settings.include) is copied only when the setting asks for it.
 */
import type { IndicatorResult } from '../analyses/indicators';
import { indicatorResults } from '../analyses/indicators';
import { policyRollup, type PolicyRow } from '../analyses/policy';
import { programScorecard, type ProgramScore } from '../analyses/programs';
import { DEFAULT_THRESHOLDS, type Thresholds } from '../analyses/scope';
import { sheetDocumentsOfYear, type SheetDocument } from '../analyses/sheet';
import { indicatorSeries, programSeries, type IndicatorPoint, type ProgramMoneyPoint } from '../analyses/trends';
import type { Database } from '../db/database';
import { formatFiscalYear } from '../format/ja';
import type { PublishSettings } from './settings';

export interface PublishedProgram {
  /** file name of its page (programs/<slug>.html): from the sheet number, safe in a URL and on every file system */
  slug: string;
  fiscal_year: number;
  sheet_no: string;
  program: string | null;
  program_key: string | null;
  department: string | null;
  pillar: string | null;
  goal: string | null;
  measure: string | null;
  outcomes: number;
  achieved: number;
  near: number;
  missed: number;
  not_measured: number;
  mean_achievement: number | null;
  activities: number;
  budget: number | null;
  spend: number | null;
  execution: number | null;
  zero_cost_activities: number;
  /** internal: only with include.underperformance */
  underperformance?: { score: number; reasons: string[] };
  /** internal: only with include.selfCheck */
  selfCheck?: 'missed_unticked' | 'ticked_all_achieved' | null;
}

export type PublishedFigures = Pick<PolicyRow, 'programs' | 'outcomes' | 'achieved' | 'near' | 'missed' | 'not_measured' | 'budget' | 'spend' | 'execution' | 'activities' | 'zero_cost_activities' | 'zero_cost_share'>;

export interface PublishedLevel extends PublishedFigures {
  level: 'pillar' | 'goal' | 'measure';
  pillar: string | null;
  goal: string | null;
  measure: string | null;
}

export interface PublishedIndicator {
  sheet_no: string;
  program: string | null;
  indicator: string | null;
  unit: string | null;
  direction: 'up' | 'down';
  target: number | null;
  target_year: number | null;
  actual: number | null;
  achievement: number | null;
  status: IndicatorResult['status'];
}

export interface PublishedFinding {
  file: string;
  line: number | null;
  column: string | null;
  severity: string;
  message: string;
}

export interface PublicationModel {
  municipality: string;
  /** where the name came from: the setting, the data's municipality column, or a placeholder (to be set) */
  municipalitySource: 'setting' | 'data' | 'placeholder';
  year: number;
  yearLabel: string;
  years: number[];
  sample: boolean;
  importedAt: string | null;
  thresholds: Thresholds;
  licence: PublishSettings['licence'];
  include: PublishSettings['include'];
  city: PublishedFigures;
  /** pillars, goals and measures of the year, in the analysis's order */
  levels: PublishedLevel[];
  programs: PublishedProgram[];
  sheets: Map<string, SheetDocument>;
  /** by program_key: every year, so a page shows the series */
  indicatorSeries: Map<string, IndicatorPoint[]>;
  moneySeries: Map<string, ProgramMoneyPoint[]>;
  /** the year's outcome indicators, for the download */
  indicators: PublishedIndicator[];
  findings: PublishedFinding[] | null;
}

export interface LoadOptions {
  /** the bundled fictional sample: every page says so */
  sample: boolean;
  thresholds?: Thresholds;
}

/** Everything the site needs, from the imported data and the analyses. */
export async function loadPublication(db: Database, settings: PublishSettings, options: LoadOptions): Promise<PublicationModel> {
  const t = options.thresholds ?? DEFAULT_THRESHOLDS;
  const [latest] = await db.run<{ y: number | null; years: number[] | null }>('-- publish-years\nSELECT max(fiscal_year) AS y, list(DISTINCT fiscal_year ORDER BY fiscal_year) AS years FROM current_sheets');
  const year = settings.year ?? latest?.y ?? null;
  if (year === null) throw new Error('データに年度がありません（読み込めた事業がありません）');
  if (!(latest?.years ?? []).includes(year)) throw new Error(`${formatFiscalYear(year)}のデータはありません`);

  const policy = await policyRollup(db, { year }, t);
  const city = policy.find((r) => r.level === 'city');
  if (!city) throw new Error(`${formatFiscalYear(year)}の事業がありません`);
  const scores = await programScorecard(db, { year }, t);
  const programs = withSlugs(scores.map((s) => publishedProgram(s, settings.include)));
  const docs = await sheetDocumentsOfYear(db, year, t);
  const empty: SheetDocument = { sheet: null, activities: [], outputs: [], outcomes: [], review: null };
  const sheets = new Map(programs.map((p) => [p.slug, docs.get(p.sheet_no) ?? empty]));
  const keys = new Set(programs.map((p) => p.program_key));
  // a point belongs to the program of its year's sheet (the program followed across years by program_key)
  const owner = new Map((await programScorecard(db, {}, t)).map((s) => [`${s.fiscal_year}|${s.sheet_no}`, s.program_key]));
  const indicatorSeriesByProgram = groupBy(
    (await indicatorSeries(db, {}, t)).filter((p) => p.kind === 'outcome'),
    (p) => owner.get(`${p.fiscal_year}|${p.sheet_no}`) ?? null,
  );
  const moneySeries = groupBy(
    (await programSeries(db, null, t)).filter((m) => keys.has(m.program_key)),
    (m) => m.program_key,
  );
  const indicators = (await indicatorResults(db, { year }, t)).filter((r) => r.kind === 'outcome').map(publishedIndicator);
  const [source] = await db.run<{ imported_at: string | null }>("-- publish-source\nSELECT strftime(max(imported_at), '%Y-%m-%d') AS imported_at FROM imports");
  const found = await municipalityFromData(db);
  const municipality = settings.municipality ?? found ?? (options.sample ? '架空市（サンプルデータ）' : '（自治体名を設定してください）');

  return {
    municipality,
    municipalitySource: settings.municipality ? 'setting' : found ? 'data' : 'placeholder',
    year,
    yearLabel: formatFiscalYear(year),
    years: latest?.years ?? [year],
    sample: options.sample,
    importedAt: source?.imported_at ?? null,
    thresholds: t,
    licence: settings.licence,
    include: settings.include,
    city: figures(city),
    levels: policy.filter((r): r is PolicyRow & { level: PublishedLevel['level'] } => r.level !== 'city').map((r) => ({ level: r.level, pillar: r.pillar, goal: r.goal, measure: r.measure, ...figures(r) })),
    programs,
    sheets,
    indicatorSeries: new Map([...indicatorSeriesByProgram].filter(([k]) => keys.has(k))),
    moneySeries,
    indicators,
    findings: settings.include.findings ? await readFindings(db) : null,
  };
}

function figures(r: PolicyRow): PublishedFigures {
  return {
    programs: r.programs,
    outcomes: r.outcomes,
    achieved: r.achieved,
    near: r.near,
    missed: r.missed,
    not_measured: r.not_measured,
    budget: r.budget,
    spend: r.spend,
    execution: r.execution,
    activities: r.activities,
    zero_cost_activities: r.zero_cost_activities,
    zero_cost_share: r.zero_cost_share,
  };
}

function publishedProgram(s: ProgramScore, include: PublishSettings['include']): Omit<PublishedProgram, 'slug'> {
  return {
    fiscal_year: s.fiscal_year,
    sheet_no: s.sheet_no,
    program: s.program,
    program_key: s.program_key,
    department: s.department,
    pillar: s.pillar,
    goal: s.goal,
    measure: s.measure,
    outcomes: s.outcomes,
    achieved: s.achieved,
    near: s.near,
    missed: s.missed,
    not_measured: s.not_measured,
    mean_achievement: s.mean_achievement,
    activities: s.activities,
    budget: s.budget,
    spend: s.spend,
    execution: s.execution,
    zero_cost_activities: s.zero_cost_activities,
    ...(include.underperformance && { underperformance: { score: s.score, reasons: s.reasons } }),
    ...(include.selfCheck && { selfCheck: s.self_check }),
  };
}

function publishedIndicator(r: IndicatorResult): PublishedIndicator {
  return {
    sheet_no: r.sheet_no,
    program: r.program,
    indicator: r.indicator,
    unit: r.unit,
    direction: r.direction,
    target: r.target,
    target_year: r.target_year,
    actual: r.actual,
    achievement: r.achievement,
    status: r.status,
  };
}

/** 'no-124', 'no-3-1-2'; a sheet number with other characters gets its code points, so two never share a file. */
export function slugFor(sheetNo: string): string {
  const safe = /^[A-Za-z0-9-]+$/.test(sheetNo) ? sheetNo : [...sheetNo].map((c) => (/[A-Za-z0-9-]/.test(c) ? c : `_${c.codePointAt(0)!.toString(16)}`)).join('');
  return `no-${safe}`;
}

function withSlugs(programs: Omit<PublishedProgram, 'slug'>[]): PublishedProgram[] {
  const used = new Set<string>();
  return programs.map((p) => {
    let slug = slugFor(p.sheet_no);
    // two rows with the same sheet number (reported at import): the later one gets a suffix
    for (let i = 2; used.has(slug); i++) slug = `${slugFor(p.sheet_no)}-${i}`;
    used.add(slug);
    return { ...p, slug };
  });
}

function groupBy<T>(rows: T[], key: (r: T) => string | null): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const r of rows) {
    const k = key(r);
    if (k === null) continue;
    const list = out.get(k) ?? [];
    list.push(r);
    out.set(k, list);
  }
  return out;
}

/**
 * The municipality as the data states it, once the sheets carry a municipality column (issue 10): the most common
 * non-empty value. Until then there is no such column and the setting (or a placeholder) names the city.
 */
export async function municipalityFromData(db: Database): Promise<string | null> {
  const cols = await db.run<{ column_name: string }>("-- publish-municipality-column\nSELECT column_name FROM (DESCRIBE current_sheets) WHERE column_name = 'municipality'");
  if (cols.length === 0) return null;
  const [row] = await db.run<{ m: string | null }>(
    "-- publish-municipality\nSELECT municipality AS m FROM current_sheets WHERE nullif(trim(municipality), '') IS NOT NULL GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1",
  );
  return row?.m ?? null;
}

async function readFindings(db: Database): Promise<PublishedFinding[]> {
  return db.run<PublishedFinding>('-- publish-findings\nSELECT file, line, "column", severity, message FROM findings ORDER BY import_id, file, line');
}

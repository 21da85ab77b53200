import type { EChartsCoreOption } from 'echarts/core';
import type { PolicyRow } from '../analyses/policy';
import type { ProgramScore } from '../analyses/programs';
import { formatCount, formatMoney, formatNumber, formatPercent, statusLabel, type FormatLang } from '../format/ja';
import { escapeHtml } from './escape';
import { achievementColor } from './overview-options';
import { FONT_FAMILY, STATUS_COLORS, STATUS_MARKS, STATUS_ORDER } from './theme';

/** Where the policy view stands: 全体 (all null) › 施策の大綱 › 施策の目標 › 施策. Values are the names as in the data. */
export interface PolicyPath {
  pillar: string | null;
  goal: string | null;
  measure: string | null;
}

export type PolicyLevel = 'city' | 'pillar' | 'goal' | 'measure';
export type SunburstSize = 'count' | 'spend';

export const UNSET_LABEL = '（未設定）';
export const LEVEL_LABELS: Record<PolicyLevel | 'program', string> = {
  city: '全体',
  pillar: '施策の大綱',
  goal: '施策の目標',
  measure: '施策',
  program: '事務事業',
};
export const LEVEL_LABELS_EN: Record<PolicyLevel | 'program', string> = {
  city: 'All',
  pillar: 'Policy pillar',
  goal: 'Policy goal',
  measure: 'Measure',
  program: 'Program',
};

export function levelLabel(level: PolicyLevel | 'program', lang: FormatLang = 'ja'): string {
  return (lang === 'ja' ? LEVEL_LABELS : LEVEL_LABELS_EN)[level];
}

/** The level the path points at: the deepest parameter that is set. */
export function pathLevel(path: PolicyPath): PolicyLevel {
  if (path.measure !== null) return 'measure';
  if (path.goal !== null) return 'goal';
  if (path.pillar !== null) return 'pillar';
  return 'city';
}

/** The path one level up (what the breadcrumb's previous item and the sunburst's centre lead to). */
export function parentPath(path: PolicyPath): PolicyPath {
  if (path.measure !== null) return { ...path, measure: null };
  if (path.goal !== null) return { ...path, goal: null, measure: null };
  return { pillar: null, goal: null, measure: null };
}

function inPath(row: { pillar: string | null; goal: string | null; measure: string | null }, path: PolicyPath): boolean {
  return (
    (path.pillar === null || row.pillar === path.pillar) &&
    (path.goal === null || row.goal === path.goal) &&
    (path.measure === null || row.measure === path.measure)
  );
}

/** The programs under the path (rows of the scorecard; filtering only). */
export function programsInPath(programs: ProgramScore[], path: PolicyPath): ProgramScore[] {
  return programs.filter((p) => inPath(p, path));
}

const CHILD_LEVEL: Record<PolicyLevel, PolicyLevel | null> = { city: 'pillar', pillar: 'goal', goal: 'measure', measure: null };

/** The roll-up rows one level below the path (city → its pillars, pillar → its goals, goal → its measures). */
export function childRollupRows(rows: PolicyRow[], path: PolicyPath): PolicyRow[] {
  const child = CHILD_LEVEL[pathLevel(path)];
  if (!child) return [];
  return rows.filter((r) => r.level === child && inPath(r, path));
}

/** The roll-up row of the path itself (the figures of the current node). */
export function currentRollupRow(rows: PolicyRow[], path: PolicyPath): PolicyRow | undefined {
  const level = pathLevel(path);
  return rows.find(
    (r) =>
      r.level === level &&
      (level === 'city' || r.pillar === path.pillar) &&
      (level === 'city' || level === 'pillar' || r.goal === path.goal) &&
      (level !== 'measure' || r.measure === path.measure),
  );
}

/** The path a roll-up row stands for (null when a name is missing: such a node cannot be put in the URL). */
export function rowPath(row: { level: PolicyLevel; pillar: string | null; goal: string | null; measure: string | null }): PolicyPath | null {
  const depth = ['city', 'pillar', 'goal', 'measure'].indexOf(row.level);
  const parts = [row.pillar, row.goal, row.measure].slice(0, depth);
  if (parts.some((p) => p === null)) return null;
  return { pillar: depth >= 1 ? row.pillar : null, goal: depth >= 2 ? row.goal : null, measure: depth >= 3 ? row.measure : null };
}

/** The name a level's row is shown with. */
export function rowName(row: PolicyRow, lang: FormatLang = 'ja'): string {
  const name = row.level === 'pillar' ? row.pillar : row.level === 'goal' ? row.goal : row.level === 'measure' ? row.measure : levelLabel('city', lang);
  return name ?? (lang === 'ja' ? UNSET_LABEL : '(not set)');
}

/** What a sunburst segment carries, for its tooltip and for the click handler. */
export interface SunburstDatum {
  name: string;
  kind: PolicyLevel | 'program' | 'up';
  /** the URL path a click leads to (null: the node has no name to put in the URL) */
  drill: PolicyPath | null;
  programKey?: string | null;
  row?: PolicyRow;
  program?: ProgramScore;
  value?: number;
  children?: SunburstDatum[];
  itemStyle?: { color: string };
  label?: Record<string, unknown>;
}

/** fills light enough for dark label text (the others get white) */
const DARK_TEXT_ON = new Set([STATUS_COLORS.near, STATUS_COLORS.not_measured]);

const LEVELS: PolicyLevel[] = ['city', 'pillar', 'goal', 'measure'];
/** ring colours from the centre outwards (white labels on the first two, dark on the third) */
const RING_COLORS = ['#1e3a5f', '#3b6a99', '#a9c4de'];

function rollupKey(level: PolicyLevel, pillar: string | null, goal: string | null, measure: string | null): string {
  return JSON.stringify([level, pillar, goal, measure]);
}

/**
 * The subtree below `path`: one ring per level (施策の大綱 → 施策の目標 → 施策 → 事務事業), leaves coloured by the
 * program's mean achievement. Inner segments carry their roll-up row (the analysis' figures) for the tooltip.
 * size 'count': every program the same size (zero-cost programs stay visible); 'spend': 決算額 (予算額 when missing).
 */
export function buildSunburstTree(programs: ProgramScore[], rollup: PolicyRow[], path: PolicyPath, size: SunburstSize, near: number): SunburstDatum[] {
  const depth = LEVELS.indexOf(pathLevel(path));
  const rows = new Map(rollup.map((r) => [rollupKey(r.level, r.pillar, r.goal, r.measure), r]));
  const root: SunburstDatum = { name: '', kind: 'up', drill: null, children: [] };
  for (const p of programsInPath(programs, path)) {
    let node = root;
    const names = [p.pillar, p.goal, p.measure];
    for (let d = depth; d < 3; d++) {
      const level = LEVELS[d + 1]!;
      const name = names[d] ?? UNSET_LABEL;
      let child = node.children!.find((c) => c.name === name);
      if (!child) {
        const keyParts = [p.pillar, d >= 1 ? p.goal : null, d >= 2 ? p.measure : null] as const;
        const drill = rowPath({ level, pillar: keyParts[0], goal: keyParts[1], measure: keyParts[2] });
        child = {
          name,
          kind: level,
          drill,
          row: rows.get(rollupKey(level, keyParts[0], keyParts[1], keyParts[2])),
          children: [],
          itemStyle: { color: RING_COLORS[d - depth] ?? RING_COLORS[2]! },
        };
        node.children!.push(child);
      }
      node = child;
    }
    node.children!.push({
      name: p.program ?? `No.${p.sheet_no}`,
      kind: 'program',
      drill: null,
      programKey: p.program_key,
      program: p,
      value: size === 'count' ? 1 : Math.max(p.spend ?? p.budget ?? 0, 0),
      itemStyle: { color: achievementColor(p.mean_achievement, near) },
      label: { color: DARK_TEXT_ON.has(achievementColor(p.mean_achievement, near)) ? '#111827' : '#fff' },
    });
  }
  return root.children!;
}

function statusLine(r: { achieved: number; near: number; missed: number; not_measured: number; outcomes: number }, lang: FormatLang): string {
  if (lang === 'en') return `Outcomes ${formatNumber(r.outcomes)}: ` + STATUS_ORDER.map((s) => `${STATUS_MARKS[s]}${statusLabel(s, lang)} ${formatNumber(r[s])}`).join('  ');
  return `成果指標 ${formatNumber(r.outcomes, '件')}：` + STATUS_ORDER.map((s) => `${STATUS_MARKS[s]}${statusLabel(s)} ${formatNumber(r[s], '件')}`).join('\u3000');
}

/** Tooltip HTML for one segment; every CSV-derived string is escaped. */
export function sunburstTooltip(d: SunburstDatum | undefined, lang: FormatLang = 'ja'): string {
  if (!d) return '';
  const ja = lang === 'ja';
  const sp = ja ? '\u3000' : '  ';
  if (d.kind === 'program' && d.program) {
    const p = d.program;
    return [
      `<b>${escapeHtml(p.program ?? `No.${p.sheet_no}`)}</b>${ja ? '（' : ' ('}No.${escapeHtml(p.sheet_no)}${ja ? '・' : ', '}${escapeHtml(p.department ?? rowName({ level: 'pillar', pillar: null } as PolicyRow, lang))}${ja ? '）' : ')'}`,
      `${ja ? '平均達成率' : 'Mean achievement'}: ${formatPercent(p.mean_achievement)}`,
      statusLine(p, lang),
      `${ja ? '予算額' : 'Budget'}: ${formatMoney(p.budget, lang)}${sp}${ja ? '決算額' : 'Spend'}: ${formatMoney(p.spend, lang)}`,
      `${ja ? '要注意度' : 'Attention score'}: ${formatNumber(p.score)}`,
      ja ? 'クリックで事業詳細へ' : 'Click to open the program',
    ].join('<br/>');
  }
  const head = d.kind === 'up' ? `<b>${escapeHtml(d.name)}</b>` : `${levelLabel(d.kind, lang)}<br/><b>${escapeHtml(d.name)}</b>`;
  const r = d.row;
  const body = r
    ? [
        `${ja ? '事業数' : 'Programs'}: ${formatCount(r.programs, lang, '事業')}`,
        statusLine(r, lang),
        `${ja ? '予算額' : 'Budget'}: ${formatMoney(r.budget, lang)}${sp}${ja ? '決算額' : 'Spend'}: ${formatMoney(r.spend, lang)}${sp}${ja ? '執行率' : 'Execution'}: ${formatPercent(r.execution)}`,
      ]
    : [];
  const up = ja ? 'クリックで1つ上の階層へ' : 'Click to go one level up';
  const down = ja ? 'クリックでこの階層へ' : 'Click to open this level';
  const hint = d.kind === 'up' ? (d.drill ? [up] : []) : d.drill ? [down] : [];
  return [head, ...body, ...hint].join('<br/>');
}

/**
 * The policy sunburst for the current level: a centre disc naming where we stand (click: one level up) and one ring
 * per level below it. `centreRow` is the roll-up row of the current node.
 */
export function policySunburstOption(
  programs: ProgramScore[],
  rollup: PolicyRow[],
  path: PolicyPath,
  size: SunburstSize,
  /** the near threshold: leaves are coloured by mean achievement with the statuses' own bounds */
  near: number,
  lang: FormatLang = 'ja',
): EChartsCoreOption {
  const level = pathLevel(path);
  const depth = LEVELS.indexOf(level);
  const rings = 4 - depth; // rings below the centre, the last one being the programs
  const centreName = level === 'city' ? levelLabel('city', lang) : (level === 'pillar' ? path.pillar : level === 'goal' ? path.goal : path.measure)!;
  const centre: SunburstDatum = {
    name: centreName,
    kind: 'up',
    drill: level === 'city' ? null : parentPath(path),
    row: currentRollupRow(rollup, path),
    children: buildSunburstTree(programs, rollup, path, size, near),
    itemStyle: { color: '#f8fafc' },
  };
  const inner = 0.22;
  const outer = 0.97;
  // the first ring (few, wide segments) and the programs when they are labelled get more room
  const weights = Array.from({ length: rings }, (_, i) => (i === rings - 1 ? (depth >= 2 ? 1.7 : 0.6) : i === 0 ? (depth >= 2 ? 1.2 : 1.5) : 1.1));
  const total = weights.reduce((a, b) => a + b, 0);
  const pct = (x: number) => `${Math.round(x * 1000) / 10}%`;
  const RADIUS_PX = 270; // about the radius at the view's chart size: label widths only
  const levels: Record<string, unknown>[] = [
    {},
    {
      r0: 0,
      r: pct(inner),
      itemStyle: { borderColor: '#cbd5e1', borderWidth: 1 },
      label: { rotate: 0, color: '#0f2a4a', fontSize: 12, fontWeight: 'bold', width: Math.round(inner * RADIUS_PX * 1.7), height: Math.round(inner * RADIUS_PX * 1.4), overflow: 'break', lineOverflow: 'truncate', lineHeight: 15 },
    },
  ];
  let r0 = inner;
  for (let i = 0; i < rings; i++) {
    const isPrograms = i === rings - 1;
    const r = r0 + ((outer - inner) * weights[i]!) / total;
    const width = Math.max(Math.round((r - r0) * RADIUS_PX) - 8, 20);
    const label = isPrograms
      ? { show: depth >= 2, rotate: 'radial', fontSize: 12, minAngle: 4, width, overflow: 'break', lineHeight: 14 }
      : { rotate: 'radial', fontSize: i === 0 ? 12 : 11, color: i < 2 ? '#fff' : '#0f2a4a', minAngle: 5, width, overflow: 'truncate' };
    levels.push({ r0: pct(r0), r: pct(r), label, itemStyle: { borderColor: '#fff', borderWidth: isPrograms ? 0.5 : 1.5 } });
    r0 = r;
  }
  return {
    textStyle: { fontFamily: FONT_FAMILY },
    animation: false,
    tooltip: {
      confine: true,
      formatter: (info: { data?: SunburstDatum }) => sunburstTooltip(info.data, lang),
    },
    series: [
      {
        type: 'sunburst',
        nodeClick: false,
        sort: undefined,
        radius: [0, '96%'],
        center: ['50%', '50%'],
        emphasis: { focus: 'ancestor' },
        levels,
        data: [centre],
      },
    ],
  };
}

import { useCallback, useEffect, useMemo, useState } from 'react';
import { isBlankRow } from '../../import/blank-row';
import type { Grid } from '../../import/grid';
import { buildProfile } from '../../import/profiles/draft/build-profile';
import type { MappingDraft } from '../../import/profiles/draft/draft';
import { previewProfile, type ProfilePreview } from '../../import/profiles/draft/preview';
import { suggestDraft } from '../../import/profiles/draft/suggest';
import type { ImportProfile } from '../../import/profiles/profile';
import { readSource } from '../../import/sources/read-source';
import type { InputFile } from '../../import/types';
import { newProfileId } from '../../app/user-profiles';

/** Data rows the live preview reads (through the real engine): enough to see the findings, quick on 210 columns. */
const PREVIEW_ROWS = 30;
/** Quiet time after an edit before the preview is recomputed. */
const PREVIEW_DEBOUNCE_MS = 250;

export type Loaded = { grids: Grid[] } | { error: 'not-a-table' | 'unreadable'; detail: string };

/** The file's grids (each worksheet of a workbook), read as an import would read them. */
export function useFileGrids(file: InputFile): Loaded | null {
  const [loaded, setLoaded] = useState<{ file: InputFile; result: Loaded } | null>(null);
  useEffect(() => {
    let live = true;
    readSource(file).then(
      (src) => {
        if (!live) return;
        if (src.kind === 'grids') setLoaded({ file, result: { grids: src.grids.filter((g) => !g.rows.every((r) => isBlankRow(r.cells))) } });
        else setLoaded({ file, result: { error: src.kind === 'unreadable' ? 'unreadable' : 'not-a-table', detail: src.findings[0]?.message ?? src.kind } });
      },
      (e: unknown) => live && setLoaded({ file, result: { error: 'unreadable', detail: (e as Error).message } }),
    );
    return () => {
      live = false;
    };
  }, [file]);
  return loaded?.file === file ? loaded.result : null;
}

/** The worksheet to start on: the one asked for, else the one with the most rows (a cover sheet has few). */
export function firstGrid(grids: Grid[], sheet: string | null): number {
  const asked = grids.findIndex((g) => g.sheet === sheet);
  if (asked >= 0) return asked;
  let best = 0;
  grids.forEach((g, i) => {
    if (g.rows.length > grids[best]!.rows.length) best = i;
  });
  return best;
}

/**
 * The draft being edited for one grid, the profile it makes (at once: cheap) and the preview of what that profile
 * loads (after a quiet moment: the engine reads the first rows). Choosing another header suggests the mapping anew,
 * keeping the name and the municipality.
 */
export function useMappingDraft(grid: Grid, defaultName: string) {
  const [id] = useState(newProfileId);
  const [draft, setDraft] = useState<MappingDraft>(() => ({ ...suggestDraft(grid), name: defaultName }));
  const update = useCallback((patch: (d: MappingDraft) => MappingDraft) => setDraft(patch), []);
  const setHeader = useCallback(
    (row: number, depth: 1 | 2 | 3) => setDraft((d) => ({ ...suggestDraft(grid, { row, depth }), name: d.name, municipality: d.municipality })),
    [grid],
  );
  const redetectBlocks = useCallback(
    () =>
      setDraft((d) => {
        const fresh = suggestDraft(grid, { row: d.headerRow, depth: d.headerRows });
        return { ...d, blocks: fresh.blocks, money: fresh.money, indicators: fresh.indicators };
      }),
    [grid],
  );
  const built = useMemo(() => buildProfile(draft, grid, id), [draft, grid, id]);

  const [preview, setPreview] = useState<{ profile: ImportProfile; result: ProfilePreview } | null>(null);
  useEffect(() => {
    const profile = built.profile;
    if (!profile) return;
    const t = setTimeout(() => setPreview({ profile, result: previewProfile(grid, profile, draft.headerRow, PREVIEW_ROWS) }), PREVIEW_DEBOUNCE_MS);
    return () => clearTimeout(t);
  }, [built.profile, grid, draft.headerRow]);
  // while a new preview is computed the last one stays on screen, marked busy
  const stale = built.profile !== null && preview?.profile !== built.profile;
  return { draft, update, setHeader, redetectBlocks, built, preview: built.profile ? (preview?.result ?? null) : null, stale };
}

/** What the grid's column headers say each column is, and which year block each column belongs to. */
export function columnMarks(draft: MappingDraft, labels: { year: string; sheetNo: string; field: (f: string) => string; indicator: (i: number, part: 'name' | 'unit' | 'value') => string }) {
  const assigned = new Map<number, string>();
  const add = (c: number, text: string) => assigned.set(c, assigned.has(c) ? `${assigned.get(c)}・${text}` : text);
  if (draft.fiscalYear && 'column' in draft.fiscalYear) add(draft.fiscalYear.column, labels.year);
  if (draft.sheetNo && 'column' in draft.sheetNo) add(draft.sheetNo.column, labels.sheetNo);
  for (const [f, c] of Object.entries(draft.fields)) add(c, labels.field(f));
  draft.indicators.forEach((ind, i) => {
    if ('column' in ind.name) add(ind.name.column, labels.indicator(i, 'name'));
    if (ind.unit && 'column' in ind.unit) add(ind.unit.column, labels.indicator(i, 'unit'));
  });
  const blockOf = new Map<number, number>();
  const { width, list } = draft.blocks;
  list.forEach((b, i) => {
    for (let c = b.start; c < b.start + width; c++) blockOf.set(c, i);
    for (const [f, o] of Object.entries(draft.money)) add(b.start + o, labels.field(f));
    draft.indicators.forEach((ind, j) => ind.value !== null && add(b.start + ind.value, labels.indicator(j, 'value')));
  });
  return { assigned, blockOf };
}

/** The widest of the header and the first rows: every column the screen offers. */
export function gridWidth(grid: Grid, rows: number): number {
  let w = 0;
  for (const r of grid.rows.slice(0, rows)) w = Math.max(w, r.cells.length);
  return w;
}

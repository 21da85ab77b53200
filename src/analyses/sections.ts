/** Named analyses, each run when asked for (in the order written, which is the order of the keys of its result). */
export type Sections = Record<string, () => Promise<unknown>>;

/** The sections' results, key for key. */
export type SectionResults<S extends Sections> = { [K in keyof S]: Awaited<ReturnType<S[K]>> };

/** Runs every section, one after another (one DuckDB connection: nothing to gain running them at once). */
export async function runSections<S extends Sections>(sections: S): Promise<SectionResults<S>> {
  const result: Partial<SectionResults<S>> = {};
  for (const key of Object.keys(sections) as (keyof S)[]) result[key] = (await sections[key]!()) as SectionResults<S>[typeof key];
  return result as SectionResults<S>;
}

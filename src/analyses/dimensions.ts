import type { Database } from '../db/database';

/** One city's own values: with a municipality chosen, the filters offer only its years, pillars and departments. */
export interface MunicipalityDimensions {
  key: string;
  name: string;
  years: number[];
  /** years with at least one indicator actual (実績値): a year of plans only has none */
  result_years: number[];
  pillars: string[];
  departments: string[];
}

export interface Dimensions {
  years: number[];
  /** years with at least one indicator actual, over every city */
  result_years: number[];
  pillars: string[];
  departments: string[];
  /** the cities loaded, by key ('' for data that names no city), with their names; one entry: no choice to offer */
  municipalities: MunicipalityDimensions[];
}

const SQL = `
-- dimensions
WITH results AS (
  SELECT DISTINCT municipality_key, fiscal_year FROM indicator_facts WHERE actual IS NOT NULL
),
cities AS (
  SELECT s.municipality_key AS key,
         coalesce(min(s.municipality), '') AS name,
         list(DISTINCT s.fiscal_year ORDER BY s.fiscal_year DESC) AS years,
         coalesce(list(DISTINCT s.pillar ORDER BY s.pillar) FILTER (WHERE s.pillar IS NOT NULL), []) AS pillars,
         coalesce(list(DISTINCT s.department ORDER BY s.department) FILTER (WHERE s.department IS NOT NULL), []) AS departments
  FROM current_sheets AS s
  GROUP BY s.municipality_key
)
SELECT
  (SELECT coalesce(list(DISTINCT fiscal_year ORDER BY fiscal_year DESC), []) FROM current_sheets) AS years,
  (SELECT coalesce(list(DISTINCT fiscal_year ORDER BY fiscal_year DESC), []) FROM results) AS result_years,
  (SELECT coalesce(list(DISTINCT pillar ORDER BY pillar), []) FROM current_sheets WHERE pillar IS NOT NULL) AS pillars,
  (SELECT coalesce(list(DISTINCT department ORDER BY department), []) FROM current_sheets WHERE department IS NOT NULL) AS departments,
  (SELECT coalesce(list({
            'key': c.key, 'name': c.name, 'years': c.years,
            'result_years': coalesce((SELECT list(r.fiscal_year ORDER BY r.fiscal_year DESC) FROM results AS r WHERE r.municipality_key = c.key), []),
            'pillars': c.pillars, 'departments': c.departments
          } ORDER BY c.key), [])
     FROM cities AS c) AS municipalities`;

/** The values the global filters offer (years newest first), over all the data and per city. */
export async function dimensions(db: Database): Promise<Dimensions> {
  const [row] = await db.run<Dimensions>(SQL);
  return row ?? { years: [], result_years: [], pillars: [], departments: [], municipalities: [] };
}

export interface DefaultYear {
  /** the year a screen opens on when the URL names none */
  year: number | null;
  /** the latest year in the data (of the city chosen) */
  latest: number | null;
  /** true when the latest year has no result at all and an earlier one is shown (docs/analyses.md) */
  fellBack: boolean;
}

/**
 * The year the screens open on: the latest year (of the chosen city, when one is), unless that year has no result
 * at all — not one indicator actual, as when a city's newest year is its plan (大船渡市's 令和7) — then the latest
 * year that has results. With no result in any year, the latest year.
 */
export function defaultYear(d: Dimensions | undefined, municipality: string | null | undefined): DefaultYear {
  if (!d) return { year: null, latest: null, fellBack: false };
  const city = municipality != null ? d.municipalities.find((m) => m.key === municipality) : undefined;
  const years = city?.years ?? d.years;
  // figures cached before result_years existed: every year counts as having results
  const results = new Set(city ? (city.result_years ?? years) : (d.result_years ?? years));
  const latest = years[0] ?? null;
  const year = years.find((y) => results.has(y)) ?? latest;
  return { year, latest, fellBack: year !== latest };
}

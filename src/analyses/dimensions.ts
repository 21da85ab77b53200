import type { Database } from '../db/database';

export interface Dimensions {
  years: number[];
  pillars: string[];
  departments: string[];
  /** the cities loaded, by key ('' for data that names no city), with their names; one entry: no choice to offer */
  municipalities: { key: string; name: string }[];
}

const SQL = `
-- dimensions
SELECT
  (SELECT coalesce(list(DISTINCT fiscal_year ORDER BY fiscal_year DESC), []) FROM current_sheets) AS years,
  (SELECT coalesce(list(DISTINCT pillar ORDER BY pillar), []) FROM current_sheets WHERE pillar IS NOT NULL) AS pillars,
  (SELECT coalesce(list(DISTINCT department ORDER BY department), []) FROM current_sheets WHERE department IS NOT NULL) AS departments,
  (SELECT coalesce(list({'key': municipality_key, 'name': coalesce(municipality, '')} ORDER BY municipality_key), [])
     FROM (SELECT DISTINCT municipality_key, municipality FROM current_sheets)) AS municipalities`;

/** The values the global filters offer (years newest first). */
export async function dimensions(db: Database): Promise<Dimensions> {
  const [row] = await db.run<Dimensions>(SQL);
  return row ?? { years: [], pillars: [], departments: [], municipalities: [] };
}

import type { Database } from '../db/database';
import { IMPORTED_TABLES } from '../import/types';

/**
 * What the console can query: the imported tables, the tables the analyses materialise from them, views, and the
 * table macros (program_scorecard, indicator_results) — with column names and types, from DuckDB's own catalogue.
 */
export type SchemaGroup = 'imported' | 'analysis' | 'view' | 'macro';

export interface SchemaObject {
  name: string;
  group: SchemaGroup;
  columns: { name: string; type: string }[];
  /** macros: their parameters, e.g. ['near_threshold', 'under_threshold'] */
  parameters?: string[];
}

/** The import's own bookkeeping tables count as imported data too: they come from the same files. */
const IMPORTED = new Set<string>(IMPORTED_TABLES);

export const SCHEMA_GROUP_LABELS: Record<SchemaGroup, { ja: string; en: string }> = {
  imported: { ja: '取り込んだ表', en: 'Imported tables' },
  analysis: { ja: '分析用の表', en: 'Analysis tables' },
  view: { ja: 'ビュー', en: 'Views' },
  macro: { ja: 'テーブルマクロ', en: 'Table macros' },
};

const COLUMNS_SQL = `
-- console-schema
SELECT t.table_name, t.table_type, c.column_name, c.data_type
FROM information_schema.tables AS t
JOIN information_schema.columns AS c USING (table_catalog, table_schema, table_name)
WHERE t.table_schema = 'main'
ORDER BY t.table_name, c.ordinal_position`;

const MACROS_SQL = `
-- console-macros
SELECT function_name, parameters
FROM duckdb_functions()
WHERE function_type = 'table_macro' AND schema_name = 'main' AND NOT internal
ORDER BY function_name`;

export async function readSchema(db: Database): Promise<SchemaObject[]> {
  const [columns, macros] = await Promise.all([
    db.run<{ table_name: string; table_type: string; column_name: string; data_type: string }>(COLUMNS_SQL),
    db.run<{ function_name: string; parameters: string[] }>(MACROS_SQL),
  ]);
  const byName = new Map<string, SchemaObject>();
  for (const c of columns) {
    let obj = byName.get(c.table_name);
    if (!obj) {
      const group: SchemaGroup = c.table_type === 'VIEW' ? 'view' : IMPORTED.has(c.table_name) ? 'imported' : 'analysis';
      obj = { name: c.table_name, group, columns: [] };
      byName.set(c.table_name, obj);
    }
    obj.columns.push({ name: c.column_name, type: c.data_type });
  }
  const order: SchemaGroup[] = ['imported', 'analysis', 'view'];
  const tables = [...byName.values()].sort((a, b) => order.indexOf(a.group) - order.indexOf(b.group) || a.name.localeCompare(b.name));
  const macroObjects: SchemaObject[] = macros.map((m) => ({ name: m.function_name, group: 'macro', columns: [], parameters: m.parameters }));
  return [...tables, ...macroObjects];
}

/** For the editor's completion: table → column names. */
export function completionSchema(objects: readonly SchemaObject[]): Record<string, string[]> {
  return Object.fromEntries(objects.map((o) => [o.name, o.columns.map((c) => c.name)]));
}

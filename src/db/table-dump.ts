import type { Database } from './database';

/**
 * A table kept outside DuckDB: its CREATE statement (constraints and defaults included, as DuckDB states it) and its
 * rows as CSV (Database.exportCsv). DuckDB-WASM cannot write a database file in the browser (ATTACH of an OPFS or
 * in-memory file fails in 1.32), so a user's imported tables are kept this way between visits (src/app/
 * data-snapshot.ts). Read back with the exact column types, every value returns as it was
 * (test/sql/table-dump.test.ts compares the tables row for row on both engines).
 */
export interface TableDump {
  name: string;
  createSql: string;
  columns: { name: string; type: string }[];
  csv: Uint8Array;
}

/** The tables named, those that exist, in the order given. */
export async function dumpTables(db: Database, names: readonly string[]): Promise<TableDump[]> {
  const tables = await db.run<{ name: string; sql: string }>(
    `-- dump-tables
SELECT table_name AS name, sql FROM duckdb_tables()
WHERE database_name = current_database() AND schema_name = 'main' AND list_contains($1::VARCHAR[], table_name)`,
    [JSON.stringify(names)],
  );
  const dumps: TableDump[] = [];
  for (const name of names) {
    const table = tables.find((t) => t.name === name);
    if (!table) continue;
    const columns = await db.run<{ name: string; type: string }>(
      `-- dump-columns
SELECT column_name AS name, data_type AS type FROM duckdb_columns()
WHERE database_name = current_database() AND schema_name = 'main' AND table_name = $1
ORDER BY column_index`,
      [name],
    );
    dumps.push({ name, createSql: table.sql, columns, csv: await db.exportCsv(`SELECT * FROM ${ident(name)}`) });
  }
  return dumps;
}

/** Creates each dumped table anew (dropping one of the same name) and reads its rows back with their exact types. */
export async function restoreTables(db: Database, dumps: readonly TableDump[]): Promise<void> {
  for (const [i, dump] of dumps.entries()) {
    const file = `seika-restore-${i}.csv`;
    await db.exec(`DROP TABLE IF EXISTS ${ident(dump.name)} CASCADE`);
    await db.exec(dump.createSql);
    await db.registerBuffer(file, dump.csv);
    try {
      // no sniffing: the types are the table's own; a quoted "" is an empty text, an unquoted empty field is NULL
      const columns = dump.columns.map((c) => `${quote(c.name)}: ${quote(c.type)}`).join(', ');
      await db.exec(
        `INSERT INTO ${ident(dump.name)} SELECT * FROM read_csv(${quote(file)}, auto_detect = false, header = true, delim = ',', quote = '"', escape = '"', allow_quoted_nulls = false, columns = {${columns}})`,
      );
    } finally {
      await db.dropFile(file);
    }
  }
}

const quote = (s: string) => `'${s.replace(/'/g, "''")}'`;
const ident = (s: string) => `"${s.replace(/"/g, '""')}"`;

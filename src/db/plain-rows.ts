import { DataType, type Table, type Field, type RecordBatch } from 'apache-arrow';
import type { ConsoleResult, Row } from './database';

/**
 * Arrow → plain JS, in one place. DATE becomes 'YYYY-MM-DD', TIMESTAMP an ISO string (UTC),
 * lists become arrays, structs objects; any BigInt that slipped through the open-time casts (HUGEINT) becomes a number.
 */
export function toPlainRows<T = Row>(table: Table): T[] {
  const fields = table.schema.fields;
  const columns = fields.map((f) => table.getChild(f.name));
  const out: T[] = new Array(table.numRows);
  for (let i = 0; i < table.numRows; i++) {
    const row: Row = {};
    for (let c = 0; c < fields.length; c++) {
      const field = fields[c]!;
      row[field.name] = toPlainValue(columns[c]?.get(i), field.type);
    }
    out[i] = row as T;
  }
  return out;
}

function toPlainValue(value: unknown, type: DataType): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value === 'bigint') return Number(value);
  if (DataType.isDate(type)) return new Date(value as number).toISOString().slice(0, 10);
  // TIMESTAMP has no zone here (ours hold local wall-clock time): written as DuckDB writes it, without a misleading 'Z'
  if (DataType.isTimestamp(type)) return new Date(value as number).toISOString().replace('T', ' ').replace(/(\.000)?Z$/, '');
  if (DataType.isList(type)) {
    const child = (type.children[0] as Field).type;
    return Array.from(value as Iterable<unknown>, (v) => toPlainValue(v, child));
  }
  if (DataType.isStruct(type)) {
    const obj: Row = {};
    for (const f of type.children as Field[]) obj[f.name] = toPlainValue((value as Row)[f.name], f.type);
    return obj;
  }
  if (DataType.isDecimal(type) || DataType.isInt(type)) return Number(value);
  return value;
}

/**
 * A streamed result → plain values, column by column (the console's shape: see ConsoleResult). Stops reading after
 * maxRows rows and reports `truncated`; the caller cancels the rest of the stream.
 */
export async function collectColumns(batches: AsyncIterable<RecordBatch> | Iterable<RecordBatch>, maxRows: number): Promise<ConsoleResult> {
  let fields: Field[] | null = null;
  let values: unknown[][] = [];
  let rowCount = 0;
  let truncated = false;
  for await (const batch of batches) {
    if (!fields) {
      fields = batch.schema.fields;
      values = fields.map(() => []);
    }
    const take = Math.min(batch.numRows, maxRows - rowCount);
    for (let c = 0; c < fields.length; c++) {
      // by position, not name: a result may have two columns of the same name
      const vector = batch.getChildAt(c);
      const type = fields[c]!.type;
      const out = values[c]!;
      for (let i = 0; i < take; i++) out.push(toPlainValue(vector?.get(i), type));
    }
    rowCount += take;
    if (take < batch.numRows) {
      truncated = true;
      break;
    }
  }
  return {
    columns: (fields ?? []).map((f) => ({ name: f.name, type: String(f.type), numeric: isNumericType(f.type) })),
    values,
    rowCount,
    truncated,
  };
}

function isNumericType(type: DataType): boolean {
  return DataType.isInt(type) || DataType.isFloat(type) || DataType.isDecimal(type);
}

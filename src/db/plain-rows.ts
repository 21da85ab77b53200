import { DataType, type Table, type Field } from 'apache-arrow';
import type { Row } from './database';

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
  if (DataType.isTimestamp(type)) return new Date(value as number).toISOString();
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

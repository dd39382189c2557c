import { gbkByteLengthUpperBound } from '../encoding/gbk-text.ts';
import type { DbfValue } from '../shapefile/dbf-reader.ts';
import type { DbfFieldType, DbfTableField } from '../shapefile/dbf-table-writer.ts';
import { dbfFieldNames } from './dbf-field-names.ts';

/** A column to export: the property key it reads, and optionally its type, decimals and DBF name. */
export interface ExportColumn {
  readonly key: string;
  readonly type?: DbfFieldType;
  /** Decimals for numbers (e.g. 2 for m² and 亩); inferred from the values when absent (≤ 8). */
  readonly decimals?: number;
  /** Name in the DBF (≤ 10 GBK bytes after cutting); the key when absent. */
  readonly dbfName?: string;
}

/** A DBF field as written: the key it reads, unique name, type, width in bytes and decimals. */
export interface DbfExportField extends DbfTableField {
  readonly key: string;
  readonly decimals: number;
  /** True when some text is longer than 254 GBK bytes and will be cut in the DBF. */
  readonly cutsText?: boolean;
}

const MAX_TEXT_BYTES = 254;
const MAX_NUMBER_WIDTH = 19;
const MAX_DECIMALS = 8;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Chooses each column's DBF field from its values: the declared type, else L for
 * booleans, N for numbers, D when every value is an ISO date 'YYYY-MM-DD', else C.
 * Text width is the longest value in GBK bytes (1–254, longer text is cut);
 * number width holds the largest value with its decimals (≤ 19).
 */
export function dbfFieldsFor(columns: readonly ExportColumn[], rows: readonly Readonly<Record<string, DbfValue>>[]): DbfExportField[] {
  const names = dbfFieldNames(columns.map((column) => column.dbfName ?? column.key));
  return columns.map((column, c) => {
    const values = rows.map((row) => row[column.key] ?? null).filter((value) => value !== null && value !== '');
    const type = column.type ?? inferType(values);
    const name = names[c] as string;
    if (type === 'L') return { key: column.key, name, type, length: 1, decimals: 0 };
    if (type === 'D') return { key: column.key, name, type, length: 8, decimals: 0 };
    if (type === 'N') return { key: column.key, name, type, ...numberWidth(values, column.decimals) };
    const longest = values.reduce<number>((max, value) => Math.max(max, gbkByteLengthUpperBound(String(value))), 1);
    return { key: column.key, name, type, length: Math.min(MAX_TEXT_BYTES, longest), decimals: 0, ...(longest > MAX_TEXT_BYTES ? { cutsText: true } : {}) };
  });
}

function inferType(values: readonly DbfValue[]): DbfFieldType {
  if (values.length === 0) return 'C';
  if (values.every((v) => typeof v === 'boolean')) return 'L';
  if (values.every((v) => typeof v === 'number')) return 'N';
  if (values.every((v) => typeof v === 'string' && DATE.test(v))) return 'D';
  return 'C';
}

function numberWidth(values: readonly DbfValue[], declaredDecimals: number | undefined): { length: number; decimals: number } {
  const numbers = values.map(Number).filter(Number.isFinite);
  const decimals = Math.min(MAX_DECIMALS, declaredDecimals ?? numbers.reduce((max, n) => Math.max(max, decimalPlaces(n)), 0));
  const widest = numbers.reduce((max, n) => Math.max(max, n.toFixed(decimals).length), 1);
  const length = Math.min(MAX_NUMBER_WIDTH, Math.max(widest, decimals > 0 ? decimals + 2 : 1));
  return { length, decimals: Math.min(decimals, Math.max(0, length - 2)) };
}

/** Decimal places of a number as JavaScript prints it shortest (0.1 → 1, 2.50 → 1, 1e-7 → 7). */
function decimalPlaces(n: number): number {
  const text = String(Math.abs(n));
  const exp = /e-(\d+)$/.exec(text);
  if (exp) return Number(exp[1]) + (text.split('e')[0]?.split('.')[1]?.length ?? 0);
  return text.split('.')[1]?.length ?? 0;
}

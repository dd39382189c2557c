import { decodeDbfColumns } from './dbf-columns.ts';
import { ShapefileError } from './shapefile-error.ts';

/** A DBF column: name as decoded, dBASE type letter, width and decimals. */
export interface DbfField {
  readonly name: string;
  readonly type: string;
  readonly length: number;
  readonly decimals: number;
}

export type DbfValue = string | number | boolean | null;

export interface DbfTable {
  readonly fields: DbfField[];
  /** Declared record count from the header. */
  readonly recordCount: number;
  /** Language driver id (header byte 29); 0 when unset. */
  readonly languageDriverId: number;
  /** One array per field (same order as `fields`), one value per record read (all, or the range). */
  readonly columns: DbfValue[][];
  /** The records as objects, built on first use from the columns. */
  readonly rows: Record<string, DbfValue>[];
}

/** A record as an object keyed by field name. */
export function dbfRow(table: Pick<DbfTable, 'fields' | 'columns'>, index: number): Record<string, DbfValue> {
  const row: Record<string, DbfValue> = {};
  table.fields.forEach((field, f) => {
    row[field.name] = (table.columns[f] as DbfValue[])[index] ?? null;
  });
  return row;
}

interface DbfHeader {
  recordCount: number;
  headerBytes: number;
  recordBytes: number;
  languageDriverId: number;
}

/** Reads only the fixed header: enough to choose an encoding before decoding text. */
export function readDbfHeader(bytes: Uint8Array): DbfHeader {
  if (bytes.byteLength < 32) {
    throw new ShapefileError('truncated', 'dbf', `the .dbf file has ${bytes.byteLength} bytes, fewer than its 32-byte header`);
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return {
    recordCount: view.getUint32(4, true),
    headerBytes: view.getUint16(8, true),
    recordBytes: view.getUint16(10, true),
    languageDriverId: bytes[29] as number,
  };
}

/**
 * Reads a DBF table, decoding text (field names included) with `encoding`, a
 * TextDecoder label. Numbers become numbers (blank → null), dates 'YYYY-MM-DD',
 * logicals booleans (unknown → null); text is trimmed on the right.
 */
export function readDbf(bytes: Uint8Array, encoding: string, range?: { readonly start: number; readonly end: number }): DbfTable {
  const header = readDbfHeader(bytes);
  const decoder = new TextDecoder(encoding);
  const fields = readFields(bytes, header.headerBytes, decoder);
  const needed = header.headerBytes + header.recordCount * header.recordBytes;
  if (bytes.byteLength < needed) {
    const complete = Math.floor((bytes.byteLength - header.headerBytes) / Math.max(1, header.recordBytes));
    throw new ShapefileError(
      'truncated', 'dbf',
      `the .dbf file declares ${header.recordCount} records but holds only ${Math.max(0, complete)}`,
    );
  }
  const offsets = fieldOffsets(fields);
  // A range reads only those records.
  const start = Math.min(range?.start ?? 0, header.recordCount);
  const count = Math.max(0, Math.min(range?.end ?? header.recordCount, header.recordCount) - start);
  const block = { bytes, firstByte: header.headerBytes + start * header.recordBytes, recordBytes: header.recordBytes, count };
  const columns = decodeDbfColumns(block, fields.map((field, f) => ({ type: field.type, offset: offsets[f] as number, length: field.length })), decoder);
  let rows: Record<string, DbfValue>[] | undefined;
  return {
    fields, recordCount: header.recordCount, languageDriverId: header.languageDriverId, columns,
    get rows() {
      rows ??= Array.from({ length: count }, (_, r) => dbfRow({ fields, columns }, r));
      return rows;
    },
  };
}

function readFields(bytes: Uint8Array, headerBytes: number, decoder: TextDecoder): DbfField[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const fields: DbfField[] = [];
  const seen = new Map<string, number>();
  for (let at = 32; at + 32 <= Math.min(headerBytes, bytes.byteLength); at += 32) {
    if (bytes[at] === 0x0d) break;
    let nameEnd = at;
    while (nameEnd < at + 11 && bytes[nameEnd] !== 0) nameEnd++;
    let name = decoder.decode(bytes.subarray(at, nameEnd)).trim() || `FIELD_${fields.length + 1}`;
    const count = seen.get(name) ?? 0;
    seen.set(name, count + 1);
    if (count > 0) name = `${name}_${count + 1}`;
    fields.push({
      name,
      type: String.fromCharCode(bytes[at + 11] as number).toUpperCase(),
      length: view.getUint8(at + 16),
      decimals: view.getUint8(at + 17),
    });
  }
  return fields;
}

function fieldOffsets(fields: readonly DbfField[]): number[] {
  const offsets: number[] = [];
  let at = 1; // byte 0 of each record is the deletion flag
  for (const field of fields) {
    offsets.push(at);
    at += field.length;
  }
  return offsets;
}

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
  readonly rows: Record<string, DbfValue>[];
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
export function readDbf(bytes: Uint8Array, encoding: string): DbfTable {
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
  const rows: Record<string, DbfValue>[] = new Array(header.recordCount);
  const offsets = fieldOffsets(fields);
  for (let r = 0; r < header.recordCount; r++) {
    const recordStart = header.headerBytes + r * header.recordBytes;
    const row: Record<string, DbfValue> = {};
    for (let f = 0; f < fields.length; f++) {
      const field = fields[f] as DbfField;
      const start = recordStart + (offsets[f] as number);
      row[field.name] = decodeValue(bytes, start, start + field.length, field.type, decoder);
    }
    rows[r] = row;
  }
  return { fields, recordCount: header.recordCount, languageDriverId: header.languageDriverId, rows };
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

function fieldOffsets(fields: DbfField[]): number[] {
  const offsets: number[] = [];
  let at = 1; // byte 0 of each record is the deletion flag
  for (const field of fields) {
    offsets.push(at);
    at += field.length;
  }
  return offsets;
}

function decodeValue(bytes: Uint8Array, start: number, end: number, type: string, decoder: TextDecoder): DbfValue {
  switch (type) {
    case 'N':
    case 'F': {
      const text = asciiTrim(bytes, start, end);
      if (text === '' || /^\*+$/.test(text)) return null;
      const value = Number(text);
      return Number.isFinite(value) ? value : null;
    }
    case 'D': {
      const text = asciiTrim(bytes, start, end);
      return /^\d{8}$/.test(text) && text !== '00000000' ? `${text.slice(0, 4)}-${text.slice(4, 6)}-${text.slice(6, 8)}` : null;
    }
    case 'L': {
      const c = String.fromCharCode(bytes[start] as number).toUpperCase();
      return 'YT'.includes(c) ? true : 'NF'.includes(c) ? false : null;
    }
    default:
      return decodeText(bytes, start, end, decoder);
  }
}

/** Text fields: a pure-ASCII value skips the decoder, which is the slow path. */
function decodeText(bytes: Uint8Array, start: number, end: number, decoder: TextDecoder): string {
  while (end > start && (bytes[end - 1] === 0x20 || bytes[end - 1] === 0)) end--;
  let ascii = true;
  for (let i = start; i < end; i++) {
    if ((bytes[i] as number) >= 0x80) {
      ascii = false;
      break;
    }
  }
  if (!ascii) return decoder.decode(bytes.subarray(start, end));
  let text = '';
  for (let i = start; i < end; i++) text += String.fromCharCode(bytes[i] as number);
  return text;
}

function asciiTrim(bytes: Uint8Array, start: number, end: number): string {
  let text = '';
  for (let i = start; i < end; i++) text += String.fromCharCode(bytes[i] as number);
  return text.replace(/\0/g, '').trim();
}

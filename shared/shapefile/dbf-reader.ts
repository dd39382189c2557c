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
  // A range reads only those records: the header (first record, count) is narrowed to them.
  const start = Math.min(range?.start ?? 0, header.recordCount);
  const part = { ...header, headerBytes: header.headerBytes + start * header.recordBytes, recordCount: Math.min(range?.end ?? header.recordCount, header.recordCount) - start };
  const columns = fields.map((field, f) => decodeColumn(bytes, part, offsets[f] as number, field, decoder));
  let rows: Record<string, DbfValue>[] | undefined;
  return {
    fields, recordCount: header.recordCount, languageDriverId: header.languageDriverId, columns,
    get rows() {
      rows ??= Array.from({ length: part.recordCount }, (_, r) => dbfRow({ fields, columns }, r));
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

const LATIN1 = new TextDecoder('windows-1252');
const NEWLINE = 0x0a;

/**
 * Decodes one column for every record with a single TextDecoder call: the values'
 * bytes (right-trimmed) are joined by '\n' and the result split. Calling the
 * decoder once per value is what makes naive DBF readers slow. No multi-byte
 * encoding this reader meets (GBK, GB18030, Big5, Shift_JIS, EUC-KR, UTF-8) uses
 * 0x0A inside a character; a value that holds 0x0A itself is decoded on its own.
 */
function decodeColumn(bytes: Uint8Array, header: DbfHeader, offset: number, field: DbfField, decoder: TextDecoder): DbfValue[] {
  if (field.type === 'N' || field.type === 'F') return decodeNumberColumn(bytes, header, offset, field);
  const count = header.recordCount;
  const starts = new Uint32Array(count);
  const ends = new Uint32Array(count);
  let total = 0;
  let hasNewline = false;
  for (let r = 0; r < count; r++) {
    const start = header.headerBytes + r * header.recordBytes + offset;
    let end = start + field.length;
    while (end > start && (bytes[end - 1] === 0x20 || bytes[end - 1] === 0)) end--;
    let begin = start;
    if (field.type !== 'C') while (begin < end && bytes[begin] === 0x20) begin++;
    starts[r] = begin;
    ends[r] = end;
    total += end - begin + 1;
  }
  const joined = new Uint8Array(Math.max(0, total - 1));
  let at = 0;
  for (let r = 0; r < count; r++) {
    const end = ends[r] as number;
    for (let i = starts[r] as number; i < end; i++) {
      const byte = bytes[i] as number;
      if (byte === NEWLINE) hasNewline = true;
      joined[at++] = byte;
    }
    if (r + 1 < count) joined[at++] = NEWLINE;
  }
  const textDecoder = field.type === 'C' ? decoder : LATIN1;
  const texts = hasNewline
    ? Array.from({ length: count }, (_, r) => textDecoder.decode(bytes.subarray(starts[r] as number, ends[r] as number)))
    : count === 0 ? [] : textDecoder.decode(joined).split('\n');
  // Text needs no conversion; dates, logicals and the rest do.
  return field.type === 'C' ? texts : texts.map((text) => typedValue(text, field.type));
}

/**
 * Numbers straight from the ASCII bytes: the digits as one integer divided once by
 * a power of ten, which rounds exactly as Number(text) does while the digits fit
 * in 2^53. Anything unusual (exponents, overflow stars, long mantissas) goes
 * through Number(text).
 */
function decodeNumberColumn(bytes: Uint8Array, header: DbfHeader, offset: number, field: DbfField): DbfValue[] {
  const out: DbfValue[] = new Array(header.recordCount);
  for (let r = 0; r < header.recordCount; r++) {
    const start = header.headerBytes + r * header.recordBytes + offset;
    const end = start + field.length;
    let i = start;
    while (i < end && (bytes[i] === 0x20 || bytes[i] === 0)) i++;
    let last = end;
    while (last > i && (bytes[last - 1] === 0x20 || bytes[last - 1] === 0)) last--;
    if (i === last) {
      out[r] = null;
      continue;
    }
    let negative = false;
    if (bytes[i] === 0x2d) {
      negative = true;
      i++;
    } else if (bytes[i] === 0x2b) i++;
    let mantissa = 0, digits = 0, decimals = -1, plain = i < last;
    for (let k = i; k < last; k++) {
      const byte = bytes[k] as number;
      if (byte >= 0x30 && byte <= 0x39) {
        mantissa = mantissa * 10 + (byte - 0x30);
        digits++;
        if (decimals >= 0) decimals++;
      } else if (byte === 0x2e && decimals < 0) decimals = 0;
      else {
        plain = false;
        break;
      }
    }
    if (plain && digits > 0 && digits <= 15) {
      const value = decimals > 0 ? mantissa / POWERS_OF_TEN[decimals]! : mantissa;
      out[r] = negative ? -value : value;
    } else {
      out[r] = typedValue(LATIN1.decode(bytes.subarray(start, end)).trim(), field.type);
    }
  }
  return out;
}

const POWERS_OF_TEN = Array.from({ length: 23 }, (_, k) => 10 ** k);

function isEightDigits(text: string): boolean {
  if (text.length !== 8) return false;
  for (let i = 0; i < 8; i++) {
    const code = text.charCodeAt(i);
    if (code < 48 || code > 57) return false;
  }
  return true;
}

function typedValue(text: string, type: string): DbfValue {
  switch (type) {
    case 'N':
    case 'F': {
      const clean = text.includes('\0') ? text.replace(/\0/g, '') : text;
      if (clean === '' || clean.charCodeAt(0) === 42 /* '*': overflow */) return null;
      const value = Number(clean);
      return Number.isFinite(value) ? value : null;
    }
    case 'D':
      return isEightDigits(text) && text !== '00000000' ? `${text.slice(0, 4)}-${text.slice(4, 6)}-${text.slice(6, 8)}` : null;
    case 'L': {
      const c = text.charAt(0).toUpperCase();
      return c === 'Y' || c === 'T' ? true : c === 'N' || c === 'F' ? false : null;
    }
    default:
      return text;
  }
}

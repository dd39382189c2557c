import type { DbfValue } from './dbf-reader.ts';

/** A column to write: dBASE type C (text), N (number) or D (date 'YYYY-MM-DD'). */
export interface DbfFieldSpec {
  readonly name: string;
  readonly type: 'C' | 'N' | 'D';
  readonly length: number;
  readonly decimals?: number;
}

export interface DbfWriteOptions {
  /** Encodes text (field names and values) to bytes, e.g. encodeGbk. */
  readonly encode: (text: string) => Uint8Array;
  /** Language driver id for header byte 29: 0x4D for GBK, 0 to leave unset. */
  readonly languageDriverId: number;
  /** Header date; fixed by callers that need byte-identical output. */
  readonly date: { year: number; month: number; day: number };
}

/** Writes a dBASE III table. Text longer than its field is cut at a character boundary. */
export function writeDbf(
  fields: readonly DbfFieldSpec[],
  rows: readonly Record<string, DbfValue>[],
  options: DbfWriteOptions,
): Uint8Array {
  const headerBytes = 32 + fields.length * 32 + 1;
  const recordBytes = 1 + fields.reduce((sum, f) => sum + f.length, 0);
  const out = new Uint8Array(headerBytes + rows.length * recordBytes + 1);
  const view = new DataView(out.buffer);
  out[0] = 0x03;
  out[1] = options.date.year - 1900;
  out[2] = options.date.month;
  out[3] = options.date.day;
  view.setUint32(4, rows.length, true);
  view.setUint16(8, headerBytes, true);
  view.setUint16(10, recordBytes, true);
  out[29] = options.languageDriverId;
  fields.forEach((field, i) => {
    const at = 32 + i * 32;
    out.set(options.encode(field.name).subarray(0, 10), at);
    out[at + 11] = field.type.charCodeAt(0);
    out[at + 16] = field.length;
    out[at + 17] = field.decimals ?? 0;
  });
  out[headerBytes - 1] = 0x0d;
  rows.forEach((row, r) => {
    let at = headerBytes + r * recordBytes;
    out[at++] = 0x20;
    for (const field of fields) {
      out.fill(0x20, at, at + field.length);
      out.set(encodeValue(field, row[field.name] ?? null, options.encode), at);
      at += field.length;
    }
  });
  out[out.length - 1] = 0x1a;
  return out;
}

function encodeValue(field: DbfFieldSpec, value: DbfValue, encode: (text: string) => Uint8Array): Uint8Array {
  if (value === null) return new Uint8Array(0);
  if (field.type === 'N') {
    const text = typeof value === 'number' ? value.toFixed(field.decimals ?? 0) : String(value);
    return asciiBytes(text.padStart(field.length).slice(-field.length));
  }
  if (field.type === 'D') return asciiBytes(String(value).replace(/-/g, '').slice(0, 8));
  return truncateEncoded(encode, String(value), field.length);
}

function truncateEncoded(encode: (text: string) => Uint8Array, text: string, maxBytes: number): Uint8Array {
  let chars = [...text];
  let bytes = encode(chars.join(''));
  while (bytes.length > maxBytes && chars.length > 0) {
    chars = chars.slice(0, -1);
    bytes = encode(chars.join(''));
  }
  return bytes;
}

function asciiBytes(text: string): Uint8Array {
  return Uint8Array.from(text, (c) => c.charCodeAt(0));
}

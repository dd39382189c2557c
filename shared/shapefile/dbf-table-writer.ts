import { cutGbkBytes, encodeGbkLenient } from '../encoding/gbk-text.ts';
import { forEachInChunks, type ExportProgressCallback } from '../export/export-progress.ts';
import type { DbfValue } from './dbf-reader.ts';

/** Language driver id that marks a DBF as GBK (code page 936), read by ArcGIS and GDAL. */
export const LDID_GBK = 0x4d;

/** dBASE types written: C text, N number, D date (YYYYMMDD), L logical. */
export type DbfFieldType = 'C' | 'N' | 'D' | 'L';

/** A field as written: name (≤ 10 bytes once encoded), type, width in bytes and decimals. */
export interface DbfTableField {
  /** Row property the value is read from; the field name when absent. */
  readonly key?: string;
  readonly name: string;
  readonly type: DbfFieldType;
  readonly length: number;
  readonly decimals?: number;
}

/**
 * How text becomes bytes (an ASCII-compatible encoding: printable ASCII is written
 * as is): encode it, and cut encoded text to a byte budget at a character boundary.
 */
export interface DbfTextEncoding {
  readonly encode: (text: string) => Uint8Array;
  readonly cut: (bytes: Uint8Array, maxBytes: number) => Uint8Array;
}

/** GBK, with '?' for a character GBK cannot hold. */
export const GBK_DBF_TEXT: DbfTextEncoding = { encode: encodeGbkLenient, cut: cutGbkBytes };

export interface DbfTableOptions {
  /** Header "last update" date; pass a fixed one for byte-identical output. */
  readonly date: { readonly year: number; readonly month: number; readonly day: number };
  /** Text encoding of names and values; GBK when absent. */
  readonly text?: DbfTextEncoding;
  /** Header byte 29: {@link LDID_GBK} when absent, 0 to leave the code page unsaid. */
  readonly languageDriverId?: number;
  readonly onProgress?: ExportProgressCallback;
}

/** Thrown when a number does not fit its field even without decimals. */
export class DbfNumberOverflowError extends Error {
  constructor(readonly field: string, readonly value: number) {
    super(`value ${value} does not fit field ${field}`);
    this.name = 'DbfNumberOverflowError';
  }
}

/**
 * Writes a dBASE III table, by default in GBK with LDID 0x4D. Text longer than its field is
 * cut at a character boundary; numbers are right-aligned with the field's
 * decimals; dates 'YYYY-MM-DD' become YYYYMMDD; booleans T/F; null is blank.
 */
export function writeDbfTable(
  fields: readonly DbfTableField[], rows: readonly Readonly<Record<string, DbfValue>>[], options: DbfTableOptions,
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
  out[29] = options.languageDriverId ?? LDID_GBK;
  const text = options.text ?? GBK_DBF_TEXT;
  fields.forEach((field, i) => {
    const at = 32 + i * 32;
    out.set(text.cut(text.encode(field.name), 10), at);
    out[at + 11] = field.type.charCodeAt(0);
    out[at + 16] = field.length;
    out[at + 17] = field.decimals ?? 0;
  });
  out[headerBytes - 1] = 0x0d;
  out.fill(0x20, headerBytes, out.length - 1);
  forEachInChunks(rows.length, 'attributes', (r) => {
    const row = rows[r] as Readonly<Record<string, DbfValue>>;
    let at = headerBytes + r * recordBytes + 1;
    for (const field of fields) {
      writeCell(out, at, field, row[field.key ?? field.name] ?? null, text);
      at += field.length;
    }
  }, options.onProgress);
  out[out.length - 1] = 0x1a;
  return out;
}

/** Writes one value into its (space-filled) slot of a record. */
function writeCell(out: Uint8Array, at: number, field: DbfTableField, value: DbfValue, encoding: DbfTextEncoding): void {
  if (value === null || value === '') return;
  switch (field.type) {
    case 'N': {
      const text = formatNumber(field, value);
      writeAscii(out, at + field.length - text.length, text);
      return;
    }
    case 'D': return writeAscii(out, at, dateDigits(value));
    case 'L': return writeAscii(out, at, logical(value));
    case 'C': {
      const text = String(value);
      if (isAscii(text)) writeAscii(out, at, text.length > field.length ? text.slice(0, field.length) : text);
      else out.set(encoding.cut(encoding.encode(text), field.length), at);
    }
  }
}

function formatNumber(field: DbfTableField, value: DbfValue): string {
  const n = typeof value === 'number' ? value : Number(value);
  if (!Number.isFinite(n)) return '';
  for (let decimals = field.decimals ?? 0; decimals >= 0; decimals--) {
    const text = n.toFixed(decimals);
    if (text.length <= field.length) return text;
  }
  throw new DbfNumberOverflowError(field.name, n);
}

function dateDigits(value: DbfValue): string {
  const match = /^(\d{4})-?(\d{2})-?(\d{2})/.exec(String(value));
  return match ? `${match[1]}${match[2]}${match[3]}` : '';
}

function logical(value: DbfValue): string {
  if (typeof value === 'boolean') return value ? 'T' : 'F';
  if (/^(t|y|true|yes|是|1)$/i.test(String(value).trim())) return 'T';
  if (/^(f|n|false|no|否|0)$/i.test(String(value).trim())) return 'F';
  return '?';
}

function writeAscii(out: Uint8Array, at: number, text: string): void {
  for (let i = 0; i < text.length; i++) out[at + i] = text.charCodeAt(i);
}

/** Printable ASCII only: written byte for byte, no GBK lookup. */
function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x20 || code > 0x7e) return false;
  }
  return true;
}

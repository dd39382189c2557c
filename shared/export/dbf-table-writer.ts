import type { DbfValue } from '../shapefile/dbf-reader.ts';
import type { DbfExportField } from './dbf-field-schema.ts';
import { forEachInChunks, type ExportProgressCallback } from './export-progress.ts';
import { cutGbkBytes, encodeGbkLenient } from './gbk-text.ts';

/** Language driver id that marks a DBF as GBK (code page 936), read by ArcGIS and GDAL. */
export const LDID_GBK = 0x4d;

export interface DbfTableOptions {
  /** Header "last update" date; pass a fixed one for byte-identical output. */
  readonly date: { readonly year: number; readonly month: number; readonly day: number };
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
 * Writes a dBASE III table in GBK with LDID 0x4D. Text longer than its field is
 * cut at a character boundary; numbers are right-aligned with the field's
 * decimals; dates 'YYYY-MM-DD' become YYYYMMDD; booleans T/F; null is blank.
 */
export function writeDbfTable(
  fields: readonly DbfExportField[], rows: readonly Readonly<Record<string, DbfValue>>[], options: DbfTableOptions,
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
  out[29] = LDID_GBK;
  fields.forEach((field, i) => {
    const at = 32 + i * 32;
    out.set(cutGbkBytes(encodeGbkLenient(field.name), 10), at);
    out[at + 11] = field.type.charCodeAt(0);
    out[at + 16] = field.length;
    out[at + 17] = field.decimals;
  });
  out[headerBytes - 1] = 0x0d;
  out.fill(0x20, headerBytes, out.length - 1);
  forEachInChunks(rows.length, 'attributes', (r) => {
    const row = rows[r] as Readonly<Record<string, DbfValue>>;
    let at = headerBytes + r * recordBytes + 1;
    for (const field of fields) {
      writeCell(out, at, field, row[field.key] ?? null);
      at += field.length;
    }
  }, options.onProgress);
  out[out.length - 1] = 0x1a;
  return out;
}

/** Writes one value into its (space-filled) slot of a record. */
function writeCell(out: Uint8Array, at: number, field: DbfExportField, value: DbfValue): void {
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
      else out.set(cutGbkBytes(encodeGbkLenient(text), field.length), at);
    }
  }
}

function formatNumber(field: DbfExportField, value: DbfValue): string {
  const n = typeof value === 'number' ? value : Number(value);
  if (!Number.isFinite(n)) return '';
  for (let decimals = field.decimals; decimals >= 0; decimals--) {
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

import type { DbfValue } from './dbf-reader.ts';

/** Where a DBF's records lie: the first byte of the first record read, their width and count. */
export interface DbfRecordBlock {
  readonly bytes: Uint8Array;
  readonly firstByte: number;
  readonly recordBytes: number;
  readonly count: number;
}

/** A column to decode: dBASE type letter, byte offset inside a record, width. */
export interface DbfColumnSpec {
  readonly type: string;
  readonly offset: number;
  readonly length: number;
}

const LATIN1 = new TextDecoder('windows-1252');
const NEWLINE = 0x0a;
const SPACE = 0x20;

/**
 * Decodes every column of the records in `block`. Text columns are gathered in
 * one pass over the records (each record read once, its values right-trimmed and
 * appended to their column with '\n' between values), then each column is
 * decoded with a single TextDecoder call and split: calling the decoder once per
 * value is what makes naive DBF readers slow. No multi-byte encoding this reader
 * meets (GBK, GB18030, Big5, Shift_JIS, EUC-KR, UTF-8) uses 0x0A inside a
 * character; when a record holds 0x0A itself, the columns are decoded value by value.
 * Numbers, dates and logicals are read from their ASCII bytes.
 */
export function decodeDbfColumns(block: DbfRecordBlock, columns: readonly DbfColumnSpec[], decoder: TextDecoder): DbfValue[][] {
  const texts = columns.map((column, index) => ({ column, index })).filter(({ column }) => isTextType(column.type));
  const decoded = texts.length === 0 ? [] : decodeTextColumns(block, texts.map((t) => t.column), decoder);
  const out: DbfValue[][] = new Array(columns.length);
  texts.forEach(({ index }, k) => {
    out[index] = decoded[k] as DbfValue[];
  });
  columns.forEach((column, index) => {
    if (column.type === 'N' || column.type === 'F') out[index] = decodeNumberColumn(block, column);
    else if (column.type === 'D') out[index] = decodeDateColumn(block, column);
    else if (column.type === 'L') out[index] = decodeLogicalColumn(block, column);
  });
  return out;
}

function isTextType(type: string): boolean {
  return type !== 'N' && type !== 'F' && type !== 'D' && type !== 'L';
}

function decodeTextColumns(block: DbfRecordBlock, columns: readonly DbfColumnSpec[], decoder: TextDecoder): string[][] {
  const { bytes, firstByte, recordBytes, count } = block;
  if (count === 0) return columns.map(() => []);
  const records = bytes.subarray(firstByte, firstByte + count * recordBytes);
  if (records.includes(NEWLINE)) return columns.map((column) => decodeValueByValue(block, column, decoder));
  const width = columns.length;
  const offsets = Int32Array.from(columns, (c) => c.offset);
  const lengths = Int32Array.from(columns, (c) => c.length);
  const trimsStart = Uint8Array.from(columns, (c) => (c.type === 'C' ? 0 : 1));
  // Column k's values go to joined[bases[k] …]; each value is at most its width plus a separator.
  const bases = new Int32Array(width + 1);
  for (let k = 0; k < width; k++) bases[k + 1] = (bases[k] as number) + count * ((lengths[k] as number) + 1);
  const joined = new Uint8Array(bases[width] as number);
  const ends = bases.slice(0, width);
  for (let r = 0, row = firstByte; r < count; r++, row += recordBytes) {
    for (let k = 0; k < width; k++) {
      let begin = row + (offsets[k] as number);
      let end = begin + (lengths[k] as number);
      while (end > begin && (bytes[end - 1] === SPACE || bytes[end - 1] === 0)) end--;
      if (trimsStart[k] === 1) while (begin < end && bytes[begin] === SPACE) begin++;
      let at = ends[k] as number;
      for (let i = begin; i < end; i++) joined[at++] = bytes[i] as number;
      joined[at++] = NEWLINE;
      ends[k] = at;
    }
  }
  return columns.map((column, k) => {
    const textDecoder = column.type === 'C' ? decoder : LATIN1;
    return textDecoder.decode(joined.subarray(bases[k], (ends[k] as number) - 1)).split('\n');
  });
}

/** The slow path for records that hold 0x0A: one decoder call per value. */
function decodeValueByValue(block: DbfRecordBlock, column: DbfColumnSpec, decoder: TextDecoder): string[] {
  const { bytes, firstByte, recordBytes, count } = block;
  const textDecoder = column.type === 'C' ? decoder : LATIN1;
  const out = new Array<string>(count);
  for (let r = 0; r < count; r++) {
    let begin = firstByte + r * recordBytes + column.offset;
    let end = begin + column.length;
    while (end > begin && (bytes[end - 1] === SPACE || bytes[end - 1] === 0)) end--;
    if (column.type !== 'C') while (begin < end && bytes[begin] === SPACE) begin++;
    out[r] = textDecoder.decode(bytes.subarray(begin, end));
  }
  return out;
}

/**
 * Numbers straight from the ASCII bytes: the digits as one integer divided once by
 * a power of ten, which rounds exactly as Number(text) does while the digits fit
 * in 2^53. Anything unusual (exponents, overflow stars, long mantissas) goes
 * through Number(text). Blank → null.
 */
function decodeNumberColumn(block: DbfRecordBlock, column: DbfColumnSpec): DbfValue[] {
  const { bytes, firstByte, recordBytes, count } = block;
  const out: DbfValue[] = new Array(count);
  for (let r = 0; r < count; r++) {
    const start = firstByte + r * recordBytes + column.offset;
    const end = start + column.length;
    let i = start;
    while (i < end && (bytes[i] === SPACE || bytes[i] === 0)) i++;
    let last = end;
    while (last > i && (bytes[last - 1] === SPACE || bytes[last - 1] === 0)) last--;
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
      out[r] = parseNumber(LATIN1.decode(bytes.subarray(start, end)).trim());
    }
  }
  return out;
}

const POWERS_OF_TEN = Array.from({ length: 23 }, (_, k) => 10 ** k);

function parseNumber(text: string): number | null {
  const clean = text.includes('\0') ? text.replace(/\0/g, '') : text;
  if (clean === '' || clean.charCodeAt(0) === 42 /* '*': overflow */) return null;
  const value = Number(clean);
  return Number.isFinite(value) ? value : null;
}

/**
 * Dates 'YYYYMMDD' → 'YYYY-MM-DD'; anything but eight digits (blank, '00000000') → null.
 * Equal dates share one string (a column holds few distinct days).
 */
function decodeDateColumn(block: DbfRecordBlock, column: DbfColumnSpec): DbfValue[] {
  const { bytes, firstByte, recordBytes, count } = block;
  const out: DbfValue[] = new Array(count);
  const seen = new Map<number, string>();
  for (let r = 0; r < count; r++) {
    let begin = firstByte + r * recordBytes + column.offset;
    let end = begin + column.length;
    while (end > begin && (bytes[end - 1] === SPACE || bytes[end - 1] === 0)) end--;
    while (begin < end && bytes[begin] === SPACE) begin++;
    let day = end - begin === 8 ? 0 : -1;
    for (let i = begin; i < end && day >= 0; i++) {
      const digit = (bytes[i] as number) - 0x30;
      day = digit >= 0 && digit <= 9 ? day * 10 + digit : -1;
    }
    if (day <= 0) {
      out[r] = null;
      continue;
    }
    let text = seen.get(day);
    if (text === undefined) {
      const digits = String(day).padStart(8, '0');
      text = `${digits.slice(0, 4)}-${digits.slice(4, 6)}-${digits.slice(6, 8)}`;
      seen.set(day, text);
    }
    out[r] = text;
  }
  return out;
}

/** Logicals: Y/T → true, N/F → false (either case), anything else → null. */
function decodeLogicalColumn(block: DbfRecordBlock, column: DbfColumnSpec): DbfValue[] {
  const { bytes, firstByte, recordBytes, count } = block;
  const out: DbfValue[] = new Array(count);
  for (let r = 0; r < count; r++) {
    let begin = firstByte + r * recordBytes + column.offset;
    const end = begin + column.length;
    while (begin < end && bytes[begin] === SPACE) begin++;
    const c = begin < end ? (bytes[begin] as number) & ~0x20 : 0; // upper case
    out[r] = c === 0x59 || c === 0x54 ? true : c === 0x4e || c === 0x46 ? false : null;
  }
  return out;
}

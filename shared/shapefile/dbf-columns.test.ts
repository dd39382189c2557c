import { describe, expect, it } from 'vitest';
import { encodeGbk } from '../encoding/gbk-encoder.ts';
import { decodeDbfColumns, type DbfColumnSpec } from './dbf-columns.ts';

const COLUMNS: DbfColumnSpec[] = [
  { type: 'C', offset: 1, length: 12 },
  { type: 'N', offset: 13, length: 8 },
  { type: 'D', offset: 21, length: 8 },
  { type: 'L', offset: 29, length: 1 },
  { type: 'M', offset: 30, length: 4 },
];
const RECORD_BYTES = 34;

/** Records laid out as COLUMNS say, each value's bytes written from its start and padded with spaces. */
function records(rows: readonly (readonly (string | Uint8Array)[])[], lead = 0): Uint8Array {
  const bytes = new Uint8Array(lead + rows.length * RECORD_BYTES).fill(0x20);
  rows.forEach((row, r) => row.forEach((value, c) => {
    const column = COLUMNS[c] as DbfColumnSpec;
    bytes.set(typeof value === 'string' ? encodeGbk(value) : value, lead + r * RECORD_BYTES + column.offset);
  }));
  return bytes;
}

const gbk = new TextDecoder('gbk');

describe('DBF columns', () => {
  it('decodes text with the code page, numbers, dates, logicals and other types by their rules', () => {
    const bytes = records([
      ['许昌瑞祥', '  100.25', '20121118', 'y', 'a b '],
      ['  长葛市', '-3', '00000000', 'F', ' x'],
      ['', '', '', '?', ''],
      ['ok', '1.5e3', '2012111', 't', ''],
      ['*', '********', ' 20240601', 'N', ''],
    ]);
    const columns = decodeDbfColumns({ bytes, firstByte: 0, recordBytes: RECORD_BYTES, count: 5 }, COLUMNS, gbk);
    expect(columns).toEqual([
      ['许昌瑞祥', '  长葛市', '', 'ok', '*'], // text keeps leading spaces, loses trailing ones
      [100.25, -3, null, 1500, null],
      ['2012-11-18', null, null, null, null], // ' 20240601' does not fit the 8-byte field
      [true, false, null, true, false],
      ['a b', 'x', '', '', ''],
    ]);
  });

  it('reads only the block’s records, from its first byte', () => {
    const bytes = records([['一', '1', '20200101', 'T', ''], ['二', '2', '20200102', 'F', ''], ['三', '3', '', '', '']], 7);
    const columns = decodeDbfColumns({ bytes, firstByte: 7 + RECORD_BYTES, recordBytes: RECORD_BYTES, count: 2 }, COLUMNS, gbk);
    expect(columns).toEqual([['二', '三'], [2, 3], ['2020-01-02', null], [false, null], ['', '']]);
  });

  it('decodes values that hold a line feed themselves', () => {
    const bytes = records([['一行\n二行', '1', '', '', 'a\nb'], ['许昌', '2', '', '', '']]);
    const [text, , , , other] = decodeDbfColumns({ bytes, firstByte: 0, recordBytes: RECORD_BYTES, count: 2 }, COLUMNS, gbk);
    expect(text).toEqual(['一行\n二行', '许昌']);
    expect(other).toEqual(['a\nb', '']);
  });

  it('gives empty columns for no records', () => {
    expect(decodeDbfColumns({ bytes: new Uint8Array(0), firstByte: 0, recordBytes: RECORD_BYTES, count: 0 }, COLUMNS, gbk)).toEqual([[], [], [], [], []]);
  });
});

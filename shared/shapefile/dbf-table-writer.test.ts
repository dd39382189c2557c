import { describe, expect, it } from 'vitest';
import { readDbf } from './dbf-reader.ts';
import { dbfFieldsFor } from '../export/dbf-field-schema.ts';
import { DbfNumberOverflowError, writeDbfTable } from './dbf-table-writer.ts';

const DATE = { year: 2021, month: 3, day: 1 };

describe('dbfFieldsFor + writeDbfTable', () => {
  it('infers L, N, D and C from the values, with widths that hold the widest value', () => {
    const rows = [
      { flag: true, n: -1234.5, d: '2021-03-01', t: '许昌市', mixed: 1 },
      { flag: null, n: 7, d: null, t: 'abc', mixed: 'x' },
    ];
    const fields = dbfFieldsFor(['flag', 'n', 'd', 't', 'mixed', 'empty'].map((key) => ({ key })), rows);
    expect(fields.map((f) => [f.name, f.type, f.length, f.decimals])).toEqual([
      ['flag', 'L', 1, 0], ['n', 'N', 7, 1], ['d', 'D', 8, 0], ['t', 'C', 6, 0], ['mixed', 'C', 1, 0], ['empty', 'C', 1, 0],
    ]);
    const table = readDbf(writeDbfTable(fields, rows, { date: DATE }), 'gbk');
    expect(table.rows).toEqual([
      { flag: true, n: -1234.5, d: '2021-03-01', t: '许昌市', mixed: '1', empty: '' },
      { flag: null, n: 7, d: null, t: 'abc', mixed: 'x', empty: '' },
    ]);
  });

  it('rounds numbers to the declared decimals and reads yes/no text as logicals', () => {
    const fields = dbfFieldsFor([{ key: 'area', decimals: 2 }, { key: 'listed', type: 'L' }], [{ area: 10234.5678 }]);
    const table = readDbf(writeDbfTable(fields, [{ area: 10234.5678, listed: '是' }, { area: 0.004, listed: '否' }], { date: DATE }), 'gbk');
    expect(table.rows).toEqual([{ area: 10234.57, listed: true }, { area: 0, listed: false }]);
  });

  it('refuses a number that does not fit its field rather than writing a wrong one', () => {
    const fields = dbfFieldsFor([{ key: 'n', type: 'N', decimals: 0 }], [{ n: 12 }]);
    expect(() => writeDbfTable(fields, [{ n: 123 }], { date: DATE })).toThrow(DbfNumberOverflowError);
  });

  it('cuts text over 254 GBK bytes at a character boundary and marks the field', () => {
    const long = '低效'.repeat(100);
    const [field] = dbfFieldsFor([{ key: 'why' }], [{ why: long }]);
    expect([field!.length, field!.cutsText]).toEqual([254, true]);
    expect(readDbf(writeDbfTable([field!], [{ why: long }], { date: DATE }), 'gbk').rows[0]!.why).toBe('低效'.repeat(63) + '低');
  });

  it('sizes a number column of half a million rows (no argument-list limit)', () => {
    const rows = Array.from({ length: 500_000 }, (_, i) => ({ n: i / 4 }));
    expect(dbfFieldsFor([{ key: 'n' }], rows)[0]).toMatchObject({ type: 'N', decimals: 2, length: '124999.75'.length });
  });
});

import { describe, expect, it } from 'vitest';
import { writeDbfTable, type DbfTableField, type DbfTextEncoding } from '../shapefile/dbf-table-writer.ts';
import { resolveDbfEncoding } from './dbf-encoding.ts';

const FIELDS: DbfTableField[] = [{ name: 'QLR', type: 'C', length: 40 }];
const ROWS = [{ QLR: '许昌市魏都区产业集聚区' }, { QLR: 'ABC' }];
const DATE = { year: 2021, month: 1, day: 1 };
const UTF8: DbfTextEncoding = { encode: (text) => new TextEncoder().encode(text), cut: (bytes, maxBytes) => bytes.subarray(0, maxBytes) };

describe('DBF encoding resolution', () => {
  it('prefers the user, then the .cpg, then the LDID, then detection', () => {
    const gbkWithLdid = writeDbfTable(FIELDS, ROWS, { date: DATE });
    expect(resolveDbfEncoding(gbkWithLdid, 'UTF-8', 'big5')).toEqual({ name: 'big5', source: 'user' });
    expect(resolveDbfEncoding(gbkWithLdid, 'ANSI 936')).toEqual({ name: 'gbk', source: 'cpg' });
    expect(resolveDbfEncoding(gbkWithLdid, 'not-a-code-page')).toEqual({ name: 'gbk', source: 'ldid' });
    expect(resolveDbfEncoding(gbkWithLdid)).toEqual({ name: 'gbk', source: 'ldid' });
  });

  it('detects GBK bytes without .cpg or LDID as GB18030', () => {
    const dbf = writeDbfTable(FIELDS, ROWS, { languageDriverId: 0, date: DATE });
    expect(resolveDbfEncoding(dbf)).toEqual({ name: 'gb18030', source: 'detected' });
  });

  it('detects UTF-8 bytes without .cpg or LDID as UTF-8', () => {
    const dbf = writeDbfTable(FIELDS, ROWS, { text: UTF8, languageDriverId: 0, date: DATE });
    expect(resolveDbfEncoding(dbf)).toEqual({ name: 'utf-8', source: 'detected' });
  });
});

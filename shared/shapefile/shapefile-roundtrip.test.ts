import { describe, expect, it } from 'vitest';
import { readDbf } from './dbf-reader.ts';
import { writeDbfTable, type DbfTableField } from './dbf-table-writer.ts';
import { ImportError } from '../import/import-problem.ts';
import { importShapefile } from '../import/shapefile-import.ts';
import { readShp } from './shp-reader.ts';
import { writeShpRecords } from './shp-record-writer.ts';

const FIELDS: DbfTableField[] = [
  { name: 'ZDDM', type: 'C', length: 19 },
  { name: 'QLR', type: 'C', length: 30 },
  { name: 'ZDMJ', type: 'N', length: 12, decimals: 2 },
  { name: 'GDSJ', type: 'D', length: 8 },
];
const GBK_OPTIONS = { date: { year: 2021, month: 3, day: 1 } };

function square(x: number, y: number, size: number): Float64Array {
  // clockwise in (east, north), closed
  return Float64Array.of(x, y, x, y + size, x + size, y + size, x + size, y, x, y);
}

describe('shapefile write → read', () => {
  it('round-trips polygons and GBK attributes (dates, numbers, blanks)', () => {
    const { shp } = writeShpRecords('polygon', [[square(0, 0, 10)], [square(20, 0, 5)]]);
    const dbf = writeDbfTable(FIELDS, [
      { ZDDM: '411002001001GB00001', QLR: '许昌瑞祥电气有限公司', ZDMJ: 100.5, GDSJ: '2012-11-18' },
      { ZDDM: '411002001001GB00002', QLR: '', ZDMJ: null, GDSJ: null },
    ], GBK_OPTIONS);
    const shapes = readShp(shp).shapes;
    expect(shapes).toHaveLength(2);
    expect([...(shapes[1]?.parts[0] ?? [])]).toEqual([...square(20, 0, 5)]);
    const table = readDbf(dbf, 'gbk');
    expect(table.languageDriverId).toBe(0x4d);
    expect(table.rows).toEqual([
      { ZDDM: '411002001001GB00001', QLR: '许昌瑞祥电气有限公司', ZDMJ: 100.5, GDSJ: '2012-11-18' },
      { ZDDM: '411002001001GB00002', QLR: '', ZDMJ: null, GDSJ: null },
    ]);
  });

  it('cuts text that is too long at a character boundary, never mid-character', () => {
    const dbf = writeDbfTable([{ name: 'QLR', type: 'C', length: 5 }], [{ QLR: '许昌市魏都区' }], GBK_OPTIONS);
    expect(readDbf(dbf, 'gbk').rows[0]?.QLR).toBe('许昌');
  });

  it('chooses GBK from the LDID byte when there is no .cpg', () => {
    const { shp } = writeShpRecords('polygon', [[square(0, 0, 1)]]);
    const dbf = writeDbfTable(FIELDS, [{ ZDDM: 'A', QLR: '长葛市', ZDMJ: 1, GDSJ: null }], GBK_OPTIONS);
    const layer = importShapefile({ kind: 'shapefile', name: 't', path: 't.shp', shp, dbf });
    expect(layer.encoding).toEqual({ name: 'gbk', source: 'ldid' });
    expect(layer.features[0]?.attributes.QLR).toBe('长葛市');
  });

  it('refuses a .dbf whose record count differs from the .shp', () => {
    const { shp } = writeShpRecords('polygon', [[square(0, 0, 1)], [square(2, 0, 1)]]);
    const dbf = writeDbfTable(FIELDS, [{ ZDDM: 'A', QLR: '', ZDMJ: 1, GDSJ: null }], GBK_OPTIONS);
    expect(() => importShapefile({ kind: 'shapefile', name: 't', path: 't.shp', shp, dbf })).toThrow(ImportError);
  });

  it('refuses a truncated .shp naming the record', () => {
    const { shp } = writeShpRecords('polygon', [[square(0, 0, 1)]]);
    expect(() => readShp(shp.subarray(0, shp.length - 10))).toThrow(/record 1 runs past the end/);
  });
});

import { describe, expect, it } from 'vitest';
import { encodeFeatureChunk } from '../model/feature-chunk-codec.ts';
import { recognizeFieldMapping } from '../model/parcel-fields.ts';
import { applyOperations } from './field-operation.ts';
import { parcelRowsFromChunk } from './parcel-rows.ts';

function createChunk() {
  const square = (x: number): [number, number][] => [[x, 34], [x + 0.5, 34], [x + 0.5, 34.5], [x, 34.5], [x, 34]];
  return encodeFeatureChunk([
    { sourceIndex: 0, geometry: { type: 'Polygon', coordinates: [square(113.8)] }, attributes: { ZDDM: 'A1', QLR: '甲公司 ', YQMC: '魏都产业集聚区' }, areaSquareMeters: 1000 },
    { sourceIndex: 1, geometry: null, attributes: { ZDDM: 'A2', QLR: '', YQMC: '' } },
    { sourceIndex: 2, geometry: { type: 'Polygon', coordinates: [square(113.9)] }, attributes: { ZDDM: 'A3', QLR: '乙公司', YQMC: '' }, areaSquareMeters: 2000 },
  ]);
}

describe('parcelRowsFromChunk', () => {
  it('reads mapped source values, area and extent, and skips features without geometry', () => {
    const rows = parcelRowsFromChunk(createChunk(), 'L', recognizeFieldMapping(['ZDDM', 'QLR', 'YQMC']), new Map());
    expect(rows.map((r) => [r.parcelId, r.parcelCode, r.landholder, r.park, r.areaSquareMeters])).toEqual([
      ['L:0', 'A1', '甲公司', '魏都产业集聚区', 1000],
      ['L:2', 'A3', '乙公司', '', 2000],
    ]);
    expect(rows[1]?.bbox).toEqual([113.9, 34, 114.4, 34.5]);
    expect(rows[0]?.parcelClass).toBe('unsurveyed');
  });

  it('applies edits over the source, with a class override winning over the evaluated class', () => {
    const base = { projectId: 'p', parcelId: 'L:0', oldValue: null, author: 'a', device: 'aaaaaaaaaaaaaaaa', deviceName: 'd', origin: 'local' as const };
    const edits = applyOperations(undefined, [
      { ...base, id: '1', field: 'landholder', newValue: '丙公司', hlc: '1' },
      { ...base, id: '2', field: 'parcelClass', newValue: 'inefficient', hlc: '2' },
      { ...base, id: '3', field: 'classOverride', newValue: 'idle', hlc: '3' },
      { ...base, id: '4', field: 'surveyStatus', newValue: 'surveyed', hlc: '4' },
    ], 'L:0', 'p');
    const [row] = parcelRowsFromChunk(createChunk(), 'L', recognizeFieldMapping(['ZDDM', 'QLR']), new Map([['L:0', edits]]));
    expect([row?.landholder, row?.parcelClass, row?.surveyStatus]).toEqual(['丙公司', 'idle', 'surveyed']);
  });
});

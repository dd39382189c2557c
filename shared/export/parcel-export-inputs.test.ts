import { describe, expect, it } from 'vitest';
import { squareLonLat } from '../../tests/fixtures/export-features.ts';
import { encodeFeatureChunk } from '../model/feature-chunk-codec.ts';
import { recognizeFieldMapping } from '../model/parcel-fields.ts';
import { applyOperations } from '../survey/field-operation.ts';
import { parcelExportInputsFromChunk } from './parcel-export-inputs.ts';

function createChunk() {
  return encodeFeatureChunk([
    { sourceIndex: 0, geometry: { type: 'Polygon', coordinates: [squareLonLat(113.8, 34, 0.001)] }, attributes: { ZDDM: 'A1', QLR: '甲公司', YQMC: '魏都产业集聚区', BZ: '原始备注' }, areaSquareMeters: 10250 },
    { sourceIndex: 1, geometry: null, attributes: { ZDDM: 'A2', QLR: '', YQMC: '' } },
    { sourceIndex: 2, geometry: { type: 'Polygon', coordinates: [squareLonLat(113.9, 34, 0.002)] }, attributes: { ZDDM: 'A3', QLR: '乙公司', YQMC: '长葛市产业集聚区', BZ: null }, areaSquareMeters: 41000 },
  ]);
}
const mapping = recognizeFieldMapping(['ZDDM', 'QLR', 'YQMC', 'BZ']);
const base = { projectId: 'p', oldValue: null, author: 'a', device: 'aaaaaaaaaaaaaaaa', deviceName: 'd', origin: 'local' as const };

describe('parcelExportInputsFromChunk', () => {
  it('gives each parcel with geometry its row, edited card values, original attributes and lon/lat geometry', () => {
    const edits = new Map([['L:0', applyOperations(undefined, [
      { ...base, parcelId: 'L:0', id: '1', field: 'landholder', newValue: '丙公司', hlc: '1' },
      { ...base, parcelId: 'L:0', id: '2', field: 'responsibleUnit', newValue: '魏都区自然资源局', hlc: '2' },
    ], 'L:0', 'p')]]);
    const inputs = parcelExportInputsFromChunk(createChunk(), 'L', mapping, edits);
    expect(inputs.map((p) => p.row.parcelId)).toEqual(['L:0', 'L:2']);
    const [first] = inputs;
    expect([first!.row.landholder, first!.row.areaSquareMeters, first!.values.responsibleUnit]).toEqual(['丙公司', 10250, '魏都区自然资源局']);
    expect(first!.attributes).toEqual({ ZDDM: 'A1', QLR: '甲公司', YQMC: '魏都产业集聚区', BZ: '原始备注' });
    expect(first!.geometry).toEqual({ type: 'Polygon', coordinates: [squareLonLat(113.8, 34, 0.001)] });
  });

  it('keeps only the requested parcels, and takes evaluated classes unless a manual override says otherwise', () => {
    const edits = new Map([['L:2', applyOperations(undefined, [
      { ...base, parcelId: 'L:2', id: '1', field: 'classOverride', newValue: 'reserve', hlc: '1' },
    ], 'L:2', 'p')]]);
    const evaluated = new Map([['L:0', 'idle' as const], ['L:2', 'inefficient' as const]]);
    const all = parcelExportInputsFromChunk(createChunk(), 'L', mapping, edits, { evaluatedClasses: evaluated });
    expect(all.map((p) => p.row.parcelClass)).toEqual(['idle', 'reserve']);
    const only = parcelExportInputsFromChunk(createChunk(), 'L', mapping, edits, { only: new Set(['L:2']) });
    expect(only.map((p) => p.row.parcelCode)).toEqual(['A3']);
  });
});

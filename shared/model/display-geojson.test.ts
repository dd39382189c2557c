import { describe, expect, it } from 'vitest';
import { displayGeoJsonText } from './display-geojson.ts';
import { encodeFeatureChunk } from './feature-chunk-codec.ts';

describe('display GeoJSON', () => {
  it('writes every geometry type as valid GeoJSON, to 7 decimals', () => {
    const geometries = [
      { type: 'MultiPolygon', coordinates: [[[[1, 1], [2, 1], [2, 2], [1, 1]]], [[[5, 5], [6, 5], [6, 6], [5, 5]], [[5.1, 5.1], [5.2, 5.1], [5.2, 5.2], [5.1, 5.1]]]] },
      { type: 'Point', coordinates: [113.123456789, 34.1] },
      { type: 'MultiPoint', coordinates: [[1, 2], [3, 4]] },
      { type: 'LineString', coordinates: [[1, 2], [3, 4]] },
      { type: 'MultiLineString', coordinates: [[[1, 2], [3, 4]], [[5, 6], [7, 8]]] },
    ] as const;
    const chunk = encodeFeatureChunk(geometries.map((geometry, i) => ({
      sourceIndex: i, geometry: geometry as never, attributes: {}, areaSquareMeters: 0, areaMismatch: false, issues: [],
    })));
    const parsed = JSON.parse(displayGeoJsonText([chunk], 'L'));
    expect(parsed.features.map((f: { geometry: unknown }) => f.geometry)).toEqual([
      geometries[0], { type: 'Point', coordinates: [113.1234568, 34.1] }, geometries[2], geometries[3], geometries[4],
    ]);
  });

  it('holds every feature with geometry, its parcel id, code and landholder, and no other attribute', () => {
    const chunk = encodeFeatureChunk([
      { sourceIndex: 0, geometry: { type: 'Polygon', coordinates: [[[1, 1], [2, 1], [2, 2], [1, 1]]] }, attributes: { ZDDM: ' 411002001001GB00001 ', QLR: '许昌"瑞祥"电气有限公司', ZL: '不应出现' }, areaSquareMeters: 1, areaMismatch: false, issues: [] },
      { sourceIndex: 1, geometry: null, attributes: { ZDDM: 'x', QLR: 'y', ZL: 'z' }, areaSquareMeters: 0, areaMismatch: false, issues: ['null-geometry'] },
      { sourceIndex: 2, geometry: { type: 'Point', coordinates: [3, 4] }, attributes: { ZDDM: '', QLR: null, ZL: '' }, areaSquareMeters: 0, areaMismatch: false, issues: [] },
    ]);
    const parsed = JSON.parse(displayGeoJsonText([chunk], 'L'));
    expect(parsed).toEqual({
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', properties: { parcelId: 'L:0', code: '411002001001GB00001', holder: '许昌"瑞祥"电气有限公司' }, geometry: { type: 'Polygon', coordinates: [[[1, 1], [2, 1], [2, 2], [1, 1]]] } },
        // Empty code and holder, and the default class 未调查, are left out.
        { type: 'Feature', properties: { parcelId: 'L:2' }, geometry: { type: 'Point', coordinates: [3, 4] } },
      ],
    });
  });

  it('takes code and landholder from the columns the layer\'s field mapping names', () => {
    const chunk = encodeFeatureChunk([
      { sourceIndex: 0, geometry: { type: 'Point', coordinates: [1, 2] }, attributes: { DKBH: 'A-7', DW: '长葛市某公司', ZDDM: '不应出现' }, areaSquareMeters: 0, areaMismatch: false, issues: [] },
    ]);
    const parsed = JSON.parse(displayGeoJsonText([chunk], 'L', { parcelCode: 'DKBH', landholder: 'DW' }));
    expect(parsed.features[0].properties).toEqual({ parcelId: 'L:0', code: 'A-7', holder: '长葛市某公司' });
  });
});

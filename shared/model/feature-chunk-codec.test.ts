import { describe, expect, it } from 'vitest';
import { decodeFeatureChunk, encodeFeatureChunk, type EncodableFeature } from './feature-chunk-codec.ts';

const FEATURES: EncodableFeature[] = [
  {
    sourceIndex: 0,
    geometry: { type: 'Polygon', coordinates: [[[113.8, 34], [113.81, 34], [113.81, 34.01], [113.8, 34]], [[113.802, 34.002], [113.803, 34.003], [113.804, 34.002], [113.802, 34.002]]] },
    attributes: { ZDDM: '411002001001GB00001', QLR: '许昌瑞祥电气有限公司', ZDMJ: 12345.67, GDSJ: '2012-11-18', FLAG: true },
    areaSquareMeters: 12345.678901234, recordedAreaSquareMeters: 12345.67, areaMismatch: false, issues: [],
  },
  { sourceIndex: 7, geometry: null, attributes: { ZDDM: 'X', QLR: null }, areaSquareMeters: 0, areaMismatch: false, issues: ['null-geometry'] },
  {
    sourceIndex: 9,
    geometry: { type: 'MultiPolygon', coordinates: [[[[1, 2], [3, 4], [5, 6], [1, 2]]], [[[7, 8], [9, 10], [11, 12], [7, 8]]]] },
    attributes: { ZDDM: 'Y' }, areaSquareMeters: 2, areaMismatch: true, recordedAreaSquareMeters: 3, issues: ['self-intersection', 'wrong-winding'],
  },
  { sourceIndex: 10, geometry: { type: 'Point', coordinates: [113.1, 34.2] }, attributes: {}, areaSquareMeters: 0, areaMismatch: false, issues: [] },
  { sourceIndex: 11, geometry: { type: 'MultiLineString', coordinates: [[[1, 1], [2, 2]], [[3, 3], [4, 4], [5, 5]]] }, attributes: {}, areaSquareMeters: 0, areaMismatch: false, issues: [] },
  { sourceIndex: 12, geometry: { type: 'MultiPoint', coordinates: [[1, 1], [2, 2]] }, attributes: {}, areaSquareMeters: 0, areaMismatch: false, issues: [] },
];

describe('feature chunk codec', () => {
  it('round-trips geometry, attributes, areas and issues exactly', () => {
    const decoded = decodeFeatureChunk(encodeFeatureChunk(FEATURES), 'layer-1');
    expect(decoded.map((f) => f.parcelId)).toEqual(['layer-1:0', 'layer-1:7', 'layer-1:9', 'layer-1:10', 'layer-1:11', 'layer-1:12']);
    decoded.forEach((feature, i) => {
      const original = FEATURES[i] as EncodableFeature;
      expect(feature.geometry).toEqual(original.geometry);
      expect(feature.areaSquareMeters).toBe(original.areaSquareMeters);
      expect(feature.recordedAreaSquareMeters).toBe(original.recordedAreaSquareMeters);
      expect(feature.issues).toEqual(original.issues);
      expect(feature.areaMismatch).toBe(original.areaMismatch);
      for (const [key, value] of Object.entries(original.attributes)) expect(feature.attributes[key]).toEqual(value);
    });
  });

  it('keeps geometry in one Float64Array, so storing it is one buffer copy', () => {
    const chunk = encodeFeatureChunk(FEATURES);
    expect(chunk.coordinates).toBeInstanceOf(Float64Array);
    expect(chunk.coordinates.length).toBe(2 * (4 + 4 + 4 + 4 + 1 + 2 + 3 + 2));
  });

  it('copies flat shapefile rings and takes attributes from importer columns', () => {
    const ring = Float64Array.of(113.8, 34, 113.8, 34.01, 113.81, 34.01, 113.8, 34); // clockwise, as in a .shp
    const feature = {
      sourceIndex: 2, polygonRings: [ring], geometry: null, attributes: {}, areaSquareMeters: 5, areaMismatch: false, issues: [],
    } as EncodableFeature;
    const columns = { QLR: ['a', 'b', '许昌瑞祥电气有限公司'] };
    const [decoded] = decodeFeatureChunk(encodeFeatureChunk([feature], columns), 'L');
    expect(decoded?.attributes).toEqual({ QLR: '许昌瑞祥电气有限公司' });
    // Stored counter-clockwise, as GeoJSON wants its outer rings.
    expect(decoded?.geometry).toEqual({ type: 'Polygon', coordinates: [[[113.8, 34], [113.81, 34.01], [113.8, 34.01], [113.8, 34]]] });
  });
});

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

  it('holds every feature with geometry, its parcel id and nothing else', () => {
    const chunk = encodeFeatureChunk([
      { sourceIndex: 0, geometry: { type: 'Polygon', coordinates: [[[1, 1], [2, 1], [2, 2], [1, 1]]] }, attributes: { QLR: '不应出现' }, areaSquareMeters: 1, areaMismatch: false, issues: [] },
      { sourceIndex: 1, geometry: null, attributes: {}, areaSquareMeters: 0, areaMismatch: false, issues: ['null-geometry'] },
    ]);
    const parsed = JSON.parse(displayGeoJsonText([chunk], 'L'));
    expect(parsed).toEqual({
      type: 'FeatureCollection',
      features: [{ type: 'Feature', properties: { parcelId: 'L:0' }, geometry: { type: 'Polygon', coordinates: [[[1, 1], [2, 1], [2, 2], [1, 1]]] } }],
    });
  });
});

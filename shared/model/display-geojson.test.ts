import { describe, expect, it } from 'vitest';
import { displayGeoJsonText } from './display-geojson.ts';
import { encodeFeatureChunk } from './feature-chunk-codec.ts';

describe('display GeoJSON', () => {
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

import { describe, expect, it } from 'vitest';
import { encodeFeatureChunk, type EncodableFeature } from '../../../shared/model/feature-chunk-codec.ts';
import type { LonLat } from '../../../shared/model/geometry.ts';
import { featureRings } from './feature-rings.ts';

const square = (x: number, y: number, size: number): LonLat[] => [[x, y], [x + size, y], [x + size, y + size], [x, y + size], [x, y]];
const feature = (sourceIndex: number, geometry: EncodableFeature['geometry']): EncodableFeature =>
  ({ sourceIndex, geometry, attributes: {}, areaSquareMeters: 1, areaMismatch: false, issues: [] });

describe('featureRings', () => {
  const features = [
    feature(0, { type: 'Polygon', coordinates: [square(113.8, 34, 0.01), square(113.802, 34.002, 0.001)] }),
    feature(1, null),
    feature(2, { type: 'MultiPolygon', coordinates: [[square(113.9, 34.1, 0.002)], [square(113.91, 34.1, 0.003)]] }),
    feature(3, { type: 'Polygon', coordinates: [square(114, 34.2, 0.004)] }),
  ];
  const chunk = encodeFeatureChunk(features);

  it('reads each feature of a chunk, holes and multiple parts included', () => {
    expect(featureRings(chunk, 0)).toEqual([[square(113.8, 34, 0.01), square(113.802, 34.002, 0.001)]]);
    expect(featureRings(chunk, 2)).toEqual([[square(113.9, 34.1, 0.002)], [square(113.91, 34.1, 0.003)]]);
    expect(featureRings(chunk, 3)).toEqual([[square(114, 34.2, 0.004)]]);
  });

  it('gives nothing for a feature without geometry and refuses rows outside the chunk', () => {
    expect(featureRings(chunk, 1)).toEqual([]);
    expect(() => featureRings(chunk, 4)).toThrow(/outside/);
  });
});

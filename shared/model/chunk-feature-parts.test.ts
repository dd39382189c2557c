import { describe, expect, it } from 'vitest';
import { encodeFeatureChunk } from './feature-chunk-codec.ts';
import { chunkFeatureParts } from './chunk-feature-parts.ts';

describe('chunkFeatureParts', () => {
  it('gives each feature its own rings, for polygons, multipolygons and features without geometry', () => {
    const outer = [[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]] as [number, number][];
    const hole = [[0.2, 0.2], [0.2, 0.4], [0.4, 0.4], [0.2, 0.2]] as [number, number][];
    const far = [[5, 5], [6, 5], [6, 6], [5, 5]] as [number, number][];
    const base = { attributes: {}, areaSquareMeters: 0, areaMismatch: false, issues: [] };
    const chunk = encodeFeatureChunk([
      { ...base, sourceIndex: 0, geometry: { type: 'Polygon', coordinates: [outer, hole] } },
      { ...base, sourceIndex: 1, geometry: null },
      { ...base, sourceIndex: 2, geometry: { type: 'MultiPolygon', coordinates: [[outer], [far]] } },
    ]);
    const parts = chunkFeatureParts(chunk);
    expect(parts.map((p) => p.map((rings) => rings.length))).toEqual([[2], [], [1, 1]]);
    expect([...(parts[0]?.[0]?.[1] ?? [])]).toEqual(hole.flat());
    expect([...(parts[2]?.[1]?.[0] ?? [])]).toEqual(far.flat());
  });
});

import { describe, expect, it } from 'vitest';
import type { LonLat } from '../model/geometry.ts';
import { encodeFeatureChunk } from '../model/feature-chunk-codec.ts';
import { assignChunkParks } from './chunk-park-assignment.ts';
import { parkNameIndex, type ParkBoundary } from './park-assignment.ts';
import { XUCHANG_PARK_PRESET } from './park-preset.ts';

const squareRing = (west: number, south: number, size: number): LonLat[] =>
  [[west, south], [west, south + size], [west + size, south + size], [west + size, south], [west, south]];

function createChunk() {
  const feature = (sourceIndex: number, west: number, park: string) => ({
    sourceIndex, geometry: { type: 'Polygon' as const, coordinates: [squareRing(west, 34, 0.001)] }, attributes: { YQMC: park }, areaSquareMeters: 10_000,
  });
  return encodeFeatureChunk([feature(0, 113.501, '禹州市产业集聚区'), feature(1, 113.801, '禹州市产业集聚区'), feature(2, 114.5, '中原电气谷核心区')]);
}

describe('assignChunkParks', () => {
  const index = parkNameIndex(XUCHANG_PARK_PRESET.parks);
  const boundaries: ParkBoundary[] = [
    { parkName: '禹州市产业集聚区', parts: [[Float64Array.from(squareRing(113.5, 33.99, 0.05).flat())]] },
    { parkName: '长葛市产业集聚区', parts: [[Float64Array.from(squareRing(113.8, 33.99, 0.05).flat())]] },
  ];

  it('puts each stored parcel in the park whose boundary holds it, else by its YQMC value', () => {
    expect(assignChunkParks(createChunk(), { park: 'YQMC' }, boundaries, index)).toEqual([
      { parkName: '禹州市产业集聚区', method: 'boundary' },
      { parkName: '长葛市产业集聚区', method: 'boundary' },
      { parkName: '市高新技术产业集聚区', method: 'attribute' },
    ]);
  });

  it('uses the attribute alone without a boundary layer', () => {
    expect(assignChunkParks(createChunk(), { park: 'YQMC' }, [], index).map((a) => a.parkName)).toEqual(['禹州市产业集聚区', '禹州市产业集聚区', '市高新技术产业集聚区']);
    expect(assignChunkParks(createChunk(), {}, [], index).map((a) => a.method)).toEqual(['none', 'none', 'none']);
  });
});

import { describe, expect, it } from 'vitest';
import type { LonLat } from '../model/geometry.ts';
import { encodeFeatureChunk } from '../model/feature-chunk-codec.ts';
import { parkByBoundary, parkNameIndex } from './park-assignment.ts';
import { boundaryParkName, parkBoundariesFromChunk, recognizeBoundaryNameColumn } from './park-boundary-layer.ts';
import { XUCHANG_PARK_PRESET } from './park-preset.ts';

const squareRing = (west: number, south: number, size: number): LonLat[] =>
  [[west, south], [west, south + size], [west + size, south + size], [west + size, south], [west, south]];

function createBoundaryChunk() {
  const feature = (sourceIndex: number, west: number, name: string | null, withGeometry = true) => ({
    sourceIndex,
    geometry: withGeometry ? { type: 'Polygon' as const, coordinates: [squareRing(west, 34, 0.05)] } : null,
    attributes: { NAME: name, CODE: `P${sourceIndex}` },
    areaSquareMeters: 0,
  });
  return encodeFeatureChunk([feature(0, 113.5, ' 魏都区产业集聚区 '), feature(1, 113.6, '新建物流园'), feature(2, 113.7, ''), feature(3, 113.8, '禹州市产业集聚区', false)]);
}

describe('park-boundary layers', () => {
  it('recognises the name column by the usual names, whatever their case, preferring YQMC', () => {
    expect(recognizeBoundaryNameColumn(['FID', 'name', 'AREA'])).toBe('name');
    expect(recognizeBoundaryNameColumn(['MC', 'YQMC'])).toBe('YQMC');
    expect(recognizeBoundaryNameColumn(['FID', 'AREA'])).toBeUndefined();
  });

  it('reads one boundary per named polygon, skipping unnamed ones and ones without geometry', () => {
    const boundaries = parkBoundariesFromChunk(createBoundaryChunk(), 'NAME');
    expect(boundaries.map((b) => b.parkName)).toEqual(['魏都区产业集聚区', '新建物流园']);
    expect(parkByBoundary([[Float64Array.of(113.61, 34.01, 113.61, 34.02, 113.62, 34.02, 113.62, 34.01, 113.61, 34.01)]], boundaries)).toBe('新建物流园');
    expect(parkBoundariesFromChunk(createBoundaryChunk(), 'MISSING')).toEqual([]);
  });

  it('names a boundary by the preset park its name or alias stands for, else by its own name', () => {
    const index = parkNameIndex(XUCHANG_PARK_PRESET.parks);
    expect(boundaryParkName('魏都区产业集聚区', index)).toBe('魏都产业集聚区');
    expect(boundaryParkName('新建 物流园（一期）', index)).toBe('新建物流园(一期)');
  });
});

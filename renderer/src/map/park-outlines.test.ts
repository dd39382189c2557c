import { describe, expect, it } from 'vitest';
import { convexHull, parkOutlines } from './park-outlines.ts';

describe('convex hull', () => {
  it('keeps the outer points only, closed and counter-clockwise', () => {
    const hull = convexHull([[0, 0], [2, 0], [1, 1], [2, 2], [0, 2], [1, 0.5]]);
    expect(hull).toEqual([[0, 0], [2, 0], [2, 2], [0, 2], [0, 0]]);
  });
});

describe('park outlines', () => {
  it('draws one hull per park around its parcels\' extents, with the park name and parcel count', () => {
    const outlines = parkOutlines([
      { park: '魏都产业集聚区', bbox: [113.80, 34.00, 113.81, 34.01] },
      { park: '魏都产业集聚区', bbox: [113.83, 34.02, 113.84, 34.03] },
      { park: ' 尚集产业集聚区 ', bbox: [113.90, 34.10, 113.91, 34.11] },
      { park: '', bbox: [0, 0, 1, 1] },
    ]);
    const polygons = outlines.features.flatMap((f) => (f.geometry.type === 'Polygon' ? [{ ...f, geometry: f.geometry }] : []));
    expect(polygons.map((f) => [f.properties.name, f.properties.parcels])).toEqual([['魏都产业集聚区', 2], ['尚集产业集聚区', 1]]);
    const ring = polygons[0]?.geometry.coordinates[0] ?? [];
    const lons = ring.map((p) => p[0]), lats = ring.map((p) => p[1]);
    expect([Math.min(...lons), Math.min(...lats), Math.max(...lons), Math.max(...lats)]).toEqual([113.80, 34.00, 113.84, 34.03]);
    // The hull cuts the empty corners between the two parcels: six corners, not a box.
    expect(ring).toHaveLength(7);
    expect(polygons[1]?.geometry.coordinates[0]).toHaveLength(5);
  });

  it('puts each park\'s label point at the middle of its north edge, above its parcels', () => {
    const outlines = parkOutlines([
      { park: '魏都产业集聚区', bbox: [113.80, 34.00, 113.81, 34.01] },
      { park: '魏都产业集聚区', bbox: [113.83, 34.02, 113.84, 34.03] },
    ]);
    const label = outlines.features.find((f) => f.geometry.type === 'Point');
    expect(label?.properties.name).toBe('魏都产业集聚区');
    expect(label?.geometry.coordinates[0]).toBeCloseTo(113.82, 12);
    expect(label?.geometry.coordinates[1]).toBe(34.03);
  });
});

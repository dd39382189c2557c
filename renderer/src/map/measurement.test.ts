import { describe, expect, it } from 'vitest';
import { createEllipsoidalArea } from '../../../shared/geodesy/ellipsoidal-area.ts';
import { geodesicDistanceMeters } from '../../../shared/geodesy/geodesic-length.ts';
import type { LonLat } from '../../../shared/model/geometry.ts';
import { formatArea, formatLength } from './measure-format.ts';
import { measure, measureGeoJson } from './measurement.ts';

const A: LonLat = [113.80, 34.02], B: LonLat = [113.81, 34.02], C: LonLat = [113.81, 34.03];

describe('measuring', () => {
  it('measures a path as the sum of its geodesic legs on CGCS2000', () => {
    const result = measure('distance', [A, B, C]);
    expect(result.lengthMeters).toBeCloseTo(geodesicDistanceMeters(A, B) + geodesicDistanceMeters(B, C), 6);
    expect(result.areaSquareMeters).toBeUndefined();
  });

  it('measures an area as the ellipsoidal area of the closed ring, with its perimeter', () => {
    const result = measure('area', [A, B, C]);
    expect(result.areaSquareMeters).toBeCloseTo(createEllipsoidalArea().ringAreaSquareMeters([A, B, C, A]), 3);
    // About half of a 923 m × 1109 m cell.
    expect(result.areaSquareMeters).toBeGreaterThan(500_000);
    expect(result.areaSquareMeters).toBeLessThan(520_000);
    expect(result.lengthMeters).toBeCloseTo(geodesicDistanceMeters(A, B) + geodesicDistanceMeters(B, C) + geodesicDistanceMeters(C, A), 6);
    expect(measure('area', [A, B]).areaSquareMeters).toBeUndefined();
  });

  it('draws vertices, the path, and for areas the closed ring and fill', () => {
    expect(measureGeoJson('distance', [A]).features).toHaveLength(1);
    const area = measureGeoJson('area', [A, B, C]).features as { geometry: { type: string; coordinates: unknown } }[];
    expect(area.map((f) => f.geometry.type)).toEqual(['Point', 'Point', 'Point', 'LineString', 'Polygon']);
    expect(area[3]?.geometry.coordinates).toEqual([A, B, C, A]);
  });
});

describe('measure formats', () => {
  it('shows metres below a kilometre and kilometres above', () => {
    expect(formatLength(845.234)).toBe('845.23 m');
    expect(formatLength(12345.6)).toBe('12.346 km');
  });

  it('shows square metres and 亩 (1 亩 = 10000/15 m²)', () => {
    expect(formatArea(10000, '亩')).toBe('10000.0 m² · 15.00 亩');
    expect(formatArea(666.6667, 'mu')).toBe('666.7 m² · 1.00 mu');
  });
});

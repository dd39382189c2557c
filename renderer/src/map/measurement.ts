import { createEllipsoidalArea } from '../../../shared/geodesy/ellipsoidal-area.ts';
import { geodesicLengthMeters } from '../../../shared/geodesy/geodesic-length.ts';
import type { LonLat } from '../../../shared/model/geometry.ts';

export type MeasureMode = 'distance' | 'area';

const ellipsoidalArea = createEllipsoidalArea();

/** What a measurement gives: path length, or area and perimeter of the closed ring (CGCS2000 ellipsoid). */
export interface MeasureResult {
  readonly lengthMeters: number;
  readonly areaSquareMeters: number | undefined;
}

/**
 * Measures clicked points (lon/lat degrees): the geodesic length of the path
 * for distance; for area the ellipsoidal area of the closed ring (from 3 points)
 * and its perimeter.
 */
export function measure(mode: MeasureMode, points: readonly LonLat[]): MeasureResult {
  if (mode === 'distance') return { lengthMeters: geodesicLengthMeters(points), areaSquareMeters: undefined };
  const closed = points.length >= 3 ? [...points, points[0] as LonLat] : points;
  return {
    lengthMeters: geodesicLengthMeters(closed),
    areaSquareMeters: points.length >= 3 ? ellipsoidalArea.ringAreaSquareMeters(points) : undefined,
  };
}

/** The drawn shape of a measurement: vertices, path (closed for area) and, for area, the fill. */
export function measureGeoJson(mode: MeasureMode, points: readonly LonLat[]) {
  const features: object[] = points.map((p) => ({ type: 'Feature', properties: { role: 'vertex' }, geometry: { type: 'Point', coordinates: p } }));
  if (points.length >= 2) {
    const line = mode === 'area' && points.length >= 3 ? [...points, points[0] as LonLat] : points;
    features.push({ type: 'Feature', properties: { role: 'path' }, geometry: { type: 'LineString', coordinates: line } });
  }
  if (mode === 'area' && points.length >= 3) {
    features.push({ type: 'Feature', properties: { role: 'area' }, geometry: { type: 'Polygon', coordinates: [[...points, points[0] as LonLat]] } });
  }
  return { type: 'FeatureCollection' as const, features };
}

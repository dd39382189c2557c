import type { BboxLonLat } from '../../../shared/model/geometry.ts';

type Point = readonly [number, number];

/** Convex hull (Andrew's monotone chain), counter-clockwise, closed; lon/lat degrees. */
export function convexHull(points: readonly Point[]): Point[] {
  const sorted = [...points].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  if (sorted.length < 3) return sorted;
  const cross = (o: Point, a: Point, b: Point) => (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);
  const lower: Point[] = [];
  for (const p of sorted) {
    while (lower.length >= 2 && cross(lower[lower.length - 2] as Point, lower[lower.length - 1] as Point, p) <= 0) lower.pop();
    lower.push(p);
  }
  const upper: Point[] = [];
  for (let i = sorted.length - 1; i >= 0; i--) {
    const p = sorted[i] as Point;
    while (upper.length >= 2 && cross(upper[upper.length - 2] as Point, upper[upper.length - 1] as Point, p) <= 0) upper.pop();
    upper.push(p);
  }
  const hull = [...lower.slice(0, -1), ...upper.slice(0, -1)];
  return [...hull, hull[0] as Point];
}

/** One park's outline (the convex hull of its parcels' extents), or its label point, with the park name. */
export interface ParkOutline {
  readonly type: 'Feature';
  readonly properties: { readonly name: string; readonly parcels: number };
  readonly geometry:
    | { readonly type: 'Polygon'; readonly coordinates: Point[][] }
    | { readonly type: 'Point'; readonly coordinates: Point };
}

/**
 * Park outlines for the map: per park name, the convex hull of the corners of
 * its parcels' bounding boxes (cheap: four points per parcel, no geometry
 * decoded), and a label point at the middle of its north edge, so the name
 * stands above the park instead of covering its parcels. Parcels without a
 * park, and parks in `drawnElsewhere` (outlined by a park-boundary layer), are left out.
 */
export function parkOutlines(
  rows: readonly { readonly park: string; readonly bbox: BboxLonLat }[], drawnElsewhere: ReadonlySet<string> = new Set(),
): { type: 'FeatureCollection'; features: ParkOutline[] } {
  const corners = new Map<string, Point[]>();
  for (const { park, bbox } of rows) {
    const name = park.trim();
    if (!name || drawnElsewhere.has(name)) continue;
    let list = corners.get(name);
    if (!list) corners.set(name, (list = []));
    const [w, s, e, n] = bbox;
    list.push([w, s], [e, s], [e, n], [w, n]);
  }
  const features: ParkOutline[] = [];
  for (const [name, points] of corners) {
    const hull = convexHull(points);
    if (hull.length < 4) continue;
    const properties = { name, parcels: points.length / 4 };
    const lons = hull.map((p) => p[0]);
    const top: Point = [(Math.min(...lons) + Math.max(...lons)) / 2, Math.max(...hull.map((p) => p[1]))];
    features.push({ type: 'Feature', properties, geometry: { type: 'Polygon', coordinates: [hull] } });
    features.push({ type: 'Feature', properties, geometry: { type: 'Point', coordinates: top } });
  }
  return { type: 'FeatureCollection', features };
}

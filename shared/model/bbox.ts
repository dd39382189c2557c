import type { BboxLonLat, ParcelGeometry } from './geometry.ts';

/** Bounding box of geometries in CGCS2000 lon/lat degrees; undefined when there are none. */
export function bboxOfGeometries(geometries: Iterable<ParcelGeometry | null>): BboxLonLat | undefined {
  let w = Infinity, s = Infinity, e = -Infinity, n = -Infinity;
  for (const geometry of geometries) {
    if (!geometry) continue;
    const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
    for (const polygon of polygons) {
      for (const [lon, lat] of polygon[0] ?? []) {
        if (lon < w) w = lon;
        if (lon > e) e = lon;
        if (lat < s) s = lat;
        if (lat > n) n = lat;
      }
    }
  }
  return w === Infinity ? undefined : [w, s, e, n];
}

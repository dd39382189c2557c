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

/** The smallest box holding every given box (degrees, CGCS2000); undefined for none. */
export function unionBbox(boxes: Iterable<BboxLonLat>): BboxLonLat | undefined {
  let out: BboxLonLat | undefined;
  for (const b of boxes) out = out ? [Math.min(out[0], b[0]), Math.min(out[1], b[1]), Math.max(out[2], b[2]), Math.max(out[3], b[3])] : [b[0], b[1], b[2], b[3]];
  return out;
}
